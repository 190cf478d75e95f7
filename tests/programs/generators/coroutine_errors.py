async def f():
    return 1
c = f()
try:
    next(c)
except TypeError as e:
    print(e)
try:
    iter(c)
except TypeError as e:
    print(e)
c.close()
async def g():
    await 5
try:
    g().send(None)
except TypeError as e:
    print(e)
c2 = f()
try:
    c2.send(None)
except StopIteration as e:
    print(e.value)
try:
    c2.send(None)
except RuntimeError as e:
    print(e)
