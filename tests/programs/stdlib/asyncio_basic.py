# asyncio: run, coroutines, tasks, gather, sleep ordering, wait_for and timeout(), cancellation,
# exceptions, TaskGroup, and the context each task runs in.
import asyncio
import contextvars

order = []


async def worker(name, delay, result):
    order.append(('start', name))
    await asyncio.sleep(delay)
    order.append(('end', name))
    return result


async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError('failed after %s' % delay)


async def main():
    print(await worker('direct', 0, 'r0'))
    results = await asyncio.gather(worker('a', 0.03, 1), worker('b', 0.01, 2), worker('c', 0.02, 3))
    print(results, order)

    task = asyncio.create_task(worker('task', 0.01, 'done'), name='my-task')
    print(task.get_name(), task.done())
    print(await task, task.done(), task.result(), task.cancelled())

    print(await asyncio.gather(failing(0.01), worker('ok', 0, 'fine'), return_exceptions=True))
    try:
        await asyncio.gather(failing(0.01), worker('ok2', 0.05, 'fine'))
    except ValueError as e:
        print('gather raised', e)

    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.02)
    except asyncio.TimeoutError as e:
        print('wait_for timed out', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker('quick', 0, 'in time'), timeout=1))

    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout() expired', cm.expired())

    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('sleeper cancelled')
            raise

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel('stop it')
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting cancelled task:', e.args, t.cancelled())

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('g1', 0.01, 'x'))
        t2 = tg.create_task(worker('g2', 0.02, 'y'))
    print('group', t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(0.01))
            tg.create_task(failing(0.02))
            tg.create_task(asyncio.sleep(10))
    except* ValueError as eg:
        print('group failed:', sorted(str(e) for e in eg.exceptions))

    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(d, d)) for d in (0.01, 5)],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()

    results = []
    for f in asyncio.as_completed([worker('s', 0.03, 'slow'), worker('f', 0.01, 'fast')]):
        results.append(await f)
    print(results)

    var = contextvars.ContextVar('var', default='unset')
    var.set('main')

    async def child(v):
        before = var.get()
        var.set(v)
        await asyncio.sleep(0)
        return before, var.get()

    print(await asyncio.gather(child('one'), child('two')), var.get())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'future value')
    loop.call_soon(order.append, 'call_soon ran')
    print(await fut, order[-1])
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
    shielded = asyncio.shield(worker('shield', 0.01, 'shielded'))
    print(await shielded)
    return 'main result'


print(asyncio.run(main()))


async def raises():
    await asyncio.sleep(0)
    raise KeyError('from coroutine')


try:
    asyncio.run(raises())
except KeyError as e:
    print('asyncio.run raised', repr(e))
