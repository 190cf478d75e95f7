def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(h())
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'done'
print(k())
def m():
    x = 1
    try:
        return x
    finally:
        x = 2
print(m())
def loop_ret():
    while True:
        try:
            return 'from loop'
        finally:
            print('cleanup in loop')
print(loop_ret())
