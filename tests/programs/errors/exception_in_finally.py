try:
    print('try body')
finally:
    raise RuntimeError('from finally')
