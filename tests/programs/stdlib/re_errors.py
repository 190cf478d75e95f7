# re.error from the Lib's parser, with its position, line and column, and the TypeErrors,
# ValueErrors and OverflowErrors of the module's functions and the Pattern methods.
import re


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except re.error as e:
        print(label, '!! re.error', repr(e.msg), e.pos, e.lineno, e.colno, repr(e.pattern), '|', e)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


for pattern in ['a(b', 'a)b', '[a-', '[z-a]', '(?P<1>x)', '(?P<a>x)(?P<a>y)', '(?P=nope)', '(?<x)',
                r'\p', '(?', '(?z)', '(?i', 'a{2', 'x\\', '(?#unterminated', '(?P<a', '[]',
                r'[\d-z]', '(?-i)', '(?i-i:a)', '(?x)\n  (a\n  [b', 'ab\ncd)\nef', 'a|*',
                '(?<=a*)', '(?(a)b)', '(?(1a)b)', '(?L)a', '(?a:b)', '(?u)', '(?i:)?x',
                '\\' + 'x4', r'\u12', r'\U0011ffff', r'\777', '(?P<a b>)', '(?P<é>x)', '(?Px)']:
    show(ascii(pattern), lambda: re.compile(pattern))

show('bytes error', lambda: re.compile(b'[a'))
show('bytes multiline', lambda: re.compile(b'ab\n(c'))
show('error class', lambda: (re.error is re.PatternError if hasattr(re, 'PatternError') else re.error.__module__,
                             re.error.__name__, issubclass(re.error, Exception)))
e = re.error('custom', 'some\npattern', 6)
show('custom error', lambda: (str(e), e.msg, e.pos, e.lineno, e.colno))
e = re.error('plain')
show('plain error', lambda: (str(e), e.msg, e.pos, e.pattern, e.lineno, e.colno))

# Flags and types.
show('unknown flag', lambda: re.compile('a', 1 << 20))
show('flags not int', lambda: re.compile('a', 'i'))
show('flags float', lambda: re.compile('a', 1.5))
show('compile int', lambda: re.compile(1))
show('compile None', lambda: re.compile(None))
show('search pattern list', lambda: re.search(['a'], 'a'))
show('DEBUG and cache', lambda: re.compile('a', re.DEBUG) is not None)

# Pattern methods: argument counts, keywords and conversions.
p = re.compile(r'(\w)(\d)?')
show('match no args', lambda: p.match())
show('match too many', lambda: p.match('a', 0, 1, 2))
show('match bad keyword', lambda: p.match('a', start=1))
show('match pos and keyword', lambda: p.match('a', 0, pos=1))
show('match pos str', lambda: p.match('a', '1'))
show('match pos float', lambda: p.match('a', 1.0))
show('match pos huge', lambda: p.match('a', 10**30))
show('match endpos huge negative', lambda: p.match('a', 0, -10**30))
show('match pos bool', lambda: p.match('ab', True))
show('search keywords', lambda: p.search(string='xa1', endpos=2))
show('findall no string', lambda: p.findall(pos=1))
show('split maxsplit str', lambda: p.split('a1', 'x'))
show('split keyword', lambda: p.split('a1b2c3', maxsplit=1))
show('sub missing string', lambda: p.sub('x'))
show('sub keywords', lambda: p.sub(repl='<\\1>', string='a1b', count=1))
show('sub bad keyword', lambda: p.sub('x', 'a', counts=1))
show('scanner bad', lambda: p.scanner(5))
show('finditer bad', lambda: p.finditer(5))
show('fullmatch bytes', lambda: p.fullmatch(b'a1'))
show('groups setattr', lambda: setattr(p, 'groups', 3))
show('pattern delattr', lambda: delattr(p, 'pattern'))
show('new attribute', lambda: setattr(p, 'extra', 1))
show('new Pattern', lambda: re.Pattern())
show('subclass Pattern', lambda: type('P', (re.Pattern,), {}))
show('Scanner type', lambda: type(p.scanner('a'))())
show('descriptor on other', lambda: re.Pattern.match(5, 'a'))
show('unbound call', lambda: re.Pattern.match(p, 'a1'))
show('method text signature', lambda: re.Pattern.match.__text_signature__)
show('sub signature', lambda: re.Pattern.sub.__text_signature__)
show('group signature', lambda: re.Match.group.__text_signature__)
show('start signature', lambda: re.Match.start.__text_signature__)
