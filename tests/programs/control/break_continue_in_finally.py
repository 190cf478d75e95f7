def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 0:
                break
    return i
print(f())
def g():
    out = []
    for i in range(3):
        try:
            if i == 0:
                raise KeyError
        except KeyError:
            out.append('caught')
            continue
        finally:
            out.append(f'finally {i}')
        out.append(i)
    return out
print(g())
def h():
    for i in range(3):
        try:
            continue
        finally:
            print('finally with continue', i)
h()
