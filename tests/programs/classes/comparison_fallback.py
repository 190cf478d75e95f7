class O: pass
a, b = O(), O()
print(a == a, a == b, a != b, a != a)
try:
    a < b
except TypeError as e:
    print(e)
class E:
    def __eq__(self, o): return True
print(E() != E(), E() == 5)
class NE:
    def __ne__(self, o): return 'custom ne'
print(NE() != 1, NE() == NE())
print(1 == 1.0, 'a' == b'a', (1, 2) == [1, 2], None == 0)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd')
