class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def main():
    out = []
    it = aiter(AIt())
    out.append(await anext(it))
    async for v in it:
        out.append(v)
    out.append(await anext(it, 'default'))
    return out
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
