def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is not None, it.gi_code.co_name, it.__name__, it.__qualname__)
next(it)
print(it.gi_running, it.gi_frame is not None)
list(it)
print(it.gi_frame)
def self_ref():
    yield gen.gi_running
gen = self_ref()
print(next(gen))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(e)
