# The re module's functions as programs use them: compile and the module-level shortcuts,
# flags, escape, purge, the cache, and Pattern's own methods with pos and endpos.
import re


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


text = 'The quick brown fox jumps over the lazy dog; the end.'

show('match', lambda: re.match(r'\w+', text))
show('match none', lambda: re.match(r'quick', text))
show('search', lambda: re.search(r'qu\w+', text))
show('fullmatch', lambda: re.fullmatch(r'[\w ;.]+', text))
show('fullmatch partial', lambda: re.fullmatch(r'\w+', text))
show('findall', lambda: re.findall(r'\b\w{5}\b', text))
show('findall one group', lambda: re.findall(r'(\w)o', text))
show('findall groups', lambda: re.findall(r'(\w)(o)(\w)?', text))
show('finditer spans', lambda: [m.span() for m in re.finditer(r'the', text, re.I)])
show('split', lambda: re.split(r'\s+', text))
show('split maxsplit', lambda: re.split(r'\s+', text, maxsplit=3))
show('split groups', lambda: re.split(r'(\s)(x)?', 'a b  c'))
show('split empty matches', lambda: re.split(r'x*', 'axbc'))
show('split negative', lambda: re.split(r' ', 'a b c', -1))
show('sub', lambda: re.sub(r'o', '0', text))
show('sub count', lambda: re.sub(r'o', '0', text, count=2))
show('subn', lambda: re.subn(r'\s', '_', 'a b c'))
show('subn negative count', lambda: re.subn(r'\s', '_', 'a b c', -1))
show('sub empty', lambda: re.sub(r'x*', '-', 'abxd'))
show('sub no match', lambda: re.sub(r'z', '-', 'abc'))
show('sub whole', lambda: re.sub(r'.*', 'X', 'abc'))
show('escape', lambda: re.escape('1+1=2? (yes) [a-z] {3} $^ \\ | . * # ~ &\t\n'))
show('escape bytes', lambda: re.escape(b'a.b+c'))
show('escape unicode', lambda: re.escape('héllo wörld_1'))
show('purge', lambda: re.purge())

# Flags: values, combinations, inline flags and how compile records them.
show('flags', lambda: [int(f) for f in (re.I, re.L, re.M, re.S, re.U, re.X, re.A, re.DEBUG)])
show('flag repr', lambda: repr(re.I | re.M))
show('IGNORECASE', lambda: re.findall(r'the', text, re.IGNORECASE))
show('MULTILINE', lambda: re.findall(r'^\w', 'ab\ncd\nef', re.M))
show('no MULTILINE', lambda: re.findall(r'^\w', 'ab\ncd\nef'))
show('DOTALL', lambda: re.match(r'a.b', 'a\nb', re.S))
show('no DOTALL', lambda: re.match(r'a.b', 'a\nb'))
show('VERBOSE', lambda: re.match(r'''
    (\d+)   # number
    \s* ,   # comma
    \s* (\d+)''', '12 , 34', re.X).groups())
show('inline flags', lambda: re.findall(r'(?im)^the', 'The\nthe\nTHE'))
show('scoped flags', lambda: re.findall(r'(?i:t)he', 'The THE the'))
show('compiled flags', lambda: re.compile(r'(?x) a b', re.I).flags)
show('str flags', lambda: re.compile('a').flags)
show('bytes flags', lambda: re.compile(b'a').flags)
show('ASCII flags', lambda: re.compile('a', re.A).flags)

# Patterns: attributes and methods with pos and endpos.
p = re.compile(r'(?P<word>\w+)\s(?P<num>\d+)?')
show('pattern', lambda: p.pattern)
show('groups', lambda: p.groups)
show('groupindex', lambda: p.groupindex)
show('groupindex items', lambda: sorted(p.groupindex.items()))
show('groupindex readonly', lambda: p.groupindex.__setitem__('x', 1))
show('no groupindex', lambda: re.compile('a').groupindex)
show('compile same', lambda: re.compile(p) is p)
show('compile flags on pattern', lambda: re.compile(p, re.I))
show('cache', lambda: re.compile('cached') is re.compile('cached'))

q = re.compile(r'\d+')
s = 'a1b22c333d4444'
show('match pos', lambda: q.match(s, 1))
show('match pos endpos', lambda: q.match(s, 3, 4))
show('search pos', lambda: q.search(s, 5))
show('search endpos', lambda: q.search(s, 0, 1))
show('search pos > endpos', lambda: q.search(s, 5, 2))
show('search negative pos', lambda: q.search(s, -5))
show('search huge endpos', lambda: q.search(s, 0, 10**6))
show('fullmatch pos', lambda: q.fullmatch(s, 3, 5))
show('findall pos', lambda: q.findall(s, 4))
show('findall endpos', lambda: q.findall(s, 0, 8))
show('finditer pos', lambda: [m.group() for m in q.finditer(s, 2, 11)])
show('keywords', lambda: q.search(string=s, pos=2, endpos=9))
show('^ with pos', lambda: re.compile('^b').search('ab', 1))
show('$ with endpos', lambda: re.compile('a$').search('ab', 0, 1))

# Scanner: the undocumented iterator finditer is made of.
sc = q.scanner('x12y345z')
show('scanner pattern', lambda: sc.pattern is q)
show('scanner search', lambda: sc.search())
show('scanner search', lambda: sc.search())
show('scanner search end', lambda: sc.search())
show('scanner after end', lambda: sc.search())
sc = re.compile(r'\d').scanner('12a3')
show('scanner match', lambda: [sc.match(), sc.match(), sc.match(), sc.match()])
sc = re.compile(r'x*').scanner('axx')
show('scanner empty matches', lambda: [m.span() for m in iter(sc.search, None)])

# The Lib's Scanner class, over sre_parse and sre_compile.
lexicon = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'\d+\.\d*', lambda s, tok: ('FLOAT', float(tok))),
    (r'\d+', lambda s, tok: ('INT', int(tok))),
    (r'[=+*/-]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
show('Scanner', lambda: lexicon.scan('x = 3 + 4.5 * y2 ?'))
