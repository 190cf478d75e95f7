# linecache: reading lines of a source file, out-of-range and missing files, the cache and
# checkcache, lazy loaders from module globals, and lines of modules found on sys.path.
import linecache
import os

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'linecache_sample.txt')
with open(path, 'w') as f:
    f.write('first line\nsecond line\n\nfourth, no newline')
try:
    print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)), repr(linecache.getline(path, 3)))
    print(repr(linecache.getline(path, 4)), repr(linecache.getline(path, 5)), repr(linecache.getline(path, 0)), repr(linecache.getline(path, -1)))
    print(linecache.getlines(path))
    print(path in linecache.cache, len(linecache.cache[path]), linecache.cache[path][2], linecache.cache[path][3] == path)
    with open(path, 'w') as f:
        f.write('changed\n')
    print(repr(linecache.getline(path, 1)))
    linecache.checkcache(path)
    print(repr(linecache.getline(path, 1)))
    os.remove(path)
    linecache.checkcache()
    print(path in linecache.cache, repr(linecache.getline(path, 1)))
finally:
    if os.path.exists(path):
        os.remove(path)
print(repr(linecache.getline('/nonexistent/file.py', 1)), linecache.getlines('/nonexistent/file.py'))
print(repr(linecache.getline('', 1)), repr(linecache.getline('<string>', 1)))
line = linecache.getline(linecache.__file__, 1)
print(repr(line))
print(repr(linecache.getline('linecache.py', 1)) == repr(line))
import json
print(repr(linecache.getline(json.__file__, 1)))


class Loader:
    def get_source(self, name):
        print('get_source', name)
        return 'alpha\nbeta\n'


g = {'__name__': 'fake_mod', '__loader__': Loader()}
print(linecache.lazycache('fake_mod.py', g), linecache.lazycache('fake_mod.py', g))
print(type(linecache.cache['fake_mod.py']).__name__, len(linecache.cache['fake_mod.py']))
print(repr(linecache.getline('fake_mod.py', 2, g)), linecache.cache['fake_mod.py'][0])
print(linecache.lazycache('<stdin>', g), linecache.lazycache('', g), linecache.lazycache('x.py', None), linecache.lazycache('y.py', {}))
linecache.clearcache()
print(linecache.cache)
print(linecache.updatecache('/nonexistent/q.py'))
