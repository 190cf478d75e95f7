# _heapq and _bisect (and the Lib's heapq and bisect on top of them): heap order, the max-heap
# helpers, key= for bisect, lo/hi handling, list subclasses and errors.
import _heapq
import _bisect
import heapq
import bisect


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, x)
print(h, _heapq.heappop(h), h, _heapq.heapreplace(h, 6), h, _heapq.heappushpop(h, 0), _heapq.heappushpop(h, 10), h)
data = [(i * 7919) % 1009 for i in range(3000)]
heap = list(data)
_heapq.heapify(heap)
print(all(heap[(i - 1) // 2] <= heap[i] for i in range(1, len(heap))), [_heapq.heappop(heap) for _ in range(5)])
mx = [5, 3, 8, 1, 9, 2]
_heapq._heapify_max(mx)
print(mx, _heapq._heappop_max(mx), mx, _heapq._heapreplace_max(mx, 0), mx)
words = ['pear', 'Apple', 'fig', 'banana']
_heapq.heapify(words)
print(words, [_heapq.heappop(words) for _ in range(4)])
pairs = [(2, 'b'), (1, 'z'), (1, 'a')]
_heapq.heapify(pairs)
print(pairs)


class MyList(list):
    pass


ml = MyList([3, 1, 2])
_heapq.heapify(ml)
print(ml, type(ml).__name__)
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), list(heapq.merge([1, 4, 7], [2, 5], [3, 6])))
print(heapq.nsmallest(2, ['a', 'B', 'c'], key=str.lower), list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(heapq.heappush is _heapq.heappush, heapq._heappop_max is _heapq._heappop_max)

show('pop empty', lambda: _heapq.heappop([]))
show('replace empty', lambda: _heapq.heapreplace([], 1))
show('pushpop empty', lambda: _heapq.heappushpop([], 1))
show('max pop empty', lambda: _heapq._heappop_max([]))
show('max replace empty', lambda: _heapq._heapreplace_max([], 0))
show('pop tuple', lambda: _heapq.heappop(()))
show('push tuple', lambda: _heapq.heappush((), 1))
show('heapify tuple', lambda: _heapq.heapify(()))
show('max pop tuple', lambda: _heapq._heappop_max(()))
show('max replace tuple', lambda: _heapq._heapreplace_max((), 1))
show('mixed types', lambda: _heapq.heapify([1, 'a', 2]))
show('push args', lambda: _heapq.heappush([]))
show('push keyword', lambda: _heapq.heappush(heap=[], item=1))
show('heapify none', lambda: _heapq.heapify())


class Shrinker:
    def __init__(self, target):
        self.target = target

    def __lt__(self, other):
        self.target.clear()
        return True


victim = []
victim.extend([Shrinker(victim), Shrinker(victim), Shrinker(victim)])
show('shrinks heapify', lambda: _heapq.heapify(victim))
victim = [1]
show('shrinks push', lambda: _heapq.heappush(victim, Shrinker(victim)))
print(_heapq.__about__.splitlines()[0], _heapq.heappush.__doc__, sep=' | ')

print('--- bisect')
a = [1, 2, 2, 2, 3, 5]
print(_bisect.bisect_left(a, 2), _bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
print(_bisect.bisect_left(a, 2, 2), _bisect.bisect_left(a, 2, 0, 2), _bisect.bisect_left(a, 2, lo=5), _bisect.bisect_left(a, 2, 0, -1))
print(_bisect.bisect_left(a, 2, 0, None), _bisect.bisect_right(a, 2, hi=3), _bisect.bisect_left(a, 2, 0, -5))
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[0]), _bisect.bisect_right(recs, 3, key=lambda r: r[0]))
_bisect.insort_left(recs, (3, 'new'), key=lambda r: r[0])
_bisect.insort_right(recs, (3, 'newer'), key=lambda r: r[0])
print(recs)
b = [1, 3]
_bisect.insort_right(b, 2)
_bisect.insort_left(b, 2)
bisect.insort(b, 4)
print(b, _bisect.bisect_left((1, 2, 3), 2), _bisect.bisect_left(range(10), 7), _bisect.bisect_right('abcd', 'c'))


class Logged(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)


lg = Logged([1, 3])
_bisect.insort_left(lg, 2)
print(lg)
show('lo negative', lambda: _bisect.bisect_left([1, 2, 3], 2, -1))
show('hi past end', lambda: _bisect.bisect_left([1, 2, 3], 2, 0, 10))
show('lo str', lambda: _bisect.bisect_left([1, 2, 3], 2, 'a'))
show('hi str', lambda: _bisect.bisect_left([1, 2, 3], 2, 0, 'a'))
show('lo huge', lambda: _bisect.bisect_left([1, 2, 3], 2, 2 ** 70))
show('hi huge', lambda: _bisect.bisect_left([1, 2, 3], 2, 0, 2 ** 70))
show('lo float', lambda: _bisect.bisect_left([1, 2, 3], 2, 1.0))
show('no len', lambda: _bisect.bisect_left(5, 2))
show('None', lambda: _bisect.bisect_left(None, 2))
show('mixed', lambda: _bisect.bisect_left([1, 'a'], 2))
show('missing x', lambda: _bisect.bisect_left([1, 2, 3]))
show('five positional', lambda: _bisect.bisect_left([1, 2, 3], 1, 0, 3, None))
show('insort tuple', lambda: _bisect.insort_left((1, 2, 3), 2))
print(_bisect.bisect_left(a=[1], x=1), _bisect.bisect_right.__doc__.splitlines()[0])
