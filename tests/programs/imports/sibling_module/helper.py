print('helper module executing')
VALUE = 42
counter = 1
def greet(name):
    return 'hello ' + name
