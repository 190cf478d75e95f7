# The operator functions of _operator (what Lib/operator.py imports with *): results, the
# in-place forms, sequence helpers, length_hint, _compare_digest, and the errors.
import _operator as o


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(o.add(1, 2), o.sub(5, 3), o.mul('ab', 3), o.truediv(1, 4), o.floordiv(-7, 2), o.mod(-7, 3), o.pow(2, 10))
print(o.lshift(1, 65), o.rshift(-16, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.and_(True, False))
print(o.neg(5), o.pos(-5), o.abs(-2.5), o.inv(5), o.invert(-1), o.index(True), o.index(2 ** 70), o.not_([]), o.truth('x'))
print(o.lt(1, 2), o.le(2, 2), o.eq('a', 'a'), o.ne(1, 1.0), o.gt([2], [1, 9]), o.ge((1,), (1,)))
print(o.is_(None, None), o.is_not(1, None), o.is_([], []))
l = [1]
print(o.iadd(l, [2]), l, o.iadd(1, 2), o.isub(5, 2), o.imul([0], 3), o.itruediv(1, 2), o.ifloordiv(7, 2))
print(o.imod(7, 4), o.ipow(3, 3), o.ilshift(1, 4), o.irshift(16, 4), o.iand(6, 3), o.ior(6, 3), o.ixor(6, 3))
s = {1}
print(o.ior(s, {2}) is s, s, o.iconcat([1], (2,)), o.concat('a', 'b'), o.concat((1,), (2,)))
print(o.contains([1, 2], 2), o.countOf([1, 2, 1, 1.0], 1), o.indexOf('abc', 'c'), o.getitem({'k': 'v'}, 'k'))
d = {}
o.setitem(d, 'a', 1)
o.setitem(d, 'b', 2)
o.delitem(d, 'a')
print(d, o.getitem([1, 2, 3], slice(1, None)), o.call(max, 3, 9, key=lambda x: -x), o.call(len, 'abc'))


class Vec:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return ('matmul', self.v, other.v)

    def __imatmul__(self, other):
        return ('imatmul', self.v, other.v)

    def __repr__(self):
        return 'Vec(%r)' % self.v


print(o.matmul(Vec(1), Vec(2)), o.imatmul(Vec(1), Vec(2)))
nan = float('nan')
print(o.countOf([nan, nan], nan), o.indexOf([nan], nan))

print('--- length_hint')


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class LenFails:
    def __len__(self):
        raise TypeError('no len')

    def __length_hint__(self):
        return 2


print(o.length_hint([1, 2]), o.length_hint('abc'), o.length_hint({1: 2}), o.length_hint(3), o.length_hint(3, 7))
print(o.length_hint(Hint(4)), o.length_hint(Hint(NotImplemented), 9), o.length_hint(LenFails(), 5), o.length_hint(3, -1))
show('hint negative', lambda: o.length_hint(Hint(-1)))
show('hint str', lambda: o.length_hint(Hint('a')))
show('default str', lambda: o.length_hint(3, 'a'))
show('no args', lambda: o.length_hint())
show('three args', lambda: o.length_hint(1, 2, 3))

print('--- _compare_digest')
print(o._compare_digest(b'abc', b'abc'), o._compare_digest(b'abc', b'abd'), o._compare_digest(b'abc', b'ab'))
print(o._compare_digest('abc', 'abc'), o._compare_digest(bytearray(b'a'), b'a'), o._compare_digest(memoryview(b'xy'), b'xy'))
show('str and bytes', lambda: o._compare_digest('a', b'a'))
show('non-ASCII', lambda: o._compare_digest('é', 'é'))
show('ints', lambda: o._compare_digest(1, 2))

print('--- errors')
show('add missing', lambda: o.add(1))
show('add keyword', lambda: o.add(1, b=2))
show('truth none', lambda: o.truth())
show('is_ one', lambda: o.is_(1))
show('concat int', lambda: o.concat(1, 2))
show('concat list int', lambda: o.concat([1], 2))
show('iconcat int', lambda: o.iconcat(1, 2))
show('concat dict', lambda: o.concat({}, {}))
show('countOf int', lambda: o.countOf(3, 3))
show('indexOf int', lambda: o.indexOf(3, 3))
show('indexOf missing', lambda: o.indexOf([1, 2], 3))
show('contains int', lambda: o.contains(3, 3))
show('getitem str key', lambda: o.getitem([1], 'a'))
show('lt mixed', lambda: o.lt(1, 'a'))
show('neg str', lambda: o.neg('a'))
show('inv str', lambda: o.inv('a'))
show('abs str', lambda: o.abs('a'))
show('index float', lambda: o.index(3.0))
show('matmul ints', lambda: o.matmul(2, 3))
show('call nothing', lambda: o.call())
print(o.add.__doc__, o.contains.__doc__, o.add.__name__, o.add.__module__, sep=' | ')
print(o.__doc__.splitlines()[0])

print('--- Lib/operator over _operator')
import operator
print(operator.add is o.add, operator.__add__ is o.add, operator.__lt__ is o.lt, operator.itemgetter is o.itemgetter)
print(len(operator.__all__), all(hasattr(o, n) for n in operator.__all__), operator.__doc__ == o.__doc__, operator.__iadd__([1], [2]))
