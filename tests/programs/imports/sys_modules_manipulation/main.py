import sys
fake = type(sys)('fake_mod', 'a fake module')
fake.value = 'from sys.modules'
sys.modules['fake_mod'] = fake
import fake_mod
print(fake_mod.value, fake_mod.__doc__)
import cached
cached.state = 'modified'
del sys.modules['cached']
import cached as fresh
print(fresh.state)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
