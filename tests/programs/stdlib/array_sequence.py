# array: indexing, slicing, slice assignment and deletion, concatenation, repetition, in-place
# operators and comparisons, with their errors.
import array

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

A = array.array
a = A("i", range(10))
for key in ["2:5", "::-2", "10", "'x'", "-11", "-1", "True", "1.0", "::0", "5:2", "-3:", "2**70"]:
    print(key, "->", attempt(lambda: eval("a[" + key + "]")))

b = A("i", range(10))
def assign(key, value):
    b[key] = value
    return b

for key, value in [(slice(2, 4), A("i", [7, 7, 7])), (slice(2, 4), [1]), (slice(2, 4), A("d", [1])),
                   (slice(None, None, 2), A("i", [1])), (slice(None, None, 2), A("i", [0] * 6)),
                   (slice(None, None, -3), A("i", [5] * 4)), (slice(5, 2), A("i", [1, 2])), (slice(None), b),
                   (0, "x"), (100, 1), (-1, 99), ("a", 99), (0, 2**40), (1, 3.0)]:
    print(key, attempt(lambda: assign(key, value)))

def delete(key):
    del b[key]
    return b

for key in [slice(0, 3), slice(None, None, 2), slice(None, None, -2), 0, 100, "x", slice(5, 1)]:
    print(key, attempt(lambda: delete(key)))

for expr in ["A('i', [1, 2]) + A('i', [3])", "A('i', [1, 2]) + A('d', [3])", "A('i', [1, 2]) + [3]", "[3] + A('i', [1])",
             "A('i', [1, 2]) * 3", "2 * A('i', [1, 2])", "A('i', [1, 2]) * -1", "A('i', [1, 2]) * 'x'",
             "A('i', [1, 2]) * 2**70", "A('i', [1, 2]) == A('d', [1.0, 2.0])", "A('i', [1, 2]) < A('i', [1, 3])",
             "A('i', [1, 2]) < A('d', [1, 3])", "A('i', [1, 2]) < [1, 3]", "A('i', [1, 2]) == [1, 2]",
             "A('i', [1, 2]) != [1, 2]", "A('i', [1, 2]) <= A('i', [1, 2])", "A('i', [1, 2]) > A('i', [1])",
             "A('i', [1, 2]) >= A('i', [1, 2, 0])", "A('d', [float('nan')]) == A('d', [float('nan')])",
             "A('d', [float('nan')]) < A('d', [float('nan')])", "A('B', [200]) > A('b', [-1])",
             "A('Q', [2**64 - 1]) == A('Q', [2**64 - 1])", "A('u', 'ab') == A('u', 'ab')", "A('u', 'ab') < A('u', 'b')",
             "A('u', 'ab') == A('i', [97, 98])", "A('i') == A('d')", "hash(A('i'))", "list(reversed(A('i', [3, 1, 2])))",
             "sorted(A('i', [3, 1, 2]))", "sum(A('d', [0.5, 0.25]))", "max(A('b', [-3, 7, 2]))"]:
    print(expr, "->", attempt(lambda: eval(expr)))

c = A("i", [1])
c += A("i", [2])
print(c)
for rhs in [A("d", [2]), [2]]:
    try:
        c += rhs
    except TypeError as e:
        print(e)
c *= 2
print(c)
c *= 0
print(c, len(c))
c.extend([1, 2])
c *= -5
print(c)

it = iter(A("i", [1, 2, 3]))
print(type(it).__name__, next(it), it.__reduce__()[1:], list(it), it.__reduce__()[1:])
grow = A("i", [1])
seen = []
for v in grow:
    seen.append(v)
    if v < 4:
        grow.append(v + 1)
print(seen, grow)
