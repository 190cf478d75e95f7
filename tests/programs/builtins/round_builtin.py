print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 1), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, round(1e300, 2))
print(round(0.125, 2), round(0.375, 2), round(123.456, -1), round(-0.0), round(2**70 + 1, -5))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
class R:
    def __round__(self, n=None): return ('rounded', n)
print(round(R()), round(R(), 3))
