import more_itertools as mi

print(list(mi.chunked(range(7), 3)), list(mi.windowed(range(5), 3)), mi.first([], default="none"))
print(list(mi.flatten([[1, 2], [3]])), list(mi.unique_everseen("AAAABBBCCDAABBB")), mi.ilen(x for x in range(10)))
print(list(mi.interleave_longest([1, 2, 3], "ab")), list(mi.pairwise("abcd")), list(mi.distinct_permutations([1, 1, 2])))
print([list(g) for g in mi.split_at(range(10), lambda x: x % 3 == 0)], list(mi.collapse([1, [2, [3, (4,)]]])))
peek = mi.peekable(iter("xyz"))
print(peek.peek(), next(peek), peek[1], list(peek))
print(mi.one([5]), mi.nth_or_last([1, 2], 5), list(mi.padded([1, 2], 0, 4)), list(mi.take(3, mi.repeatfunc(lambda: 1))))
try:
    mi.one([1, 2])
except ValueError as e:
    print("ValueError:", e)
print(list(mi.bucket("a1b2a3", key=lambda c: c.isalpha())[True]), mi.partition(lambda x: x > 2, range(5)).__class__.__name__)
print([list(p) for p in mi.partition(lambda x: x > 2, range(5))], list(mi.run_length.encode("aaabcc")))
print(list(mi.stagger(range(4))), list(mi.powerset([1, 2])), mi.quantify([3, 0, 4]))
print([list(g) for g in mi.consecutive_groups([1, 2, 4, 5, 6, 9])], sorted(mi.map_reduce("abca", lambda c: c).items()))
