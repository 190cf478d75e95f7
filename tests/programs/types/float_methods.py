print((3.5).is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), (0.0).hex())
print((2.5).real, (2.5).imag, (2.5).conjugate(), int(2.5), float.__name__, (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print(round(-2.5), int(-2.5), float('nan') != float('nan'), -float('inf') < -1e308)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
