l = [5, 3, 8]
print(l.index(8), l.count(3), l * 0, l[::-1], l[-100:100], list(reversed(l)), l + l[:1], [x for x in l if x > 4])
l2 = l
l += [1]
print(l2 is l, l2)
l = l + [2]
print(l2 is l, l2, l)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2, 3].__len__(), [1].__contains__(1), [1, 2].__getitem__(-1), list.__name__, [3, 1, 2].sort() is None)
