s = 'Python€😀'
print(s[0], s[-1], s[6], s[1:3], s[::-1], s[::2], s[-3:], s[:100], s[100:], s[5:1], s[5:1:-1], len(s))
for f in (lambda: s[20], lambda: s['a'], lambda: s[1.5]):
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s[0] = 'J'
except TypeError as e:
    print(e)
print(list('ab😀'), [ord(c) for c in '€😀'], 'x' * 3, 3 * 'ab', 'a' * 0, 'a' * -1, 'ab' + 'cd')
print(s[slice(1, None, 3)], 'abcdef'[-100:100], 'abcdef'[::-3], 'abcdef'[4:-5:-1])
