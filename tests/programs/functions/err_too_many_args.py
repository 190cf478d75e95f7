def greet(name):
    return 'hi ' + name
print(greet('a'))
greet('a', 'b')
