# type.__flags__ bits that the Lib tests (HEAPTYPE for copyreg, IS_ABSTRACT for inspect, the
# built-in subclass bits), __reduce__ of built-in functions and of sets (pickle and copy rely
# on them), and co_varnames/co_nlocals with cell variables.
import abc
import copy
import inspect
import math
import pickle


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class B(A):
    def f(self):
        pass


class L(list):
    pass


class E(ValueError):
    pass


for t in [A, B, L, E, int, bool, list, type, object, dict, str, bytes, tuple, KeyError, abc.ABCMeta]:
    fl = t.__flags__
    print(t.__name__, inspect.isabstract(t), [i for i in (9, 10, 20, 24, 25, 26, 27, 28, 29, 30, 31) if fl & (1 << i)])

print(len.__reduce__(), [].append.__reduce__(), len.__reduce_ex__(2), math.sqrt.__reduce__(), int.__new__.__reduce__())
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt, pickle.loads(pickle.dumps([1].append)).__self__)


class MySet(set):
    pass


ms = MySet([3])
ms.tag = 't'
print(set([1]).__reduce__(), frozenset([2]).__reduce__(), ms.__reduce__(), MySet().__reduce_ex__(2))
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy({'a': {1, (2, 3)}}), copy.deepcopy(ms), copy.deepcopy(ms).tag)
print(pickle.loads(pickle.dumps({1, 2, 3})), pickle.loads(pickle.dumps(frozenset('ab'))) == frozenset('ab'), type(pickle.loads(pickle.dumps(ms))).__name__)


def f(a, b, *c, **d):
    def g():
        return a, e
    e = 1
    x = 2
    return g


print(f.__code__.co_varnames, f.__code__.co_cellvars, f.__code__.co_nlocals, f(1, 2).__code__.co_varnames, f(1, 2).__code__.co_freevars)
print(inspect.getargs(f.__code__))
