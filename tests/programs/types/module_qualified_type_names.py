# Built-in types of modules other than builtins: repr and error messages show "module.Name",
# __name__ and __qualname__ the bare name, __module__ the module.
import _io, _thread, time, sys

kinds = [_io.TextIOWrapper, _io.BufferedWriter, _io.BufferedReader, _io.FileIO, type(_thread.allocate_lock()),
         _thread.RLock, time.struct_time, type(sys.flags), type(sys.version_info), type(sys.float_info), int, type]
for t in kinds:
    print(repr(t), t.__name__, t.__qualname__, t.__module__)

f = open('/tmp/pythebo-types-test-names.txt', 'w')
for obj in [f, f.buffer, time.localtime(0), _thread.allocate_lock(), sys.flags]:
    try:
        obj.no_such_attribute
    except AttributeError as e:
        print(e)
f.close()
try:
    _thread.allocate_lock() + 1
except TypeError as e:
    print(e)
try:
    type(sys.flags)()
except TypeError as e:
    print(e)
print(object.__repr__(time.localtime(0)).split(' at ')[0])
print(object.__repr__(1).split(' at ')[0], object.__repr__(2 ** 100).split(' at ')[0], object.__repr__(()).split(' at ')[0])
print(repr(time.localtime(0))[:40])

class C:
    pass
class D(int):
    pass
print(repr(C), C.__name__, C.__module__, repr(D(3)), str(D(4)), object.__repr__(C()).split(' at ')[0])
try:
    C().missing
except AttributeError as e:
    print(e)

for n in [0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, -2 ** 63, 2 ** 100, True, False, D(7)]:
    print(n, n.__sizeof__())
print((1, 2).__getnewargs__(), ().__getnewargs__())
class T(tuple):
    pass
a = T((1, 2)).__getnewargs__()
print(a, type(a[0]))
