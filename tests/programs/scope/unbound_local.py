x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 2
    return x
print(f())
def g():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(g())
print(issubclass(UnboundLocalError, NameError))
