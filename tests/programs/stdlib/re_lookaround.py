# Lookarounds, conditionals, backreferences, atomic groups, possessive and lazy repeats, and
# the group values backtracking leaves behind.
import re


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


show('lookahead', lambda: re.findall(r'\w+(?=,)', 'a, bb, ccc'))
show('negative lookahead', lambda: re.findall(r'\b(?!un)\w+', 'undo redo unix linux'))
show('lookbehind', lambda: re.findall(r'(?<=\$)\d+', 'cost $12, $345 or 6'))
show('negative lookbehind', lambda: re.findall(r'(?<!\$)\b\d+', 'cost $12, $345 or 6'))
show('lookbehind group', lambda: re.search(r'(?<=(a)b)c', 'abc').groups())
show('lookahead group', lambda: re.match(r'(?=(\w+))\w', 'abc').groups())
show('negative lookahead group', lambda: re.match(r'(?!(x))\w', 'abc').groups())
show('lookbehind at start', lambda: re.search(r'(?<=^)a', 'aa'))
show('lookbehind variable', lambda: re.compile(r'(?<=a+)b'))
show('lookbehind alternatives', lambda: re.findall(r'(?<=ab|cd)x', 'abx cdx efx'))
show('lookbehind backref', lambda: re.compile(r'(a)(?<=\1)'))
show('password rule', lambda: [bool(re.match(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$', p))
                               for p in ('abcdefgh', 'abcDefg1', 'Ab1')])

# Conditionals on groups.
show('conditional', lambda: [re.fullmatch(r'(<)?\w+(?(1)>)', s) is not None for s in ('<a>', 'a', '<a', 'a>')])
show('conditional named', lambda: re.findall(r'(?P<q>")?(\w+)(?(q)")', '"a" b "c'))
show('conditional no else', lambda: re.match(r'(a)?(?(1)b)c', 'c'))
show('conditional bad', lambda: re.compile(r'(?(2)a)'))

# Backreferences.
show('backref', lambda: re.findall(r'(\w)\1', 'aabbcd'))
show('named backref', lambda: re.search(r'(?P<w>\w+) (?P=w)', 'say hello hello world').group('w'))
show('backref ignorecase', lambda: re.match(r'(?i)(ab)\1', 'abAB'))
show('backref unmatched', lambda: re.match(r'(a)?\1b', 'b'))
show('backref in repeat', lambda: re.match(r'(?:(a)|b\1)+', 'aba').groups())
show('bad backref', lambda: re.compile(r'(a)\2'))
show('forward backref', lambda: re.compile(r'\1(a)'))

# Repeats: greedy, lazy, possessive, atomic, bounded.
show('greedy', lambda: re.match(r'<.*>', '<a><b>').group())
show('lazy', lambda: re.match(r'<.*?>', '<a><b>').group())
show('possessive', lambda: re.match(r'a++b', 'aaab'))
show('possessive fails', lambda: re.match(r'a++a', 'aaa'))
show('atomic', lambda: re.match(r'(?>a+)b', 'aaab'))
show('atomic fails', lambda: re.match(r'(?>a*)a', 'aaa'))
show('bounded', lambda: re.findall(r'a{2,3}', 'aaaaaaa'))
show('bounded lazy', lambda: re.findall(r'a{2,3}?', 'aaaaaaa'))
show('exact', lambda: re.findall(r'\d{3}', '1234567'))
show('open upper', lambda: re.match(r'a{2,}', 'aaaaa'))
show('open lower', lambda: re.match(r'a{,2}', 'aaaaa'))
show('not a repeat', lambda: re.match(r'a{,x}', 'a{,x}'))
show('possessive bounded', lambda: re.match(r'a{1,3}+a', 'aaaa'))
show('lazy optional', lambda: re.match(r'(a)??(a)', 'aa').groups())
show('repeat groups', lambda: re.match(r'(?:(a)|(b))*', 'abab').groups())
show('repeat last iteration', lambda: re.match(r'(\w)+', 'abc').group(1))
show('nested repeats', lambda: re.match(r'((a+)b)+', 'aabab').groups())
show('empty repeat', lambda: re.match(r'(a*)*', 'b').groups())
show('empty repeat lazy', lambda: re.match(r'(a*?)+?x', 'aax').groups())
show('branch groups', lambda: re.match(r'(a)b|(a)c', 'ac').groups())
show('catastrophic', lambda: re.match(r'(a+)+b', 'a' * 20))
show('long subject', lambda: len(re.match(r'(?:ab)*c', 'ab' * 50000 + 'c').group()))
show('deep nesting', lambda: re.match('(' * 100 + 'a' + ')' * 100, 'a').lastindex)
show('many groups', lambda: re.match('(a)' * 300, 'a' * 300).group(300))
show('too big repeat', lambda: re.compile(r'a{4294967296}'))
show('bad range repeat', lambda: re.compile(r'a{3,2}'))
show('nothing to repeat', lambda: re.compile(r'*a'))
show('multiple repeat', lambda: re.compile(r'a**'))

# Anchors and boundaries.
show('\\A \\Z', lambda: re.findall(r'\A\w|\w\Z', 'ab\ncd'))
show('$ newline', lambda: re.findall(r'\w$', 'ab\ncd\n'))
show('\\b', lambda: re.findall(r'\b\w', 'one two-three'))
show('\\B', lambda: re.findall(r'\B\w\B', 'abcd'))
show('^ search', lambda: re.search(r'^b', 'ab'))
show('alternation order', lambda: re.match(r'a|ab', 'ab').group())
show('alternation longest', lambda: re.match(r'(?:a|ab)c', 'abc').group())
