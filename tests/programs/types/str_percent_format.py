print('%s and %s' % ('a', 'b'), '%r' % 'q', '%5s|%-5s|' % ('x', 'y'), '%.2s' % 'abcdef', '%c%c' % (65, 'b'))
print('%(a)s %(b)d' % {'a': 'A', 'b': 2}, '%%', '%d%%' % 50, '%3d|%-3d|%03d' % (7, 7, 7), '%x %o %e' % (255, 8, 1.5))
print('%s' % [1, 2], '%s' % (1,), '%s %s' % (1, (2, 3)), '%*d' % (5, 42), '%.*f' % (2, 3.14159), '%#x %#o' % (255, 8))
for f in (lambda: '%d' % 'a', lambda: '%s %s' % 1, lambda: '%s' % (1, 2), lambda: '%(k)s' % 1, lambda: '%q' % 1, lambda: '%d' % 1.5):
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
