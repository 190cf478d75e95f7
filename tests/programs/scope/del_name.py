a = 1
del a
try:
    a
except NameError as e:
    print(e)
def f():
    b = 2
    del b
    b = 3
    return b
print(f())
x, y = 1, 2
del x, y
print('x' in dir(), 'y' in dir())
lst = [1, 2, 3]
del lst[0], lst[-1]
print(lst)
