import nspkg.part
print(nspkg.part.X, nspkg.__file__ if hasattr(nspkg, '__file__') else 'no file', type(nspkg.__path__).__name__)
print(nspkg.__spec__.origin)
