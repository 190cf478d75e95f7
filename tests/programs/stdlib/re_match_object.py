# re.Match: groups by number and name, spans, defaults, expand, regs, lastindex/lastgroup,
# the repr, copying, and the errors of bad group references.
import copy
import re


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?(?P<end>!)?')
m = p.search('>> Jane Doe 42 <<')
show('match', lambda: m)
show('group()', lambda: m.group())
show('group(0)', lambda: m.group(0))
show('group(1)', lambda: m.group(1))
show('group name', lambda: m.group('last'))
show('group several', lambda: m.group(1, 'last', 3, 0))
show('group missing', lambda: m.group('end'))
show('group bool', lambda: m.group(True))
show('getitem', lambda: (m[0], m[1], m['first'], m[3]))
show('groups', lambda: m.groups())
show('groups default', lambda: m.groups('-'))
show('groups keyword', lambda: m.groups(default=0))
show('groupdict', lambda: m.groupdict())
show('groupdict default', lambda: m.groupdict('?'))
show('start end span', lambda: (m.start(), m.end(), m.span(), m.span(2), m.start('last'), m.end(3)))
show('span missing', lambda: (m.span('end'), m.start(4), m.end(4)))
show('regs', lambda: m.regs)
show('pos endpos', lambda: (m.pos, m.endpos))
show('lastindex', lambda: m.lastindex)
show('lastgroup', lambda: m.lastgroup)
show('re', lambda: m.re is p)
show('string', lambda: m.string)
show('expand', lambda: m.expand(r'\2, \1 (\g<3>) [\g<first>] \g<0>'))
show('expand missing', lambda: m.expand(r'<\4>'))
show('expand escapes', lambda: m.expand(r'\n\t\\ \101 \0'))
show('expand bad escape', lambda: m.expand(r'\x41'))
show('bool', lambda: bool(m))
show('copy', lambda: copy.copy(m) is m)
show('deepcopy', lambda: copy.deepcopy(m) is m)
show('type', lambda: (type(m), type(m).__name__, type(m).__module__, type(m).__qualname__))
show('class_getitem', lambda: re.Match[str])

# lastindex and lastgroup follow the group that closed last.
for pat, s in [(r'(a)b', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)', 'ab'), (r'(?P<x>a)(?P<y>b)?', 'a'),
               (r'(?P<x>a)(b)', 'ab'), (r'(?P<outer>(?P<inner>a)b)', 'ab'), (r'a', 'a'),
               (r'(a)|(b)', 'b'), (r'(?:(a)|b)+', 'ab')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup, mm.groups())

# Bad group references.
show('no such group 5', lambda: m.group(5))
show('no such group -1', lambda: m.group(-1))
show('no such name', lambda: m.group('middle'))
show('float', lambda: m.group(1.0))
show('huge', lambda: m.group(10**30))
show('unhashable', lambda: m.group([1]))
show('start bad', lambda: m.start(9))
show('span bad', lambda: m.span('nope'))
show('getitem bad', lambda: m[10])
show('group keyword', lambda: m.group(x=1))
show('start two args', lambda: m.start(1, 2))
show('groups two args', lambda: m.groups(1, 2))
show('len', lambda: len(m))
show('setattr', lambda: setattr(m, 'pos', 3))
show('new Match', lambda: re.Match())
show('subclass Match', lambda: type('M', (re.Match,), {}))


class Index:
    def __index__(self):
        return 2


show('__index__ group', lambda: m.group(Index()))
show('__index__ start', lambda: m.start(Index()))

# Matches against subjects: a str subclass gives exact str groups, and string is the original.


class S(str):
    pass


ms = re.search(r'(b+)', S('abbbc'))
show('subclass groups', lambda: (ms.group(), type(ms.group()), type(ms.group(1)), type(ms.string)))
show('subclass findall', lambda: [type(x) for x in re.findall('b', S('abb'))])
show('subclass sub', lambda: type(re.sub('x', 'y', S('abc'))))
show('subclass split', lambda: [type(x) for x in re.split('b', S('abc'))])

# Reprs are cut at 50 characters of the matched text.
show('long repr', lambda: re.match(r'.*', 'x' * 100))
show('repr quotes', lambda: re.match(r'.*', 'it\'s "ok"'))
show('repr unicode', lambda: re.match(r'.*', 'héllo\u2028\U0001f600'))
show('repr bytes', lambda: re.match(rb'.*', b'\x00\xffabc' * 20))
show('repr empty', lambda: re.match(r'x*', 'abc'))

# Empty matches and positions.
show('empty span', lambda: [m.span() for m in re.finditer(r'\b', 'ab cd')])
show('empty search', lambda: re.search(r'$', 'abc'))
show('finditer with pos', lambda: [(m.pos, m.endpos) for m in p.finditer('a b c d', 2, 6)])
