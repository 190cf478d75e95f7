"""Generators suspended inside with, for/else, while/else, try bodies and yield from: send, throw and close resume exactly where each yield stood."""
import sys
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0]); return self.n == 99

def g1():
    try:
        for i in range(3):
            with CM(i) as v, CM(i + 10):
                x = yield v
                print("got", x)
            if i == 1:
                continue
            while i < 5:
                i += 2
                yield i
            else:
                yield "while-else"
        else:
            yield "for-else"
    finally:
        print("finally g1")

g = g1()
print(next(g)); print(g.send("a")); print(list(g))
g = g1(); print(next(g)); g.close(); print("closed")
g = g1(); print(next(g))
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))

def g2():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after"
    yield 3
    return "done"
g = g2(); print(next(g), g.throw(ValueError("v")), next(g))
try: next(g)
except StopIteration as e: print("stop", e.value)

def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except TypeError:
        print("inner caught")
        return "inner-ret"
    return "normal"
def outer():
    r = yield from inner()
    print("outer r", r)
    r2 = yield from [7, 8]
    print("r2", r2)
    yield from range(2)
g = outer(); print(next(g), g.send("s"), g.gi_yieldfrom is not None, g.throw(TypeError), list(g))

def g3():
    yield 1
g = g3()
try: g.throw(ValueError("early"))
except ValueError as e: print("early", e)
print(list(g))
g = g3(); g.close(); print(list(g))
try: g3().send(5)
except TypeError as e: print(e)
def g4():
    yield next(iter([]))
try: list(g4())
except RuntimeError as e: print("rt", e, repr(e.__cause__))
def g5():
    try:
        yield 1
    finally:
        yield 2
g = g5(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def rec(n):
    if n:
        yield n
        yield from rec(n - 1)
print(list(rec(5)))
def g6():
    me = yield
    try:
        next(me)
    except ValueError as e:
        print(e)
    yield "x"
g = g6(); next(g); print(g.send(g))
def g7():
    for i in range(3):
        if i == 1:
            break
        yield i
    else:
        yield "no"
    yield "end"
print(list(g7()))
def g8(n):
    while True:
        n -= 1
        if n < 0:
            return n
        if n % 2:
            continue
        yield n
print(list(g8(7)))
def g9():
    yield
    raise ValueError("in gen")
g = g9(); next(g)
try: next(g)
except ValueError as e: print("ve", e)
print(list(x for x in range(3) for y in range(x) if y))
ge = (x for x in range(3)); print(next(ge)); 
try: ge.throw(KeyError)
except KeyError: print("ge ke")
print(list(ge))
print(list((a, b) for a in range(3) if a for b in "xy"))
