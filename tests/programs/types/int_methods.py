print((255).bit_length(), (0).bit_length(), (-1).bit_length(), (10).bit_count() if hasattr(int, 'bit_count') else '')
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes(b'', 'big'))
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, (6).as_integer_ratio())
print(int.__name__, (3).__add__(4), (3).__radd__(4), (3).__truediv__(2), (3).__add__(1.0))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print((7).__floordiv__(2), (7).__mod__(-2), (7).__pow__(2), (-7).__abs__(), (7).__neg__(), (7).__invert__())
print(int.__mro__, (5).__index__(), (5).__int__(), (5).__float__(), (5).__bool__(), (0).__bool__())
