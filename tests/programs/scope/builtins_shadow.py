def f():
    len = lambda x: 42
    return len([1, 2])
print(f(), len([1, 2]))
import builtins
orig = builtins.len
builtins.len = lambda x: -1
print(len([1]))
builtins.len = orig
print(len([1]))
len = lambda x: 'module'
print(len([1]))
del len
print(len([1, 2, 3]))
