def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args, repr(e.__cause__), e.__suppress_context__)
def r1(): raise ValueError
def r2(): raise ValueError('msg', 2)
def r3(): raise ValueError('x') from KeyError('cause')
def r4(): raise ValueError('x') from None
def r5():
    try:
        raise KeyError('k')
    except KeyError as e:
        raise ValueError('v') from e
def r6(): raise 5
def r7(): raise ValueError from 5
def r8(): raise
def r9(): raise TypeError('a').with_traceback(None)
def r10(): raise Exception()
for f in (r1, r2, r3, r4, r5, r6, r7, r8, r9, r10):
    t(f)
