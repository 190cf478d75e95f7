try:
    int('x')
except ValueError:
    raise RuntimeError('context suppressed') from None
