# The _sre module itself, as re._compiler uses it: constants, the case helpers over Python's
# Unicode database, and compile with hand-written code and its errors. Needs nothing but _sre.
import _sre


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


show('constants', lambda: (_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize()))
show('copyright', lambda: _sre.copyright)
show('names', lambda: sorted(n for n in dir(_sre) if not n.startswith('__')))
show('signatures', lambda: [getattr(_sre, n).__text_signature__ for n in
                            ('compile', 'getcodesize', 'ascii_iscased', 'unicode_tolower')])

chars = [0x41, 0x61, 0x5f, 0x31, 0xb5, 0xdf, 0xc0, 0xff, 0x130, 0x131, 0x17f, 0x1c5, 0x345, 0x3a3,
         0x3c2, 0x1e9e, 0x212a, 0x2126, 0x10400, 0x10428, 0x1d400, 0x1e900, 0x19b, 0x264, 0xa7cb,
         0x1c89, 0x110000, -1]
for ch in chars:
    print(hex(ch), _sre.ascii_iscased(ch), _sre.unicode_iscased(ch), hex(_sre.ascii_tolower(ch)),
          hex(_sre.unicode_tolower(ch)))
show('iscased str', lambda: _sre.ascii_iscased('a'))
show('iscased float', lambda: _sre.unicode_iscased(1.0))
show('iscased huge', lambda: _sre.ascii_iscased(2 ** 40))
show('tolower no args', lambda: _sre.ascii_tolower())
show('tolower keyword', lambda: _sre.unicode_tolower(character=65))
show('tolower bool', lambda: _sre.unicode_tolower(True))

# Hand-written code: INFO block with a literal prefix for 'abc', then the literals.
ABC = [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1]
p = _sre.compile('abc', 32, ABC, 0, {}, ())
show('compiled', lambda: (p, p.pattern, p.flags, p.groups, p.groupindex))
show('search', lambda: p.search('xxabcxx'))
show('findall', lambda: p.findall('abcabc'))
show('equal', lambda: p == _sre.compile('abc', 32, list(ABC), 0, {}, ()))
show('None pattern', lambda: _sre.compile(None, 0, [16, 120, 1], 0, {}, ()))
show('None pattern any subject', lambda: (_sre.compile(None, 0, [16, 120, 1], 0, {}, ()).match('x'),
                                          _sre.compile(None, 0, [16, 120, 1], 0, {}, ()).match(b'x')))
show('bytes pattern', lambda: _sre.compile(b'x', 0, [16, 120, 1], 0, {}, ()).match(b'xy'))
show('minimal', lambda: _sre.compile('', 0, [1], 0, {}, ()).match('anything'))
# MARK 0, LITERAL a, MARK 1, SUCCESS: one group, named.
g = _sre.compile('(?P<n>a)', 32, [17, 0, 16, 97, 17, 1, 1], 1, {'n': 1}, (None, 'n'))
show('named group', lambda: (g.search('ba').groupdict(), g.search('ba').lastgroup, g.groupindex))
show('names without indexgroup', lambda: _sre.compile('(a)', 32, [17, 0, 16, 97, 17, 1, 1], 1, {'n': 1}, ()).match('a').lastgroup)
show('indexgroup without names', lambda: _sre.compile('(a)', 32, [17, 0, 16, 97, 17, 1, 1], 1, {}, (None, 'n')).match('a').lastgroup)

# Errors: argument types, code words, and code the validator rejects.
for label, args in [
        ('code tuple', ('a', 0, (1,), 0, {}, ())),
        ('groupindex list', ('a', 0, [1], 0, [], ())),
        ('indexgroup list', ('a', 0, [1], 0, {}, [])),
        ('flags str', ('a', 'x', [1], 0, {}, ())),
        ('groups str', ('a', 0, [1], 'x', {}, ())),
        ('pattern int', (3, 0, [1], 0, {}, ())),
        ('code word too big', ('a', 0, [2 ** 32], 0, {}, ())),
        ('code word max', ('a', 0, [16, 2 ** 32 - 1, 1], 0, {}, ())),
        ('code word negative', ('a', 0, [-1], 0, {}, ())),
        ('code word huge', ('a', 0, [2 ** 70], 0, {}, ())),
        ('code word str', ('a', 0, ['1'], 0, {}, ())),
        ('code word float', ('a', 0, [1.0], 0, {}, ())),
        ('code word bool', ('a', 0, [True], 0, {}, ())),
        ('empty code', ('a', 0, [], 0, {}, ())),
        ('no SUCCESS', ('a', 0, [16, 97], 0, {}, ())),
        ('bad opcode', ('a', 0, [99, 1], 0, {}, ())),
        ('negative groups', ('a', 0, [1], -1, {}, ())),
        ('too many groups', ('a', 0, [1], 2 ** 31, {}, ())),
        ('mark beyond groups', ('a', 0, [17, 4, 1], 0, {}, ())),
        ('bad jump', ('a', 0, [7, 100, 1], 0, {}, ())),
        ('code error before pattern error', (3, 0, [-1], 0, {}, ())),
        ('pattern error before invalid code', (3, 0, [99], 0, {}, ())),
]:
    show(label, lambda: _sre.compile(*args))
show('missing argument', lambda: _sre.compile('a', 0, [1], 0, {}))
show('keywords', lambda: _sre.compile(pattern='a', flags=0, code=[1], groups=0, groupindex={}, indexgroup=()))
show('bad keyword', lambda: _sre.compile('a', 0, [1], 0, {}, (), extra=1))
