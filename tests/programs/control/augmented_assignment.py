x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 1; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 1; print(y)
s = 'ab'
s += 'c'; s *= 2; print(s)
l = [1]
l *= 3; print(l)
d = {'k': 1}
d['k'] += 10; print(d)
class O: pass
o = O(); o.v = 1
o.v += 1; print(o.v)
lst = [1, 2]
lst[-1] **= 5; print(lst)
def idx():
    print('idx evaluated once')
    return 0
lst[idx()] += 100
print(lst)
