class OnlyContains:
    def __contains__(self, x):
        print('contains', x)
        return x == 1
print(1 in OnlyContains(), 2 not in OnlyContains())
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
print(20 in OnlyGetitem(), 25 in OnlyGetitem(), list(OnlyGetitem()))
try:
    1 in 5
except TypeError as e:
    print(e)
class Weird:
    def __contains__(self, x): return 'yes'
print(3 in Weird())
