def f() -> a.:
    pass
