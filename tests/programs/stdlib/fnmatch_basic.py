# fnmatch: shell-style matching of names, case handling, filter, translate and character classes.
import fnmatch

names = ['a.py', 'b.PY', 'README', 'setup.cfg', 'test_x.py', '.hidden', 'x[1].txt', 'dir/f.py']
for pat in ['*.py', '*.PY', '?.py', '[ab].*', '[!a]*', 'test_*', '*', '.*', 'x[[]1].txt', '*/*.py', 'READ*E', '[a-c]*']:
    print(pat, [n for n in names if fnmatch.fnmatchcase(n, pat)], fnmatch.filter(names, pat))
print(fnmatch.fnmatch('FOO.TXT', '*.txt'), fnmatch.fnmatchcase('FOO.TXT', '*.txt'))
for pat in ['*.py', 'a?c', '[abc]', '[!abc]', '[a-z]*', 'x[', '[]]', '[!]]', 'a**b', '[^x]', 'a.b', 'a[b-a]c', '[a-\\]']:
    print(repr(pat), repr(fnmatch.translate(pat)))
print(fnmatch.fnmatch('a\\b', 'a\\b'), fnmatch.fnmatch('[', '['), fnmatch.fnmatch('', '*'), fnmatch.fnmatch('', '?'))
print(fnmatch.filter([], '*'), fnmatch.fnmatchcase(b'abc', b'a*'))
print(fnmatch.filter([b'x.py', b'y.c'], b'*.py'))
for args in [(1, '*'), ('a', 1), ('a', b'a')]:
    try:
        print(fnmatch.fnmatch(*args))
    except Exception as e:
        print(type(e).__name__, e)
