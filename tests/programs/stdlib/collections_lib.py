# Lib/collections on top of _collections: deque and defaultdict as collections exports them,
# namedtuple (with _tuplegetter fields), OrderedDict, Counter (with _count_elements), ChainMap,
# the ABC registrations, and copy of the C types.
import collections
import collections.abc
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList

print(deque is __import__('_collections').deque, defaultdict.__module__, deque([1, 2], 5), defaultdict(list, a=[1]))
print(isinstance(deque(), collections.abc.MutableSequence), issubclass(deque, collections.abc.Sequence),
      isinstance(defaultdict(), collections.abc.MutableMapping), isinstance(iter(deque()), collections.abc.Iterator))

Point = namedtuple('Point', 'x y', defaults=[0])
p = Point(1)
print(p, p.x, p.y, p[0], p._asdict(), Point._make([3, 4]), p._replace(x=5), Point._fields, Point._field_defaults)
print(Point.x, Point.x.__doc__, Point.__doc__, type(Point.x).__name__, Point.__match_args__)
x, y = Point(7, 8)
print(x, y, Point(1, 2) == (1, 2), hash(Point(1, 2)) == hash((1, 2)), Point(*range(2)), copy.deepcopy(Point(1, [2])))
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError', e)
Pair = namedtuple('Pair', ['first', 'second'], rename=True, module='demo')
print(Pair(1, 2), Pair.__module__, namedtuple('Bad', 'a def class', rename=True)._fields)

od = OrderedDict(a=1)
od['b'] = 2
od['c'] = 3
od.move_to_end('a')
od.move_to_end('c', last=False)
print(od, list(reversed(od)), od.popitem(), od.popitem(last=False), od, od == OrderedDict(b=2))
od2 = OrderedDict.fromkeys('xyz', 0)
od2 |= {'w': 1}
print(od2, od2 | {'v': 2}, list(od2.items()), od2.copy() == od2, copy.deepcopy(od2))

c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:4], c.total())
c.update('aaz')
c.subtract({'a': 2})
print(sorted(c.items()), Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5), Counter(a=3) & Counter(a=1))
print(Counter(a=1) | Counter(a=4, b=1), +Counter(a=-1, b=2), -Counter(a=-1), Counter({'x': 2}) == Counter(x=2))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4})['c'], cm.parents)
print(UserDict(a=1), UserList([1, 2]) + [3], collections.UserString('ab').upper())

print(copy.copy(deque([1], 3)), copy.deepcopy(deque([[1]])), copy.copy(defaultdict(int, a=1)))
dd = copy.deepcopy(defaultdict(list, a=[1]))
print(dd, dd.default_factory)


class History(deque):
    def __init__(self, items=(), maxlen=3):
        super().__init__(items, maxlen=maxlen)


h = History('abcd')
h.append('e')
print(h, copy.copy(h), type(copy.copy(h)).__name__, h.maxlen)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c'] = 1
print(t['a']['b'], type(t['a']).__name__, len(t))
