#!/usr/bin/python3.11
"""Records what CPython 3.11's regular-expression engine does, as expected values for
org.pythebo.modules._sre.engine (SreCasesTest).

Each case is a pattern (str or bytes, with flags), a subject, pos and endpos. The script compiles
the pattern with CPython's own re._parser and re._compiler exactly as re.compile does, and
records the code list, flags and group count that _sre.compile receives; then the results of
Pattern.match, Pattern.fullmatch, Pattern.search and every Pattern.finditer match (with all
group spans and lastindex). Cases come from the hand-written lists below plus a seeded random
pattern generator. Run it with PYTHONHASHSEED=0 (it re-executes itself so) and LC_ALL=C, so
that LOCALE cases see the C locale:

    tests/tools/sre_cases.py   # rewrites src/test/resources/.../sre_cases.txt.gz, sre_helpers.txt.gz

Both files are gzipped (with no name or time in the header, so equal contents give equal files).

Output format, one record per case (all numbers decimal, code words unsigned):
    case <number> <repr of pattern, flags, subject summary>
    compile <flags> <groups> <code word>...
    subject str|bytes <segment>...      segment = <count>*<hex code point or byte>.<...>
                                        (the segment's text repeated count times; '-' = empty)
    range <pos> <endpos>
    match|fullmatch|search <result>     result = none | <lastindex or -1> <start end per group>
                                        | error (CPython raised: a group's span is wrong)
    finditer <count> <hash> <first matches listed below>
    m <result>                          (the first 20 matches)
    end
The finditer hash folds every match's lastindex and spans: h = (h*31 + v + 2) mod 2**64.
"""
import gzip
import os
import random
import re
import signal
import sys

if os.environ.get('PYTHONHASHSEED') != '0' or os.environ.get('LC_ALL') != 'C':
    env = dict(os.environ, PYTHONHASHSEED='0', LC_ALL='C')
    os.execve(sys.executable, [sys.executable] + sys.argv, env)

import re._compiler as sre_compile
import re._parser as sre_parse

sys.setrecursionlimit(20000)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT = os.path.join(ROOT, 'src/test/resources/org/pythebo/modules/_sre/engine/sre_cases.txt.gz')
HELPERS_OUTPUT = os.path.join(ROOT, 'src/test/resources/org/pythebo/modules/_sre/engine/sre_helpers.txt.gz')
LISTED_MATCHES = 20
MASK = (1 << 64) - 1

I, L, M, S, X, A = re.I, re.L, re.M, re.S, re.X, re.A


def compile_args(pattern, flags):
    """What re.compile passes to _sre.compile: final flags, group count, code."""
    p = sre_parse.parse(pattern, flags)
    code = sre_compile._code(p, flags)
    return flags | p.state.flags, p.state.groups - 1, code


def result(m):
    if m is None:
        return 'none'
    values = [m.lastindex if m.lastindex is not None else -1]
    for span in m.regs:
        values.extend(span)
    return ' '.join(map(str, values))


def fold(h, m):
    values = [m.lastindex if m.lastindex is not None else -1]
    for span in m.regs:
        values.extend(span)
    for v in values:
        h = (h * 31 + v + 2) & MASK
    return h


def outcome(call):
    try:
        return result(call())
    except SystemError:
        return 'error'


def encode_segments(segments, is_bytes):
    out = []
    for text, count in segments:
        units = list(text) if is_bytes else [ord(c) for c in text]
        body = '.'.join('%x' % u for u in units) if units else '-'
        out.append('%d*%s' % (count, body))
    return ' '.join(out)


class Writer:
    def __init__(self):
        self.lines = []
        self.count = 0
        self.seen = set()

    def case(self, pattern, flags, subject, pos=None, endpos=None, ops=('match', 'fullmatch',
                                                                        'search', 'finditer')):
        """subject: a str/bytes, or a list of (text, count) segments for huge subjects."""
        segments = subject if isinstance(subject, list) else [(subject, 1)]
        is_bytes = isinstance(segments[0][0], bytes)
        text = (b'' if is_bytes else '').join(t * n for t, n in segments)
        length = len(text)
        pos = 0 if pos is None else pos
        endpos = length if endpos is None else endpos
        key = (pattern, flags, text, pos, endpos, ops)
        if key in self.seen:
            return
        self.seen.add(key)
        try:
            compiled = re.compile(pattern, flags)
        except re.error as e:
            print('skipped %a: %s' % (pattern, e), file=sys.stderr)
            return
        final_flags, groups, code = compile_args(pattern, flags)
        assert final_flags == compiled.flags and groups == compiled.groups
        self.count += 1
        summary = ascii(text if length <= 40 else text[:30])
        if length > 40:
            summary += '...(%d)' % length
        self.lines.append('case %d %a flags=%d subject=%s pos=%d endpos=%d' % (
            self.count, pattern, flags, summary, pos, endpos))
        self.lines.append('compile %d %d %s' % (final_flags, groups, ' '.join(str(int(x)) for x in code)))
        self.lines.append('subject %s %s' % ('bytes' if is_bytes else 'str',
                                             encode_segments(segments, is_bytes)))
        self.lines.append('range %d %d' % (pos, endpos))
        if 'match' in ops:
            self.lines.append('match ' + outcome(lambda: compiled.match(text, pos, endpos)))
        if 'fullmatch' in ops:
            self.lines.append('fullmatch ' + outcome(
                lambda: compiled.fullmatch(text, pos, endpos)))
        if 'search' in ops:
            self.lines.append('search ' + outcome(lambda: compiled.search(text, pos, endpos)))
        if 'finditer' in ops:
            listed = []
            h = 0
            n = 0
            try:
                for m in compiled.finditer(text, pos, endpos):
                    n += 1
                    h = fold(h, m)
                    if len(listed) < LISTED_MATCHES:
                        listed.append('m ' + result(m))
                self.lines.append('finditer %d %d' % (n, h))
                self.lines.extend(listed)
            except SystemError:
                self.lines.append('finditer error')
        self.lines.append('end')

    def many(self, pattern, flags, subjects, ranges=False):
        for s in subjects:
            self.case(pattern, flags, s)
            if ranges and len(s) >= 2:
                n = len(s)
                self.case(pattern, flags, s, 1, n)
                self.case(pattern, flags, s, 0, n - 1)
                self.case(pattern, flags, s, n // 2, n)
                self.case(pattern, flags, s, 2, 1)


ASCII_TEXT = ['', 'a', 'abc', 'xabcx', 'aaa', 'abcabc', 'ab ab', 'hello world', 'a\nb\n',
              'Abc ABC abc', '123 abc_45', 'ababab', 'aab', 'x']
UNI_TEXT = ['héllo wörld', 'ÀÉÎõü', 'Straße STRASSE', 'ſſs SS', 'Kelvin \u212a k K',
            'İstanbul ıi Iİ', 'ΣΑΣ σας ς', '٣٤٥ 12', '\u2028x\u2029 \xa0', '\U0001d49c\U0001d49d',
            'a😀b😁c', '\u4e2d\u6587 text', '\U00010400\U00010428', 'x\u0345\u03b9\u1fbe',
            'ǅǆǄ', 'µΜμ']
BYTES_TEXT = [b'', b'abc', b'ABC abc', b'\xe9\xc9 caf\xe9', b'a\nb', b'\x00\xff\x80',
              b'foo bar_1', b'aAbB']


def hand_written(w):
    # Literals and the INFO prefix (including prefix_skip behind groups).
    for p in ['abc', 'a', '', 'ab', 'hello world', 'aab', 'b(c)', '(a)bc', 'ab(c)d',
              'abc(?:d)', 'a(?:b(c))', 'x*', 'abcabd', 'aaab']:
        w.many(p, 0, ASCII_TEXT, ranges=p in ('abc', '', 'a'))
    # Character classes, charsets and bigcharsets.
    for p in ['[abc]', '[^abc]', '[a-z]+', '[^a-z]+', r'[\w.-]+', r'\d+', r'\D+', r'\s+', r'\S+',
              r'\w+', r'\W+', r'[\d\s]', r'[^\W\d]+', '[α-ω]+', '[\u0100-\u017f]+', '[😀-😂]',
              '[\u4e00-\u4e10\u0400-\u0410a]', '[^\u4e00-\u9fff]+', '[a-c]|[x-z]', '.', '.+',
              '[\U00010000-\U0010ffff]+', '[^a]', '[\\x00-\\x7f]+', '[^\\u0100-\\uffff]+',
              '[aeiou]+', '[^aeiou ]+', '[0-9a-fA-F]+', '[ace\u0101]', '[^ace\U0001d49c]+']:
        w.many(p, 0, ASCII_TEXT + UNI_TEXT)
    for p in [r'\w+', r'\d', r'\s', r'\b\w', r'\W', '[\\w]+', r'\S+']:
        w.many(p, A, UNI_TEXT)
    # Case-insensitive matching, ASCII and Unicode, with the characters whose folding is odd.
    uni_ci = ['abc', '[a-z]+', 's', 'k', 'i', 'σ', 'ς', 'Σ', '[σ]', 'ß', 'ẞ', '(a)\\1', '(s)\\1',
              '[^k]', '[k-m]+', '\u0130', '\u0131', '[\U00010400-\U0001044f]+', '\U00010400',
              'µ', 'ǅ', '\u0345', 'ι', '[ι]', 'ſ', 'K', '[^s]+', '[a-z\u0130]+', 'straße',
              '(?:k|x)+', '[\u212a]', '[\u017f-\u0180]', 'Ǆ', '(ǅ)\\1', '(ſ)\\1', 'ab(c)\\1']
    for p in uni_ci:
        w.many(p, I, UNI_TEXT + ['abc ABC', 'KkK', 'SsS'])
        w.many(p, I | A, UNI_TEXT[:6] + ['abc ABC', 'KkK'])
    for p in ['(?i)abc', '(?i:a)b', '(?i)[aeiou]+', '(?i)[^bcd]+', '(?ia)[aeiou]+',
              '(?i)(?-i:a)b', '(?i)[^a-z]+']:
        w.many(p, 0, ['ABC', 'aBc', 'Ab', 'AB', 'aB', 'aA'])
    # Bytes, with and without LOCALE.
    for p, f in [(rb'\w+', 0), (rb'\w+', L), (rb'(?i)abc', 0), (rb'abc', I | L),
                 (rb'[a-z]+', I | L), (rb'[^a-z]+', I | L), (rb'\bfoo\b', L), (rb'\Bo', L),
                 (rb'(a)\1', I | L), (rb'(a)\1', I), (rb'[\x80-\xff]+', 0), (rb'\s', 0),
                 (rb'.', 0), (rb'\W+', L), (rb'[\w]+', L), (rb'[^\w]+', L), (rb'\xe9', I),
                 (rb'\xe9', I | L), (rb'a[^b]', I | L), (rb'[\xc9]', I | L), (rb'\d+', L),
                 (rb'[aeiou]+', 0), (rb'[aeiou\xe9]+', I | L), (rb'[^aeiou]+', I)]:
        w.many(p, f, BYTES_TEXT)
    # Anchors, MULTILINE, DOTALL, VERBOSE.
    lines = ['a\nb\na', 'a\n', '\na', 'ab\n\n', '', '\n', 'a\nb']
    for p in ['^a', '(?m)^a', 'a$', '(?m)a$', '(?s)a.b', 'a.b', '(?x) a b # comment\n c',
              r'\Aa', r'a\Z', '$', '(?m)$', '^', '(?m)^', r'\A', r'\Z', '(?m)^$', '.$', '(?s).$',
              '(?m).$', '^$', '(?m)^b$', r'\n$', '(?m)(?<=^)a']:
        w.many(p, 0, lines + ['axb', 'a b c'], ranges=True)
    for p in [r'\bfoo\b', r'\Bo\B', r'\b', r'\B', r'\b\w+\b', r'(?a)\b.', r'\B.', r'\bé']:
        w.many(p, 0, ['', 'foo', 'a foo b', 'foofoo', 'ab cd', 'é fooé', ' ', 'x'], ranges=True)
    # Repeats: greedy, lazy, possessive, counted, nested.
    reps = ['a*', 'a+', 'a?', 'a*?', 'a+?', 'a??', 'a{2,3}', 'a{2,3}?', 'a{2}', 'a{,2}', 'a{3,}',
            'a*+', 'a++', 'a?+', 'a{2,3}+', '(ab)*', '(ab)+?', '(?:ab|a)*c', '(a|ab)(c|bcd)(d*)',
            '(a*)*', '(a*)+', '(a|b)*?c', '((a)|b)+', '(a)|b', '(?:(a)|(b))+', '(a+|b+)*c',
            '(?:a|(b))*?c', 'a*b', 'a*?b', '(a*?)b', '(?:a|b)*+b', '(?:ab)*+', '(?:ab)++c',
            '(a|b)*+c', '(?:(a)|b){2}', '(?:(a)|b){1,2}?', 'a{0}', '(?:ab){2,4}', 'a{1,3}?a',
            '(?:a{1,2}){2,3}', '((a|b)*c)*d', '(?:(?:a|b)*?c)+', '((ab)*?c)*?', '(a{2})*',
            '(a?)*?b', '(?:a?)+?b', '(a*?)*', '(?:(a)|b)*', '(?:(a)|b)*+', '(?:(a)|b)+?',
            '(?:(a)x)*+', '(?:(a)x)*', '(?:(?:(a)|b)*+c)+', '(?:(?:(a)|b)*?c)+', 'a.*b',
            '.*?b', '(.)*', '(.)*?x', '(?:x|(a))*?b', '(?:(a)|(b)|c)*', '(a|)+', '(|a)+',
            '(a|)*?b', '((a)|(b))*']
    subjects = ['', 'a', 'aa', 'aaa', 'aaaa', 'ab', 'aab', 'abab', 'abc', 'abcd', 'abbc',
                'ababc', 'baab', 'bbb', 'axax', 'abcabcd', 'acbcd', 'aaab']
    for p in reps:
        w.many(p, 0, subjects)
    for p in reps[:20]:
        w.many(p, 0, ['xaab', 'aabaa'], ranges=True)
    # Atomic groups.
    for p in ['(?>a+)b', '(?>a|ab)c', '(?>(a+))b', '(?>a*?)b', '(?>(a)|b)+', '(?>(?:a|ab)*)c',
              '(?>a+)+b', '((?>a|ab))c', '(?>x*)x', '(?>(a)|(?:b))*', '(?:(?>(?:(a)|b)*)c)+',
              '(?>(ab|a)+)']:
        w.many(p, 0, subjects + ['abcabc', 'xxx'])
    # Lookaround.
    for p in ['a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '(?<=(a))b', r'(?=(\w+))\w',
              r'(?<=\d{3})x', '(?<!^)x', '(?=a)*', '(?!a)', '(?<=ab)', '(?<=a|b)c',
              '(?=(a))(a)', '(?!(a)b)(a)', '(?:(?!(a)x)a)+', '(?<=(a))(?<=(b))', '(?=(.))*',
              '(?:(?=(a))a)*', '(a)(?<=(?=(\\1)).)', '(?<!(a))b', '(?=a|b)(a|b)+?',
              '(?:(?!a)(b))+', '(?<=(?:a|(b)))c']:
        w.many(p, 0, ['ab', 'b', 'ba', 'aab', 'abab', '123x', 'x1234x', 'xx', 'abc', 'bc', ''],
               ranges=True)
    # Backreferences.
    for p in [r'(a+)\1', '(?P<x>a)(?P=x)', r'(a)|\1', r'(a)?\1', r'(\w+) \1', r'(?i)(ab)\1',
              r'(a*)\1b', r'(?:(a)|b)\1', r'(a)(?:\1)*', r'((a)\2)+', r'(a)(b)?\2',
              r'(.)\1', r'(?:(.)\1)+', r'(a|b)*\1', r'(ab)*\1']:
        w.many(p, 0, ['aa', 'aaa', 'aaaa', 'abab ab', 'ABab', 'abb', 'xyzzy', 'aabb', 'aaab',
                      'ababb', '', 'b', 'abba'])
    # Conditional groups.
    for p in ['(a)?(?(1)b|c)', '(?:(a)|b)(?(1)x)', r'(<)?\w+(?(1)>)', '(a)?(?(1)b)+',
              '(?P<q>")?x(?(q)")', '(a)?(?(1)|c)d', '(?:(a)|x)*(?(1)b|c)', '(a)?b(?(1)(c)|d)',
              '(a(?(1)b|c))']:
        w.many(p, 0, ['ab', 'c', 'ac', 'b', 'x', '<x>', '<x', 'x>', '"x"', '"x', 'ad', 'd',
                      'axb', 'xc', 'abc', 'bd', 'ac', 'aab'])
    # Alternation.
    for p in ['cat|dog|bird', 'a|ab|abc', '(?:a|ab)(?:c|bcd)', '(a|ab)(c|bcd)', 'x|', '|x',
              '(?:a|b|c)+', 'a(?:b|c|)d', '(?:[ab]|c)+x']:
        w.many(p, 0, ['cat', 'hotdog', 'abc', 'abcd', 'x', '', 'abd', 'ad', 'aabcx'])
    # Empty matches and finditer's must-advance rule.
    for p in ['', 'x*', r'\b', '(?:)', '(|a)', 'a?', 'a*?', '(?=a)', r'\B', '(a)|', 'a|', '$',
              '(?m)^', 'x*?', '(?:a|)']:
        w.many(p, 0, ['', 'a', 'abxd', 'xax', 'aa', 'ba', 'a\nb'], ranges=True)
    # Unusual bounds: pos past endpos, lookbehind before pos, anchors and pos.
    for p in ['', 'a*', 'a?', '$', '(?m)$', '^', r'\b', r'\B', '(?<=a)b', 'b', '(?<=a)', 'a*+',
              'a*?', '(?:)*', '(a)|\\1']:
        for pos, endpos in [(2, 1), (3, 0), (1, 1), (0, 0), (-5, 2), (1, 100), (3, 3), (2, 2)]:
            w.case(p, 0, 'ab\nab', pos, endpos)


def huge(w):
    n = 1_000_000
    w.case('a*', 0, [('a', n)])
    w.case('a*b', 0, [('a', n), ('b', 1)], ops=('match', 'fullmatch', 'search'))
    w.case('(?:ab)*c', 0, [('ab', n // 2), ('c', 1)], ops=('match', 'fullmatch'))
    w.case('(?:ab)*?c', 0, [('ab', n // 2), ('c', 1)], ops=('match', 'fullmatch'))
    w.case('(a|b)*c', 0, [('ab', n // 2)], ops=('match', 'fullmatch'))
    w.case('(a|b)*', 0, [('ab', n // 2)], ops=('match', 'fullmatch'))
    w.case('(?:(a)|b)*', 0, [('ab', n // 2)], ops=('match',))
    w.case('(?:a|b)*?c', 0, [('ab', n // 2), ('c', 1)], ops=('match',))
    w.case('(?:a+)+', 0, [('a', n)], ops=('match',))
    w.case('(?:a*)*', 0, [('a', n)], ops=('match', 'fullmatch'))
    w.case('(?>(?:ab)*)c', 0, [('ab', n // 2), ('c', 1)], ops=('match',))
    w.case('(?:ab)*+c', 0, [('ab', n // 2), ('c', 1)], ops=('match',))
    w.case(r'(?:x(?=y)y)*', 0, [('xy', n // 2)], ops=('match',))
    w.case(r'\w+@\w+\.com', 0, [('lorem ipsum dolor ', n // 18), ('joe@example.com', 1)],
           ops=('search', 'finditer'))
    w.case(r'\bcom\b', 0, [('lorem ipsum dolor ', n // 18), ('a.com', 1)],
           ops=('search', 'finditer'))
    w.case(r'(?i)DOLOR', 0, [('lorem ipsum dolor ', n // 18)], ops=('search', 'finditer'))
    w.case(r'(a)\1*', 0, [('a', n)], ops=('match',))
    w.case('.*', S, [('x\n', n // 2)], ops=('match', 'fullmatch'))
    w.case('(.)*', S, [('x\n', n // 2)], ops=('match',))
    w.case(b'[\\x00-\\xff]*', 0, [(b'\x00\xff', n // 2)], ops=('match',))
    w.case('(\U0001d49c|a)*', 0, [('\U0001d49ca', n // 4)], ops=('match',))
    # Deep nesting: 500 groups, nested repeats, nested lookarounds and alternations.
    w.case('(' * 500 + 'a' + ')' * 500, 0, 'a')
    w.case('(?:' * 300 + 'a' + ')*' * 300, 0, 'aaa', ops=('match', 'fullmatch'))
    w.case('(?:(?:' * 100 + 'a' + ')|b)*' * 100, 0, 'aabba', ops=('match',))
    w.case('(?=' * 300 + 'a' + ')' * 300, 0, 'a')
    w.case('(?:a|' * 300 + 'b' + ')' * 300, 0, 'b')
    w.case('(?>' * 300 + 'a' + ')' * 300, 0, 'a')
    w.case('(?:(a)' * 200 + ')*' * 200, 0, [('a', 400)], ops=('match',))
    # Catastrophic backtracking on short subjects (CPython finishes them in well under a second).
    w.case('(a*)*b', 0, [('a', 18)], ops=('match', 'search'))
    w.case('(a|aa)*c', 0, [('a', 22)], ops=('match',))
    w.case('(x+x+)+y', 0, [('x', 14)], ops=('match',))
    w.case('(?:a+)+b', 0, [('a', 18)], ops=('match',))
    w.case('(a|a?)+b', 0, [('a', 16)], ops=('match',))
    w.case('((a+)+)+b', 0, [('a', 12)], ops=('match',))


def random_pattern(rng, depth=0):
    """A random pattern over 'a', 'b', 'c' using every construct the engine has."""
    groups = []

    def atom(d):
        r = rng.random()
        if d > 3 or r < 0.35:
            return rng.choice(['a', 'b', 'c', '.', '[ab]', '[^a]', 'a', 'b', r'\b', '$', '^'])
        if r < 0.55:
            inner = seq(d + 1)
            groups.append(None)
            n = len(groups)
            text = '(' + inner + ')'
            groups[n - 1] = n
            return text
        if r < 0.65:
            return '(?:' + seq(d + 1) + '|' + seq(d + 1) + ')'
        if r < 0.70:
            return '(?>' + seq(d + 1) + ')'
        if r < 0.76:
            return rng.choice(['(?=', '(?!']) + seq(d + 1) + ')'
        if r < 0.80:
            return rng.choice(['(?<=', '(?<!']) + rng.choice(['a', 'b', 'ab', '[ab]', '(a)']) + ')'
        if r < 0.88 and groups:
            return '\\%d' % rng.randint(1, len(groups))
        if r < 0.94 and groups:
            g = rng.randint(1, len(groups))
            return '(?(%d)%s|%s)' % (g, seq(d + 1), seq(d + 1))
        return '(' + seq(d + 1) + '|' + seq(d + 1) + ')'

    def piece(d):
        a = atom(d)
        if a in (r'\b', '$', '^') or a.startswith('(?=') or a.startswith('(?!') \
                or a.startswith('(?<'):
            return a
        r = rng.random()
        if r < 0.5:
            return a
        q = rng.choice(['*', '+', '?', '{1,2}', '{2}', '{0,3}', '{2,}'])
        return a + q + rng.choice(['', '', '?', '+'])

    def seq(d):
        return ''.join(piece(d) for _ in range(rng.randint(0, 3)))

    return seq(depth)


def fuzz(w, count):
    rng = random.Random(20220615)
    made = 0
    while made < count:
        p = random_pattern(rng)
        if rng.random() < 0.5:
            # Inside a repeat, the engine saves and restores marks in more places.
            p = '(?:%s)%s' % (p, rng.choice(['*', '+', '*?', '+?', '{1,3}', '*+', '{2}']))
        flags = rng.choice([0, 0, 0, I, M, S])
        try:
            re.compile(p, flags)
        except (re.error, RecursionError, OverflowError):
            continue
        subjects = [''.join(rng.choice('aabbcAB') for _ in range(rng.randint(0, 8)))
                    for _ in range(4)]
        window = (''.join(rng.choice('ab') for _ in range(6)), rng.randint(0, 3), rng.randint(2, 7))
        if not quick_enough(p, flags, subjects + [window[0]]):
            continue
        made += 1
        for s in subjects:
            w.case(p, flags, s)
        w.case(p, flags, *window)


def fuzz_folding(w, count):
    """Random patterns over letters with odd case folding (str, IGNORECASE) and over bytes
    with LOCALE."""
    rng = random.Random(14)
    made = 0
    letters = str.maketrans('abc', 'ski')
    while made < count:
        p = random_pattern(rng)
        if rng.random() < 0.5:
            p = '(?:%s)%s' % (p, rng.choice(['*', '+?', '{1,3}']))
        if made % 2 == 0:
            pattern = p.translate(letters)
            flags = rng.choice([I, I, I | A])
            alphabet = 'sSſkK\u212aiIİı'
            subjects = [''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
                        for _ in range(4)]
        else:
            pattern = p.encode()
            flags = rng.choice([L, I | L, I, 0])
            alphabet = [b'a', b'A', b'b', b'B', b'\xe9', b'\xc9', b'c', b'_']
            subjects = [b''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
                        for _ in range(4)]
        try:
            re.compile(pattern, flags)
        except (re.error, RecursionError, OverflowError):
            continue
        if not quick_enough(pattern, flags, subjects):
            continue
        made += 1
        for subject in subjects:
            w.case(pattern, flags, subject)


class Slow(Exception):
    pass


def quick_enough(pattern, flags, subjects):
    """Whether CPython runs the pattern on every subject fast (random nestings of repeats can
    backtrack exponentially; those would only slow the tests down)."""
    def on_alarm(signum, frame):
        raise Slow()
    compiled = re.compile(pattern, flags)
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    try:
        for s in subjects:
            compiled.match(s)
            compiled.fullmatch(s)
            list(compiled.finditer(s))
        return True
    except Slow:
        return False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


HELPER_RANGES = [(0, 0x3000), (0xA640, 0xA800), (0xFB00, 0xFB50), (0xFF00, 0xFFF0),
                 (0x10400, 0x10450), (0x1D400, 0x1D500), (0x1E900, 0x1E960)]


def write_gzipped(path, text):
    with open(path, 'wb') as raw:
        with gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=raw, mtime=0) as f:
            f.write(text.encode('ascii'))


def write_helpers():
    """_sre's case helpers and the str predicates behind \\d \\s \\w, per code point:
    <hex> <ascii_iscased> <unicode_iscased> <ascii_tolower> <unicode_tolower> <isdecimal>
    <isalnum> <isspace> <islinebreak>   (booleans as 0/1, mappings in hex)."""
    import _sre
    lines = ['# Generated by tests/tools/sre_cases.py from CPython %s; do not edit.'
             % sys.version.split()[0]]
    for low, high in HELPER_RANGES:
        for cp in range(low, high):
            c = chr(cp)
            lines.append('%x %d %d %x %x %d %d %d %d' % (
                cp, _sre.ascii_iscased(cp), _sre.unicode_iscased(cp), _sre.ascii_tolower(cp),
                _sre.unicode_tolower(cp), c.isdecimal(), c.isalnum(), c.isspace(),
                c.splitlines() != [c]))
    write_gzipped(HELPERS_OUTPUT, '\n'.join(lines) + '\n')


def main():
    write_helpers()
    w = Writer()
    hand_written(w)
    huge(w)
    fuzz(w, 2000)
    fuzz_folding(w, 600)
    write_gzipped(OUTPUT, '# Generated by tests/tools/sre_cases.py from CPython %s; do not edit.\n'
                  % sys.version.split()[0] + '\n'.join(w.lines) + '\n')
    print('%d cases written to %s' % (w.count, os.path.relpath(OUTPUT, ROOT)))


if __name__ == '__main__':
    main()
