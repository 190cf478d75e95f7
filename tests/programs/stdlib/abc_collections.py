# The ABCs of _collections_abc (what collections.abc re-exports) on the _abc accelerator:
# isinstance/issubclass of built-in and user types, registration, mixin methods, and match
# statements that follow Sequence and Mapping.
import _collections_abc as cabc

values = [[], (), {}, set(), frozenset(), '', b'', range(3), 1, 1.5, None, iter([]), (x for x in []),
          {}.keys(), {}.items(), {}.values(), memoryview(b'')]
for abc_name in ['Container', 'Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Callable',
                 'Collection', 'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
                 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'ByteString']:
    abc = getattr(cabc, abc_name)
    print(abc_name, ''.join('1' if isinstance(v, abc) else '0' for v in values))

print(issubclass(dict, cabc.MutableMapping), issubclass(list, cabc.Mapping), issubclass(str, cabc.Sequence))


class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(3, 1, 2)
print(len(s), list(s), 2 in s, s.index(2), s.count(1), list(reversed(s)), isinstance(s, cabc.Reversible))


class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap(a=1, b=2)
print(dict(m), m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2})
try:
    cabc.Sequence()
except TypeError as e:
    print('TypeError:', e)


class Registered:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return 'item %d' % i

    def __len__(self):
        return 2


cabc.Sequence.register(Registered)
print(isinstance(Registered(), cabc.Sequence), issubclass(Registered, cabc.Collection))


def kind(subject):
    match subject:
        case {'a': value}:
            return 'mapping with a=%r' % value
        case [first, *rest]:
            return 'sequence starting %r' % first
        case _:
            return 'other'


print(kind(s), kind(m), kind(Registered()), kind([9]), kind({'a': 0}), kind('str'))


class Plain:
    pass


class SubSeq(MySeq):
    pass


print(kind(SubSeq(7)), kind(Plain()))
