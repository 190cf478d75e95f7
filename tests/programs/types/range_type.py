r = range(0, 100, 7)
print(len(r), r[3], r[-1], r[2:5], 49 in r, 50 in r, r.index(70), list(r[::-5]), range(5)[::-1])
print(range(3) == range(0, 3, 1), range(0) == range(1, 1), list(range(-5, 5, 3)), list(range(5, -5, -3)))
print(sum(range(10**6)), range(10**20)[-1], 10**19 in range(10**20))
print(type(iter(range(3))).__name__, iter(range(3)).__length_hint__(), bool(range(0)), bool(range(2)))
for f in (lambda: len(range(0, 10**20, 3)), lambda: range(3)[3], lambda: range(0, 1, 0), lambda: range('a')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
