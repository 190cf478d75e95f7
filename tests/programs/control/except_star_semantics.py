# try/except*: splitting, re-raising, raising new exceptions, else/finally, sys.exc_info.
import sys
def show(label, e):
    if isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [show_leaf(x) for x in e.exceptions])
    else:
        print(label, repr(e))
def show_leaf(x):
    return repr(x) if not isinstance(x, BaseExceptionGroup) else (x.message, [show_leaf(y) for y in x.exceptions])
def run(body):
    try:
        body()
    except BaseException as e:
        show('escaped:', e)
def t1():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as g:
        show('caught', g)
        print('exc_info is the match:', sys.exc_info()[1] is g)
        raise KeyError('new')
    except* TypeError:
        raise
run(t1)
def t2():
    try:
        raise ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [ValueError(2), KeyError(3)])])
    except* (ValueError, KeyError) as g:
        show('tuple match', g)
run(t2)
def t3():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* TypeError:
        print('not reached')
    else:
        print('not reached either')
    finally:
        print('finally runs')
run(t3)
def t4():
    try:
        pass
    except* ValueError:
        pass
    else:
        print('else runs without exception')
run(t4)
def t5():
    try:
        raise TypeError('naked')
    except* TypeError as g:
        show('naked wrapped', g)
        print(g.exceptions[0].__traceback__ is not None, g.__traceback__)
run(t5)
def t6():
    try:
        raise TypeError('naked')
    except* TypeError:
        raise
run(t6)
def t7():
    try:
        raise BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as g:
        show('base group part', g)
run(t7)
def t8():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as g:
        e = ValueError('replacement')
        raise e from None
run(t8)
def t9():
    try:
        raise ValueError(1)
    except* 42:
        pass
run(t9)
def t10():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
run(t10)
def t11():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('a')
    except* TypeError:
        raise RuntimeError('b')
try:
    t11()
except ExceptionGroup as eg:
    show('two raised', eg)
    print([type(x.__context__).__name__ for x in eg.exceptions])
    print(eg.__context__, eg.__cause__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '+', excs)
def t12():
    try:
        raise MyEG('mine', [ValueError(1), TypeError(2)])
    except* ValueError as g:
        show('derived', g)
run(t12)
