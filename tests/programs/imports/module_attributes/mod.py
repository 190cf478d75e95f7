'''Module docstring.'''
public = 1
_private = 2
def fn():
    return __name__
