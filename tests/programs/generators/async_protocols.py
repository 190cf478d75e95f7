class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("suspend", self.value)
        return got * 2


async def compute(x):
    a = await Awaitable(x)
    return a + 1


def drive(coro):
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print("driver got", request)
        value = request[1] + 100


print(drive(compute(5)))


class Ctx:
    async def __aenter__(self):
        print("enter")
        return "ctx"

    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    async with Ctx() as c:
        print("inside", c)
        raise KeyError("suppressed")
    out = []
    async for v in Counter(3):
        out.append(v)
    print(out, [v async for v in Counter(2)])
    return "ok"


print(drive(main()))


async def bad_await():
    await 5


try:
    drive(bad_await())
except TypeError as e:
    print("TypeError:", e)


async def bad_for():
    async for x in [1, 2]:
        pass


try:
    drive(bad_for())
except TypeError as e:
    print("TypeError:", e)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")


async def use_agen():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")


drive(use_agen())
c = compute(1)
print(type(c).__name__, c.__name__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
co = compute(1)
try:
    iter(co)
except TypeError as e:
    print("TypeError:", e)
co.close()
