class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml[:2]).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1)
print(md['a'], md['zz'], md.get('zz'))
class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hi')
print(s.shout(), s + 'x', type(s + 'x').__name__)
class MyInt(int):
    pass
i = MyInt(5)
print(i + 1, type(i + 1).__name__, repr(i))
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
print(MyTuple(1, 2, 3))
