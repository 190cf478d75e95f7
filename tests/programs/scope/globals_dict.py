g = globals()
g['dyn'] = 5
print(dyn)
def f():
    return dyn * 2
print(f())
g['dyn'] = 7
print(f())
del g['dyn']
try:
    f()
except NameError as e:
    print(e)
print('f' in globals(), '__name__' in globals(), __name__)
