m = __import__('pkgx.inner', fromlist=['value'])
print(m.__name__, m.value)
top = __import__('pkgx.inner')
print(top.__name__)
import sys
print(sys.modules['pkgx.inner'] is m, 'pkgx' in sys.modules)
rel = __import__('inner', globals={'__package__': 'pkgx', '__name__': 'pkgx.x'}, fromlist=['value'], level=1)
print(rel.value)
