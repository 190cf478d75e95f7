print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{0[1]} {0[k]}'.format({1: 'one', 'k': 'kay'}))
print('{0.real} {0.imag}'.format(3 + 4j), '{:>5}|{:<5}|{:^5}|'.format('a', 'b', 'c'), '{{literal}} {}'.format(9))
print('{!r} {!s} {!a}'.format('x', 'y', 'é'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{0:*^{1}}'.format('mid', 9))
print('{:,}'.format(10**9), '{:#x}'.format(255), '{:08.3f}'.format(-3.14159), '{:+}'.format(0), '{[0]}'.format([5]))
for f in (lambda: '{}'.format(), lambda: '{0} {}'.format(1, 2), lambda: '{x}'.format(y=1), lambda: '{'.format(), lambda: '{:d}'.format('a'), lambda: '{0[5]}'.format([1])):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print('{a}'.format_map({'a': 'mapped'}))
