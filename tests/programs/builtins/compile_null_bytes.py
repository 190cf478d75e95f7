for src in ('x = 1\0', b'x = 1\0', 'x = "\0"', bytearray(b'\0')):
    for mode in ('exec', 'eval', 'single'):
        try:
            compile(src, 'f', mode)
        except Exception as e:
            print(type(e).__name__, e, getattr(e, 'lineno', None), getattr(e, 'offset', None))
    for f in (exec, eval):
        try:
            f(src)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
