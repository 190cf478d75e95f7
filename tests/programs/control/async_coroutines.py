log = []
class checkpoint:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        log.append(self.tag)
        yield self.tag
async def task(name, n):
    for i in range(n):
        await checkpoint(f'{name}{i}')
    return name.upper()
def run_all(coros):
    results = {}
    pending = list(coros)
    while pending:
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration as e:
                results[c.__name__ if False else id(c)] = e.value
                print('finished', e.value)
                pending.remove(c)
    return results
run_all([task('a', 2), task('b', 3), task('c', 1)])
print(log)
