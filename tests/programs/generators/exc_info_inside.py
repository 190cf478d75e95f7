import sys

def gen():
    print("start", sys.exc_info()[0])
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("resumed in except", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]

g = gen()
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))
    print("caller sees", sys.exc_info()[0].__name__)
print("outside", sys.exc_info()[0])
print(next(g))
try:
    raise TypeError("t")
except TypeError:
    print(next(g, "end"))

def chained():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError("while handling")

c = chained()
next(c)
try:
    c.throw(ZeroDivisionError("zero"))
except ValueError as e:
    print(repr(e), repr(e.__context__))
