import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('RecursionError', e)
print('continues')
def g(n):
    try:
        return g(n + 1)
    except RecursionError:
        return n
depth = g(0)
print(depth > 100)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
try:
    f(0)
except RecursionError as e:
    print('again', e)
sys.setrecursionlimit(1000)
print('done')
