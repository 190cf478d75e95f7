def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: abs(-5)); t(lambda: abs(-2.5)); t(lambda: abs(3 + 4j)); t(lambda: abs(True)); t(lambda: abs(-2**100))
t(lambda: divmod(7, 2)); t(lambda: divmod(-7, 2)); t(lambda: divmod(7, -2)); t(lambda: divmod(7.5, 2)); t(lambda: divmod(-7.5, 2))
t(lambda: divmod(1, 0)); t(lambda: divmod(1.0, 0)); t(lambda: divmod(2**70, 3))
t(lambda: pow(2, 10)); t(lambda: pow(2, -1)); t(lambda: pow(2, 10, 1000)); t(lambda: pow(3, -1, 7)); t(lambda: pow(2, 0.5))
t(lambda: pow(0, 0)); t(lambda: pow(-8, 1/3)); t(lambda: pow(2, 3, 0)); t(lambda: pow(2, -1, 4)); t(lambda: pow(2.0, 3, 5))
t(lambda: pow(base=2, exp=5)); t(lambda: pow(-2, 3, 5)); t(lambda: pow(2, 100, 10**9 + 7))
