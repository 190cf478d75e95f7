class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
    def __add__(self, o):
        return 'plain add'
a = Acc()
orig = a
a += 1
a += 2
print(a.v, a is orig)
class OnlyAdd:
    def __add__(self, o): return 'fallback add'
x = OnlyAdd()
x += 1
print(x)
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'add after NI'
y = NI()
y += 1
print(y)
l = [1]
l2 = l
l += [2]
print(l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class Ops:
    def __isub__(s, o): return 'isub'
    def __imul__(s, o): return 'imul'
    def __itruediv__(s, o): return 'itruediv'
    def __ifloordiv__(s, o): return 'ifloordiv'
    def __imod__(s, o): return 'imod'
    def __ipow__(s, o): return 'ipow'
    def __ilshift__(s, o): return 'ilshift'
    def __irshift__(s, o): return 'irshift'
    def __iand__(s, o): return 'iand'
    def __ior__(s, o): return 'ior'
    def __ixor__(s, o): return 'ixor'
    def __imatmul__(s, o): return 'imatmul'
for op in ['-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
    ns = {'z': Ops()}
    exec('z ' + op + ' 1', ns)
    print(op, ns['z'])
