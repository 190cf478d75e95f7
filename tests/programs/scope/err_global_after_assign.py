def f():
    v = 1
    global v
