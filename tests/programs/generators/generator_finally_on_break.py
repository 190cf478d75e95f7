def g():
    try:
        for i in range(5):
            yield i
    finally:
        print('generator finally')
gen = g()
for v in gen:
    print(v)
    if v == 2:
        break
print('after loop')
gen.close()
print('closed')
it = g()
next(it)
it.close()
print('after close')
