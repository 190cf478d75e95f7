import pkg
print(pkg.__name__, pkg.INIT_VALUE, pkg.__package__, pkg.__path__[0].endswith('pkg'))
import pkg.sub
print(pkg.sub.NAME, pkg.sub.__package__, pkg.sub.__name__)
from pkg import sub as s
from pkg.sub import func
print(s is pkg.sub, func())
from pkg.nested.deep import where
print(where())
import pkg.nested
print(sorted(k for k in vars(pkg.nested) if not k.startswith('__')))
