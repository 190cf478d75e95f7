import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(20))))
print(reprlib.repr("x" * 100))
print(reprlib.repr(set(range(30))))
print(reprlib.repr(frozenset("abcdefghij")))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr([[[[[1]]]]]))
print(reprlib.repr(10 ** 60))
print(reprlib.repr(b"y" * 50))
print(reprlib.repr([]), reprlib.repr(()), reprlib.repr({}), reprlib.repr(set()))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
print(r.repr([1, 2, 3, 4, 5]))
print(r.repr("abcdefghijklmnopqrstuvwxyz"))
print(r.repr([[1, [2, [3]]]]))
print(r.maxdict, r.maxset, r.maxtuple, r.maxlong, r.maxother)


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "int(%d)" % x


print(MyRepr().repr([1, 2, 3]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
a.children.append(a)
a.children.append(Node("b"))
print(repr(a))


class Fill:
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Fill[%r]" % (self.other,)


f = Fill()
f.other = f
print(repr(f))
print(Node.__repr__.__name__, Node.__repr__.__wrapped__.__name__)

class Long:
    def __repr__(self):
        return "L" * 50
print(reprlib.repr(Long()))
