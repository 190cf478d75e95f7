class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')])
class Custom:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(Custom()))
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
print('append' in dir([]), 'keys' in dir({}))
