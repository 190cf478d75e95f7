class Show:
    def __getitem__(self, k): return k
s = Show()
print(s[:], s[1:], s[:2], s[::3], s[1:2:3], s[::-1], s[None:None], s[1:2, 3], s[..., None])
sl = s[1:10:2]
print(sl.indices(5), sl.indices(100), slice(-1, -10, -2).indices(6), slice(None).indices(0))
print(list(range(10))[slice(2, 8)], 'abcdef'[slice(None, None, 2)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1) < slice(2), repr(slice('a', 'b')))
