# PEP 562: a module's __getattr__ supplies missing attributes (once cached in its globals it is
# not called again); its AttributeError means "missing" to hasattr,
# getattr with a default and from-imports (which then say "cannot import name"), and other
# exceptions propagate. The Lib relies on it (concurrent.futures.ThreadPoolExecutor, io).
import lazy

print(lazy.loaded, lazy.EXPENSIVE, lazy.EXPENSIVE, lazy.loaded, dir(lazy))
try:
    lazy.missing
except AttributeError:
    print('AttributeError')
print(hasattr(lazy, 'nope'), getattr(lazy, 'nope', 'default'))
try:
    lazy.boom
except KeyError as e:
    print('KeyError', e)
try:
    from lazy import other
except ImportError as e:
    print('ImportError', str(e).replace(lazy.__file__, 'lazy.py'))
from lazy import EXPENSIVE
print(EXPENSIVE)
import concurrent.futures
print(concurrent.futures.ThreadPoolExecutor.__name__, 'ThreadPoolExecutor' in vars(concurrent.futures))
try:
    concurrent.futures.NoSuchExecutor
except AttributeError:
    print('AttributeError')
from io import TextIOWrapper
print(TextIOWrapper.__name__)
