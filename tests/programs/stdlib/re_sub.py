# sub and subn: callable replacements, templates with numbered and named groups, escapes,
# empty matches, counts, and the errors of bad templates and bad replacement values.
import re


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


text = 'John Smith, Jane Doe; Max Mustermann'
name = re.compile(r'(?P<first>\w+) (?P<last>\w+)')
show('numbered', lambda: name.sub(r'\2 \1', text))
show('named', lambda: name.sub(r'\g<last>, \g<first>', text))
show('g number', lambda: name.sub(r'\g<2>-\g<1>-\g<0>', text))
show('group 0', lambda: name.sub(r'[\g<0>]', text))
show('two digits', lambda: re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10', 'abcdefghijk'))
show('octal escape', lambda: re.sub('x', r'\101\0\012', 'x'))
show('escapes', lambda: re.sub('x', r'\n\t\r\\\a\b\f\v', 'x'))
show('unknown ascii escape', lambda: re.sub('x', r'\q', 'x'))
show('non-ascii escape', lambda: re.sub('x', r'\é', 'x'))
show('unmatched group', lambda: re.sub(r'(a)|b', r'[\1]', 'ab'))
show('literal', lambda: re.sub(r'\s+', ' ', 'a   b \t c'))
show('literal with $', lambda: re.sub(r'a', '$1', 'aa'))
show('count', lambda: name.sub(r'\2', text, 2))
show('count keyword', lambda: name.sub(r'\2', text, count=1))
show('subn', lambda: name.subn(r'\2', text))
show('module subn count', lambda: re.subn(r'a', 'b', 'aaaa', 3))
show('empty pattern', lambda: re.sub('', '-', 'abc'))
show('empty matches after', lambda: re.sub(r'b*', 'X', 'abbc'))
show('lookahead empty', lambda: re.sub(r'(?=b)', '^', 'abab'))
show('flags', lambda: re.sub(r'JOHN', 'J.', text, flags=re.I))
show('module count and flags', lambda: re.sub(r'a', 'b', 'AaAa', 2, re.I))

# Callables get each match; they return the text, or None for nothing.
show('callable', lambda: name.sub(lambda m: m['last'].upper(), text))
show('callable none', lambda: re.sub(r'\d', lambda m: None, 'a1b2'))
show('callable span', lambda: re.sub(r'\w+', lambda m: '%d-%d' % m.span(), 'ab cde'))
show('callable pos', lambda: re.sub(r'\w', lambda m: str((m.pos, m.endpos)), 'ab'))
calls = []


def record(m):
    calls.append(m.group())
    return m.group() * 2


show('callable order', lambda: (re.sub(r'\d', record, 'a1b2c3'), calls))
show('callable int', lambda: re.sub(r'\d', lambda m: 5, 'a1'))
show('callable raises', lambda: re.sub(r'\d', lambda m: 1 / 0, 'a1'))


class Up(str):
    pass


show('callable str subclass', lambda: re.sub(r'\d', lambda m: Up('n'), 'a1b'))
show('callable only subclass', lambda: type(re.sub(r'.*', lambda m: Up('n'), 'a', count=1)))
show('callable builtin', lambda: re.sub(r'\w', repr, 'ab'))
show('callable object', lambda: re.sub(r'b', type('C', (), {'__call__': lambda self, m: 'B'})(), 'abc'))
show('callable expand', lambda: name.sub(lambda m: m.expand(r'\2/\1'), text))
show('callable nested sub', lambda: re.sub(r'\w+', lambda m: re.sub(r'[aeiou]', '*', m.group()), 'hello world'))

# Templates are parsed by the Lib; bad ones raise re.error with a position.
for template in [r'\g<3>', r'\3', r'\g<nope>', r'\g<1', r'\g', r'\g<>', r'\g<a-b>', r'\g<-1>',
                 r'\g<1a>', '\\', r'\x', r'\400', r'\8']:
    show('template %a' % template, lambda: name.sub(template, 'a b'))
show('template type', lambda: re.sub('a', 1, 'a'))
show('template none', lambda: re.sub('a', None, 'a'))
show('template list', lambda: re.sub('a', ['x'], 'a'))
show('subject type', lambda: re.sub('a', 'b', 1))
show('count type', lambda: re.sub('a', 'b', 'a', 'x'))
show('count huge', lambda: re.sub('a', 'b', 'a', 10**30))
show('template checked before subject', lambda: re.sub('a', r'\9', 1))

# The template cache: the same replacement text parses once.
show('cached templates', lambda: [re.sub(r'(\w)', r'<\1>', s) for s in ('ab', 'cd', 'ef')])
