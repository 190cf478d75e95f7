async def fails():
    raise ValueError('async failure')
async def catcher():
    try:
        await fails()
    except ValueError as e:
        return 'caught ' + str(e)
c = catcher()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def uncaught():
    await fails()
try:
    uncaught().send(None)
except ValueError as e:
    print('propagated', e)
async def with_finally():
    try:
        return 'ret'
    finally:
        print('async finally')
try:
    with_finally().send(None)
except StopIteration as e:
    print(e.value)
