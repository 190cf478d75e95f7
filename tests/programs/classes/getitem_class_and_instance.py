class M(type):
    def __getitem__(cls, k): return 'meta ' + str(k)
class C(metaclass=M):
    def __getitem__(self, k): return 'inst ' + str(k)
print(C[1], C()[2])
class L:
    def __len__(self): return 1
    def __getitem__(self, k): return k
print(len(L()), L()[5])
try:
    len(L)
except TypeError as e:
    print(e)
