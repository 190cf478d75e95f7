class X: pass
tests = ['X() + 1', '1 - X()', 'X() * X()', '"a" + 1', '1 + "a"', '[1] + (2,)', 'X() < X()', '1 < "a"',
         '-X()', '~1.5', 'X() @ 1', '{} | 1', 'None + None', '2 ** X()', '"a" * 1.5', '1 << 1.0', 'abs(X())', 'X() >= 1']
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(t, '->', e)
