# asyncio's synchronisation and hand-off: Queue (producer/consumer, join, maxsize, get_nowait
# errors), Event, Lock, Semaphore, Condition, and run_in_executor / to_thread with threads.
import asyncio
import concurrent.futures
import threading
import time


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 6), consumer(q, out))
    await q.join()
    print(out, q.empty(), q.qsize(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    full = asyncio.Queue(1)
    full.put_nowait('a')
    try:
        full.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull', full.full())
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in (5, 1, 3):
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])

    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    waiters = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print('before set', seen, ev.is_set())
    ev.set()
    await asyncio.gather(*waiters)
    print('after set', sorted(seen), ev.is_set())

    lock = asyncio.Lock()
    log = []

    async def critical(i):
        async with lock:
            log.append(('in', i))
            await asyncio.sleep(0.005)
            log.append(('out', i))

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(log, lock.locked())

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited():
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1

    await asyncio.gather(*(limited() for _ in range(6)))
    print('peak', peak, sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)

    cond = asyncio.Condition()
    items = []

    async def wait_item():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    t = asyncio.create_task(wait_item())
    await asyncio.sleep(0)
    async with cond:
        items.append('item')
        cond.notify()
    print(await t)

    loop = asyncio.get_running_loop()

    def blocking(x):
        time.sleep(0.02)
        return x * 10, threading.current_thread() is not threading.main_thread()

    print(await loop.run_in_executor(None, blocking, 4))
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(5)))
    print(results)
    print(await asyncio.to_thread(blocking, 7))

    def from_thread():
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, 'threadsafe'), loop)
        return fut.result(5)

    print(await asyncio.to_thread(from_thread))

    def fails():
        raise RuntimeError('in executor')

    try:
        await loop.run_in_executor(None, fails)
    except RuntimeError as e:
        print('executor raised', e)


asyncio.run(main())
