def f() -> a if b:
    pass
