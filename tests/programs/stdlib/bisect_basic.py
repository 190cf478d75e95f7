# bisect as users use it: finding insertion points, keeping a list sorted, grading by
# breakpoints, key= on records, lo/hi bounds and the errors for bad arguments.
import bisect


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4)
print(s)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

records = [('black', 0), ('blue', 1), ('red', 5), ('yellow', 8)]
records.sort(key=lambda r: r[1])
keys = [r[1] for r in records]
print(records[bisect.bisect_left(keys, 5)])
print(bisect.bisect_left(records, 5, key=lambda r: r[1]), bisect.bisect_right(records, 5, key=lambda r: r[1]))
bisect.insort(records, ('green', 3), key=lambda r: r[1])
print(records)

words = ['apple', 'banana', 'cherry']
print(bisect.bisect_left(words, 'blueberry'), bisect.bisect_right(words, 'cherry'))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=3))
print(bisect.bisect_left([], 3), bisect.bisect_right((1, 2, 3), 2))
floats = [0.5, 1.5, 2.5]
print(bisect.bisect(floats, 1.5), bisect.bisect_left(floats, 1))


def find_le(seq, x):
    i = bisect.bisect_right(seq, x)
    if i:
        return seq[i - 1]
    raise ValueError('no item <= %r' % (x,))


print(find_le(a, 5))
show('find_le', lambda: find_le(a, 0))
show('negative lo', lambda: bisect.bisect_left(a, 1, -1))
show('not a sequence', lambda: bisect.bisect(5, 1))
show('mixed types', lambda: bisect.bisect([1, 2, 3], 'x'))
show('no args', lambda: bisect.bisect_left())
show('bad lo', lambda: bisect.bisect_left(a, 1, 'x'))
show('insort tuple', lambda: bisect.insort((1, 2), 3))
show('bad key', lambda: bisect.bisect(a, 1, key=5))
show('hi None', lambda: bisect.bisect(a, 4, 0, None))
