import mod
print(mod.__name__, mod.__doc__, mod.__spec__.name, mod.__loader__ is not None)
print(sorted(k for k in vars(mod) if not k.startswith('__')))
mod.added = 'later'
import mod as again
print(again.added)
print(__name__, __doc__, __spec__, __package__)
print(type(mod).__name__, repr(dir(mod)[:0]))
