def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: 1 // 0); t(lambda: 1 % 0); t(lambda: 1 / 0); t(lambda: 2**100 // 0); t(lambda: 0 ** -1); t(lambda: 1.0 / 0); t(lambda: 1.0 // 0.0); t(lambda: 1.0 % 0.0)
t(lambda: 2**10000 / 1); t(lambda: 2 ** -2); t(lambda: (-8) ** (1/3)); t(lambda: 10**400 / 10**399); t(lambda: 1 << -1); t(lambda: 1 >> -1); t(lambda: 1 << 2**100)
t(lambda: 7 // 2.0); t(lambda: -7 % 2.5); t(lambda: 5 % -3); t(lambda: -5 % 3); t(lambda: 5.5 // -2)
