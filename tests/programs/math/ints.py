# Integer functions and big ints; __index__/__float__/__floor__/__ceil__/__trunc__ protocols.
import math

print([math.factorial(n) for n in range(0, 25)])
f = math.factorial(1000)
print(len(str(f)), f % (10 ** 30 + 7), math.factorial(True), math.factorial(170) == math.prod(range(1, 171)))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(3, 10), math.comb(0, 0), math.comb(100, 50))
print(math.comb(10 ** 20, 3), math.comb(2 ** 70, 2 ** 70 - 2), math.comb(1000, 500) % 1000000007, math.comb(67, 33))
print(math.perm(10, 3), math.perm(10), math.perm(5, 0), math.perm(3, 5), math.perm(10 ** 20, 2), math.perm(30, 20))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(-2 ** 63, 2 ** 62), math.gcd(True, 4), math.gcd(1, 2 ** 200))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2 ** 64, 3), math.lcm(-3, 4))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(2 ** 62 - 1), math.isqrt(2 ** 63 - 1),
      math.isqrt(2 ** 64), math.isqrt(10 ** 100), math.isqrt(10 ** 101), math.isqrt(True))
for n in (2 ** 52 - 1, 2 ** 52 + 1, (2 ** 26 + 1) ** 2 - 1, (2 ** 31 - 1) ** 2, 4503599761588224):
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(math.log(2 ** 10000), math.log2(2 ** 10000), math.log10(10 ** 500), math.log(10 ** 400, 10),
      math.log2(2 ** 1023 + 1), math.log(3 ** 1000), math.log10(7 ** 2000 + 1), math.log(2 ** 1024 - 1))
print(math.log(8, 2), math.log(True), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2 ** 60))
print(math.prod(range(1, 30)), math.prod([2 ** 40] * 4), math.prod([1, 2.0]), math.prod([3], start=2 ** 70))
print(math.fsum(range(10 ** 5)), math.fsum([10 ** 20, 1]), math.sqrt(10 ** 30), math.exp(True), math.floor(2 ** 100))

class Num:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"

class Idx:
    def __index__(self):
        return 7

class MyFloat(float):
    pass

class MyInt(int):
    pass

n = Num(2.25)
print(math.sqrt(n), math.floor(n), math.ceil(n), math.trunc(n), math.isclose(n, 2.25), math.hypot(n, n))
print(math.factorial(Idx()), math.sqrt(Idx()), math.gcd(Idx(), 14), math.comb(Idx(), 2), math.isqrt(Idx()))
print(math.floor(MyFloat(2.5)), math.ceil(MyFloat(-2.5)), math.trunc(MyFloat(-2.5)), math.sqrt(MyFloat(16)))
print(math.floor(MyInt(5)), type(math.floor(MyInt(5))).__name__, math.log(MyInt(100), 10), math.factorial(MyInt(5)))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(1e20), math.ceil(1.5e300) == int(1.5e300))
print(math.floor(True), math.ceil(False), math.trunc(True), type(math.floor(True)).__name__)
print(math.floor(5), math.ceil(-5), math.trunc(2 ** 100), math.floor(-2.0 ** 63), math.ceil(2.0 ** 63))
