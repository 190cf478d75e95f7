class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
s = Seq([1, 2, 3, 4])
print(len(s), s[0], s[-1], s[1:3])
s[0] = 10
del s[1]
print(s.data, list(s), list(reversed(s)))
class Slicer:
    def __getitem__(self, k): return k
sl = Slicer()
print(sl[1], sl[1:2], sl[::3], sl[1, 2], sl[..., 1:], sl['k'])
