class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], 'abcdef'[I(-1)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(range(I(3)), list(range(I(2), I(5))))
print([0] * I(3), operator_index := I(7).__index__())
class Bad:
    def __index__(self): return 1.5
try:
    [1][Bad()]
except TypeError as e:
    print(e)
try:
    key = 'a'
    [1][key]
except TypeError as e:
    print(e)
