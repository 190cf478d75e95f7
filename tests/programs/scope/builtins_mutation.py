import builtins
def use():
    return myhelper()
try:
    use()
except NameError as e:
    print(e)
builtins.myhelper = lambda: 'from builtins'
print(use())
myhelper = lambda: 'from globals'
print(use())
del myhelper
print(use())
del builtins.myhelper
try:
    use()
except NameError as e:
    print(e)
