class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f'K({self.v})'
d = {K(1): 'one', K(2): 'two'}
print(d[K(1)], K(2) in d, K(3) in d)
d[K(1)] = 'uno'
print(d)
s = {K(1), K(1), K(2)}
print(len(s))
class Counter:
    calls = 0
    def __hash__(self): return 1
    def __eq__(self, o):
        Counter.calls += 1
        return self is o
a = Counter()
x = {a: 1, Counter(): 2, Counter(): 3}
print(len(x), x[a], Counter.calls > 0)
