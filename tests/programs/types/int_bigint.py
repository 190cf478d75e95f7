a = 2 ** 200 + 12345
b = 3 ** 150 - 7
print(a * b)
print(a // b, a % b, b // 12345, -a // 7, -a % 7)
print(a - b * 10, (a * b) // a == b)
print(10 ** 50 // 10 ** 25, 10 ** 100 % 97, pow(a, 3, b))
print(str(2 ** 1000)[:30], len(str(2 ** 1000)), len(str(3 ** 5000)))
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f.bit_length(), (-f).bit_length(), f > 2**64, -f < -2**64)
print(hex(2**128 - 1), int('9' * 40) + 1)
print((2**100) ** 2 == 2 ** 200, (2**100) / 2**99, 2**2000 // 2**1999)
