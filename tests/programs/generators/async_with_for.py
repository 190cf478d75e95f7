class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, *exc):
        print('aexit', exc[0].__name__ if exc[0] else None)
        return True
class AIter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main():
    async with ACM() as r:
        print('inside', r)
        async for x in AIter():
            print('item', x)
        raise ValueError('suppressed by aexit')
    return 'done'
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
