print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1, 2], start=5))
print(sum([1.5, 2**60]), sum([True, True]), sum([1 + 2j, 3]), sum(x * x for x in range(10)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
print(sum([2**63, 2**63]), sum([-1] * 5))
