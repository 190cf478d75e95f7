from stars import *
print(sorted(k for k in dir() if not k.startswith('__')))
from noall import *
print(sorted(k for k in dir() if not k.startswith('__')))
