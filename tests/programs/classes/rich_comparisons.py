class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __le__(self, o):
        return NotImplemented
    def __ge__(self, o):
        print('ge', self.v, o.v)
        return self.v >= o.v
a, b = V(1), V(2)
print(a == b, a != b)
print(a < b, b > a)
print(a <= b)
print(a == 1, 1 == a)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v)
print(max(V(5), V(9)).v)
