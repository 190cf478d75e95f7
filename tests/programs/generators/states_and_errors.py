def gen():
    x = yield 1
    print("x =", x)
    yield 2

g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g), g.gi_suspended)
print(g.send("hello"))
g.close()
print(g.gi_frame, g.gi_suspended)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

stubborn = [True]


def ignores_exit():
    while stubborn[0]:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

ie = ignores_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print("RuntimeError:", e)
stubborn[0] = False
ie.close()

fresh = gen()
try:
    fresh.throw(IndexError, "before start")
except IndexError as e:
    print("IndexError:", e, fresh.gi_frame)

def ret():
    return 42
    yield

r = ret()
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
try:
    next(r)
except StopIteration as e:
    print("again", e.value)

try:
    gen().throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    gen().throw(ValueError("a"), "b")
except TypeError as e:
    print("TypeError:", e)
print(gen.__code__.co_flags & 0x20, type(gen()).__name__, gen().__name__, gen().__qualname__)
ge = (i for i in "ab")
print(type(ge).__name__, ge.__name__, list(ge), list(ge))
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
