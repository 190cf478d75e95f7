async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
class suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got
async def worker():
    a = await suspend('first')
    b = await suspend('second')
    return a + b
w = worker()
print(w.send(None))
print(w.send('A'))
try:
    w.send('B')
except StopIteration as e:
    print('worker', e.value)
