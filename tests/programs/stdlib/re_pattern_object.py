# re.Pattern as an object: equality and hashing, copying, reprs with flags, the group-name
# view, generic aliases, and what pickling reduces a pattern to (through copyreg).
import copy
import copyreg
import re


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


a = re.compile(r'(?P<x>a+)b')
b = re.compile(r'(?P<x>a+)b')
re.purge()
c = re.compile(r'(?P<x>a+)b')
show('cached identity', lambda: a is b)
show('equal after purge', lambda: (a is c, a == c, a != c, hash(a) == hash(c)))
show('different flags', lambda: a == re.compile(r'(?P<x>a+)b', re.I))
show('different pattern same code', lambda: re.compile('a') == re.compile('(?:a)'))
show('str and bytes', lambda: re.compile('a') == re.compile(b'a'))
show('ordering', lambda: a < c)
show('eq other type', lambda: (a == 'x', a.__eq__('x'), a.__ne__(1)))
show('hash stable', lambda: hash(re.compile('xyz')) == hash(re.compile('xyz', 0)))
show('hash value', lambda: hash(re.compile('abc')))
show('hash bytes value', lambda: hash(re.compile(b'a(b)c', re.I)))
show('as dict key', lambda: {a: 1, c: 2})
show('in set', lambda: len({re.compile('q'), re.compile('q'), re.compile('r')}))
show('copy', lambda: copy.copy(a) is a)
show('deepcopy', lambda: copy.deepcopy(a) is a)
show('deepcopy in list', lambda: copy.deepcopy([a])[0] is a)
show('reduce', lambda: copyreg.dispatch_table[re.Pattern](re.compile('ab', re.I | re.M))[1])
show('reduce rebuild', lambda: (lambda f, args: f(*args))(*copyreg.dispatch_table[re.Pattern](a)) == a)
show('class_getitem', lambda: (re.Pattern[str], re.Pattern[bytes].__args__, re.Pattern[str].__origin__))
show('type', lambda: (type(a).__name__, type(a).__module__, type(a).__qualname__, re.Pattern is type(a)))
show('doc', lambda: re.Pattern.__doc__)
show('match doc', lambda: re.Pattern.search.__doc__)
show('dir', lambda: [n for n in dir(a) if not n.startswith('_')])
show('match dir', lambda: [n for n in dir(a.match('ab')) if not n.startswith('_')])

# Reprs: the pattern's repr cut at 200 characters, and the flags by name.
show('repr', lambda: re.compile(r'a\d+"\''))
show('repr flags', lambda: re.compile('x', re.I | re.M | re.S | re.X))
show('repr ascii', lambda: re.compile('x', re.A))
show('repr unicode implied', lambda: re.compile('x', re.U))
show('repr inline flags', lambda: re.compile('(?ims)x'))
show('repr bytes', lambda: re.compile(b'x', re.I))
show('repr long', lambda: re.compile('y' * 250))
show('repr long flags', lambda: re.compile('z' * 250, re.I))
show('repr long unicode', lambda: re.compile('\U0001f600' * 250))
show('repr unknown flag', lambda: re.compile('w', 0x200 | re.I))

# groupindex is a read-only mapping of names to numbers.
gi = re.compile(r'(?P<one>1)(?P<two>2)(3)(?P<four>4)').groupindex
show('groupindex', lambda: gi)
show('groupindex type', lambda: type(gi).__name__)
show('groupindex get', lambda: (gi['two'], gi.get('three'), 'four' in gi, len(gi), list(gi)))
show('groupindex set', lambda: gi.__setitem__('x', 1))
show('groupindex item set', lambda: exec('gi["x"] = 1', {'gi': gi}))
show('groupindex copy', lambda: dict(gi))
show('empty groupindex', lambda: (re.compile('(a)').groupindex, type(re.compile('a').groupindex).__name__))
show('groups', lambda: (re.compile('').groups, re.compile('(a)(?:b)(?P<c>c)').groups))
show('pattern attr', lambda: (re.compile('ab').pattern, re.compile(b'ab').pattern))

# A Pattern is usable from any compile entry point.
show('module functions take patterns', lambda: (re.match(a, 'aab'), re.findall(a, 'ab aab'), re.sub(a, '-', 'ab')))
show('template', lambda: re.template('a') if False else re.compile('a', re.T).flags)
