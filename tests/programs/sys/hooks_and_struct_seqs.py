import sys
print(sys.version_info)
print(type(sys.version_info).__name__, sys.version_info[:3] == (sys.version_info.major, sys.version_info.minor, sys.version_info.micro))
print(isinstance(sys.version_info, tuple), sys.version_info > (3,), sys.version_info + (1,) == tuple(sys.version_info) + (1,))
print(sys.float_info.max, sys.float_info.min, sys.float_info.mant_dig, sys.float_info[8])
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf, sys.maxunicode)
print(len(sys.flags), sys.flags.optimize, sys.flags.dev_mode, sys.flags.safe_path)
for t in [type(sys.version_info), type(sys.flags)]:
    try:
        t()
    except TypeError as e:
        print(e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print('AttributeError', e)
print(sys.implementation.version.major >= 0, type(sys.implementation).__name__)
sys.displayhook(None)
sys.displayhook([1, 'a'])
import builtins
print(builtins._)
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit(2.5)
except TypeError as e:
    print(e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
sys.settrace(None)
print(sys.gettrace(), sys.getprofile())
print(sys.getsizeof(1), sys.getsizeof(2**100), sys.getsizeof('abc'), sys.getsizeof(1.0), sys.getsizeof(()), sys.getsizeof(None))
class S:
    def __sizeof__(self):
        return 10
print(sys.getsizeof(S()) > 10)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.encoding, sys.stdin.mode, sys.stderr.errors)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.writable(), sys.stdin.readable())
print(repr(sys.stdout))
def hook(t, v, tb):
    print('hook:', t.__name__, v, type(tb).__name__)
sys.excepthook = hook
raise KeyError('boom')
