# Multiple inheritance and __slots__: bases that add no slots of their own share their parent's
# layout (as pathlib's PosixPath(Path, PurePosixPath)); bases that each add slots conflict.
class Pure:
    __slots__ = ("_drv", "_root")


class PurePosix(Pure):
    __slots__ = ()


class Concrete(Pure):
    __slots__ = ()


class Posix(Concrete, PurePosix):
    __slots__ = ()


p = Posix()
p._drv = "d"
p._root = "/"
print(p._drv, p._root, [c.__name__ for c in Posix.__mro__])
try:
    p.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithDict(Concrete, PurePosix):
    pass


w = WithDict()
w._drv = 1
w.extra = 2
print(w._drv, w.extra, sorted(w.__dict__))


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class A2(A):
    __slots__ = ("x",)


class A3(A):
    __slots__ = ()


try:
    class D(A2, A3):
        __slots__ = ()
    print("D:", [c.__name__ for c in D.__mro__])
    d = D()
    d.a, d.x = 1, 2
    print(d.a, d.x)
except TypeError as e:
    print("TypeError:", e)
try:
    class E(A3, A2):
        pass
    print("E:", [c.__name__ for c in E.__mro__])
except TypeError as e:
    print("TypeError:", e)
