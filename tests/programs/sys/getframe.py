import sys
def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, caller.f_code.co_name, f.f_lineno, caller.f_lineno, f.f_back is caller
def outer():
    return inner()
print(outer())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), '__name__' in top.f_locals)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def g(x):
    return sorted(sys._getframe().f_locals.items())
print(g(5))
