print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [2] > [1, 99], [1, [2]] == [1, [2]])
print(1 in [1, 2], [1] in [[1]], 3 not in [1], [1, 2] != [2, 1])
nan = float('nan')
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan), l.index(nan))
class E:
    def __eq__(self, o):
        print('E.__eq__')
        return True
print(E() in [1, 2], [1, 2].count(E()))
