print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0, 3]), any(x > 2 for x in range(5)))
def gen():
    for i in range(10):
        print('yield', i)
        yield i
print(any(v > 1 for v in gen()))
print(all(v < 1 for v in gen()))
print(all('abc'), any(''), all([[]]), any([[]]))
try:
    all(5)
except TypeError as e:
    print(e)
