# difflib: SequenceMatcher ratios, blocks and opcodes, unified/context/ndiff diffs, restore,
# get_close_matches, Differ, junk handling and HtmlDiff's table.
import difflib

a = 'The quick brown fox jumps over the lazy dog'.split()
b = 'The quick red fox jumped over the very lazy dog'.split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))
print(sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op, a[op[1]:op[2]], b[op[3]:op[4]])
print(sm.find_longest_match(0, len(a), 0, len(b)), sm.find_longest_match())
print(list(sm.get_grouped_opcodes(1)))
s2 = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s2.ratio(), 3), s2.get_matching_blocks())
s3 = difflib.SequenceMatcher()
s3.set_seqs('abcd', 'bcde')
print(s3.ratio(), s3.get_opcodes())
s3.set_seq1('xbcd')
print(s3.ratio())
print(difflib.SequenceMatcher(None, '', '').ratio(), difflib.SequenceMatcher(None, 'abc', '').get_opcodes())
big = 'x' * 300 + 'y'
print(round(difflib.SequenceMatcher(None, big, big[::-1]).ratio(), 4), round(difflib.SequenceMatcher(None, big, big[::-1], autojunk=False).ratio(), 4))

old = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n']
new = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'eight\n', 'nine\n']
print(''.join(difflib.unified_diff(old, new, fromfile='before.py', tofile='after.py', fromfiledate='d1', tofiledate='d2')))
print(''.join(difflib.unified_diff(old, new, n=0)))
print(''.join(difflib.context_diff(old, new, fromfile='a', tofile='b')))
print('\n'.join(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff(old, old)))
nd = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(nd), end='')
print(''.join(difflib.restore(nd, 1)), ''.join(difflib.restore(nd, 2)), end='')
d = difflib.Differ()
print(''.join(d.compare(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])), end='')
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'when', 'wheal', 'whee', 'hello'], n=2, cutoff=0.5))
print(difflib.get_close_matches('xyz', ['abc']), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x\n'))
for bad in [lambda: difflib.get_close_matches('a', ['b'], n=0), lambda: difflib.get_close_matches('a', ['b'], cutoff=2),
            lambda: list(difflib.restore(nd, 3)), lambda: list(difflib.unified_diff('a', 'b', fromfile=1))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
h = difflib.HtmlDiff(wrapcolumn=20)
table = h.make_table(['line one', 'same', 'a long line that will wrap around the column'], ['line 1', 'same', 'a long line that will wrap round'], 'from', 'to')
print(table)
print(len(h.make_file(['a'], ['b'])) > 1000, difflib.Match(1, 2, 3))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'x', b'y')))
