"""Re-entrant generators: with statements that suppress or return, try/except loops with throw and close, nested loops with break/else, recursive yield from."""
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return t is not None and issubclass(t, ValueError)
def g1():
    with Suppress():
        yield 1
        raise ValueError("x")
    yield 2
print(list(g1()))
def g2():
    with Suppress():
        x = yield 1
        return x
g = g2(); next(g)
try: g.send(42)
except StopIteration as e: print("ret", e.value)
def g3():
    while True:
        try:
            x = yield
        except GeneratorExit:
            print("closing")
            return
        except ValueError as e:
            print("ve", e)
g = g3(); next(g); g.throw(ValueError("a")); g.throw(ValueError("b")); g.close()
def g4():
    for i in range(5):
        for j in range(5):
            if j > i:
                break
            yield i, j
        else:
            yield "never"
print(list(g4()))
def g5(n):
    if n:
        yield from g5(n - 1)
        yield n
    else:
        return
print(list(g5(4)))
import sys
def g7():
    x = 0
    while x < 3:
        x += 1
        if x == 2:
            continue
        yield x
    else:
        yield "else"
print(list(g7()))
def g8():
    yield from ()
    yield from iter([])
    r = yield from g9()
    yield r
def g9():
    return "r9"
    yield
print(list(g8()))
def g10():
    try:
        yield 1
        yield 2
    except Exception:
        yield "caught"
    finally:
        print("fin10")
g = g10(); print(next(g), g.throw(KeyError), next(g, "done"))
def counter():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
c = counter(); next(c); c.send(1); c.send(2)
try: c.send(None)
except StopIteration as e: print("total", e.value)
gen = (i * j for i in range(3) for j in range(i) if j)
print(list(gen), list(gen))
def g11():
    yield 1
g = g11(); print(g.gi_frame is not None, next(g), g.gi_running)
for x in g: print("more", x)
print(g.gi_frame)
