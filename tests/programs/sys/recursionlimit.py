import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(400 < d <= 500)
sys.setrecursionlimit(3000)
d2 = depth(0)
print(2500 < d2 <= 3000)
sys.setrecursionlimit(1000)
for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(e)
