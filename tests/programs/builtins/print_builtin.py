print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep='--', end='!\n')
print(1, end='')
print(2)
print(None, True, 1.5, [1], (2,), {3: 4})
print('x', sep=None, end=None)
import sys
print('to stderr', file=sys.stderr)
print('flush', flush=True)
try:
    print(sep=5)
except TypeError as e:
    print(e)
try:
    print(end=[])
except TypeError as e:
    print(e)
print(*range(5))
print(*[], sep='x')
