def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: int()); t(lambda: int('42')); t(lambda: int(' -7 ')); t(lambda: int('1_000')); t(lambda: int('ff', 16)); t(lambda: int('0x1F', 0))
t(lambda: int('0b101', 0)); t(lambda: int('z', 36)); t(lambda: int(3.99)); t(lambda: int(-3.99)); t(lambda: int('12', 2)); t(lambda: int('1.5'))
t(lambda: int(float('inf'))); t(lambda: int(float('nan'))); t(lambda: int(b'12')); t(lambda: int('10', 1)); t(lambda: int(None)); t(lambda: int('', 10))
t(lambda: float()); t(lambda: float('1.5')); t(lambda: float(' -inf ')); t(lambda: float('nan')); t(lambda: float('1e500')); t(lambda: float('abc'))
t(lambda: float(2**1024)); t(lambda: float('1_0.5')); t(lambda: float(True)); t(lambda: str()); t(lambda: str(123)); t(lambda: str(b'ab'))
t(lambda: str(b'caf\xc3\xa9', 'utf-8')); t(lambda: str(b'\xff', 'utf-8')); t(lambda: str(b'\xff', 'utf-8', 'replace')); t(lambda: str([1, 'a']))
t(lambda: int('٣')); t(lambda: float('١.٥')); t(lambda: int('0o17', 0)); t(lambda: int('017', 0)); t(lambda: int(' 0 ', 0))
