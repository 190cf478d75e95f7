async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    out = [v async for v in agen(3)]
    async for v in agen(2):
        out.append(-v)
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
ag = agen(1)
print(type(ag).__name__, type(ag.__anext__()).__name__)
