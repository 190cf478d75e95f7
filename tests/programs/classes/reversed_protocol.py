class R:
    def __reversed__(self): return iter('cba')
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Seq())))
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    reversed({1: 2}.keys() if False else object())
except TypeError as e:
    print(e)
