class Z:
    def __len__(self): return 0
class NZ:
    def __len__(self): return 3
class B:
    def __bool__(self): return False
    def __len__(self): return 5
class Plain: pass
print(bool(Z()), bool(NZ()), bool(B()), bool(Plain()))
print('yes' if NZ() else 'no', not Z())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print(e)
