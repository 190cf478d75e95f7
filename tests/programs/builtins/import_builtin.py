m = __import__('sys')
print(m.__name__, m.maxsize > 3)
import sys
print('sys' in sys.modules, m is sys)
try:
    __import__('no_such_module_xyz')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
