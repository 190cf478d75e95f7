def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('cleanup')
it = g()
next(it)
it.close()
print('closed')
it.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def ret():
    try:
        yield 1
    except GeneratorExit:
        return 'value ignored'
r = ret()
next(r)
print(r.close())
u = g()
u.close()
print('unstarted close ok')
