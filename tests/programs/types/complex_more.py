z = complex(3, 4)
print(abs(z), z * z.conjugate(), z / 2, z ** -1, (1j).imag, (1j).real, complex(2), 1 + 0j == 1, 1j * 1j == -1)
print(complex('1e3+2.5e-1j'), complex('j'), complex('-j'), complex('inf+nanj'), str(complex(0, -0.0)), repr(complex(1, 1e16)))
print(f'{z:g}', f'{z:+.1f}', f'{z!r}', format(z, '>12'), hash(complex(0, 0)) == hash(0))
