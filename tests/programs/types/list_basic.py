l = [3, 1, 4, 1, 5]
l.append(9)
l.extend([2, 6])
l.insert(0, 0)
l.insert(100, 100)
l.insert(-1, -1)
print(l, len(l), l.count(1), l.index(4), l.index(1, 3))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l)
l.reverse()
print(l, l[::-1], l[1:3], l[-2:], l[::2], l.copy() == l, l.copy() is l)
l.clear()
print(l, [1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1])
for f in (lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1][5], lambda: [1, 2].pop(5), lambda: [1].insert('a', 1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
