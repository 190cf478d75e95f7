def deep(n):
    return deep(n + 1) + 1
for attempt in range(3):
    try:
        deep(0)
    except RecursionError as e:
        print('attempt', attempt, type(e).__name__, e)
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError:
    print('repr recursion caught')
print('program continues normally')
