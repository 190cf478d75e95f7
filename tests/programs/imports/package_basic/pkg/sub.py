print('pkg.sub executing')
NAME = 'sub module'
def func():
    return 'func from ' + __name__
