def f():
    return (**a)
