print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], 5)))
print(list(enumerate('ab', start=-1)))
e = enumerate([1, 2])
print(next(e), next(e), next(e, 'end'))
print(type(e).__name__, iter(e) is e)
print(list(enumerate('xy', 2**64)))
try:
    enumerate(5)
except TypeError as e:
    print(e)
try:
    enumerate('a', 'b')
except TypeError as e:
    print(e)
