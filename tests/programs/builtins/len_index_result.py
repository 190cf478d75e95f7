class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class L:
    def __init__(self, r):
        self.r = r
    def __len__(self):
        return self.r
print(len(L(I(3))), len(L(True)), bool(L(I(0))), bool(L(I(2))))
for r in (-1, I(-2), 2**63, 2**100, -2**100, 1.5, 'x', None):
    try:
        print(len(L(r)))
    except Exception as e:
        print(type(e).__name__, e)
