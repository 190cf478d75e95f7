# str.format / format_map: field names, indexing, attributes, conversions, nesting and errors.
class P:
    x = 3
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p!'
print('{} {} {}'.format(1, 'a', None), '{1}{0}{1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[1]} {3[k]} {1.x} {1!r} {1!s} {2!a}'.format([5, 6], P(), 'é', {'k': 'v'}), '{0[1]}'.format({1: 'int', '1': 'str'}))
print('{:>{w}}|{:{f}^{w}}'.format('a', 'b', w=5, f='*'))
print('{0:{1}.{2}f}'.format(3.14159, 10, 2), '{:{}}{}'.format('a', 3, 'b'), '{{}} {{{}}}'.format(1), '{!r:>10}'.format('a'))
print('{0[ ]} {0[-1]}'.format({' ': 3, '-1': 'neg'}), '{٣}'.format(1, 2, 3, 4), '{a.real}'.format(a=5))
print('{name} is {age}'.format_map({'name': 'Bo', 'age': 3}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b}'.format_map(Default(a=1)))
for fmt, args, kw in [
    ('{', (), {}), ('}', (), {}), ('{0', (1,), {}), ('{0!}', (1,), {}), ('{0!r', (1,), {}), ('{0!rr}', (1,), {}),
    ('{!x}', (1,), {}), ('{0:{1:{2}}}', ('abc', 's', ''), {}), ('{0.}', (1,), {}), ('{0[}', (1,), {}), ('{0]}', (1,), {}),
    ('{0[0]x}', ([1],), {}), ('{a.b}', (), {'a': 1}), ('{0[-1]}', ([1, 2],), {}), ('{}{1}', (1, 2), {}), ('{1}{}', (1, 2), {}),
    ('{}', (), {}), ('{x}', (), {}), ('{0:{}}', (1, 2), {}), ('{:{0}}', (1,), {}), ('{a{b}', (), {}), ('{0:d}', ('s',), {}),
    ('{:x}', (1.5,), {}), ('{5}', (1,), {}), ('{0[5]}', ([1],), {}), ('{0[a]}', ({},), {}),
]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for fmt, m in [('{}', {}), ('{0}', {}), ('{a}', []), ('{a}', 5)]:
    try:
        print(fmt.format_map(m))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
