a = 1 + 2j
b = complex(3, -4)
print(a + b, a - b, a * b, a / b, -a, +a, abs(b), a.conjugate(), a.real, a.imag)
print(a ** 2, b ** 0.5, 1j ** 2, 2 ** 1j, (1 + 1j) ** 3, a == complex(1, 2), a != b)
print(complex('1+2j'), complex('-3.5j'), complex(' (1-1j) '), complex(1.5), complex(), complex(2, 3j))
print(repr(complex(1, -0.0)), repr(complex(-1e-300, 1e300)), complex(float('inf'), float('nan')), 1j * 1j, 0j == 0)
for f in (lambda: a < b, lambda: a // b, lambda: a % 2, lambda: 1 / 0j, lambda: complex('1+2'), lambda: int(a), lambda: float(a)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(f'{a:.2f}', f'{b}', format(1.5 + 2j, '^20'), hash(1 + 0j) == hash(1))
