def lazy():
    import lazymod
    return lazymod.VALUE
print('before call')
print(lazy())
print(lazy())
import sys
print('lazymod' in sys.modules, 'lazymod' in globals())
