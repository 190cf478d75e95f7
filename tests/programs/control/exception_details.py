# Attributes of built-in exceptions, their str()/repr(), __init__ rules and tracebacks.
def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
attempt(lambda: ValueError(1, x=3))
attempt(lambda: BaseException(x=3))
attempt(lambda: BaseException.__new__(ValueError, 1, 2, x=3).args)
class K(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
attempt(lambda: K(1, b=3).args)
attempt(lambda: ValueError().with_traceback(5))
attempt(lambda: ValueError().add_note(3))
attempt(lambda: (repr(OSError(2, 'x', 'f', 3, 'g')), str(OSError(2, 'x', 'f', 3, 'g'))))
attempt(lambda: (str(OSError(2, 'x', 'f')), OSError(2, 'x', 'f').filename, OSError(1).errno))
attempt(lambda: (OSError(1, 2, 3, 4, 5, 6).args, str(OSError(1, 2, 3, 4, 5, 6))))
attempt(lambda: [type(OSError(n, 'x')).__name__ for n in (1, 2, 4, 11, 13, 17, 20, 21, 32, 104, 110, 999)])
attempt(lambda: (IOError is OSError, EnvironmentError is OSError))
attempt(lambda: str(SyntaxError('m', ('f.py', 1, 2, 'txt', 1, 3))))
s = SyntaxError('bad', ('/a/b/mod.py', 3, 4, 'x = = 1\n', 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, s.args)
attempt(lambda: str(SyntaxError('only msg')))
attempt(lambda: (str(ImportError('a', 'b', name='x')), ImportError('m', name='n', path='p').path))
attempt(lambda: ImportError('a', foo=1))
attempt(lambda: (ImportError().msg, ModuleNotFoundError('nm', name='q').name))
attempt(lambda: AttributeError('a', foo=1))
attempt(lambda: (NameError('x', name='y').name, AttributeError('x', name='n', obj=[1]).obj))
attempt(lambda: (str(KeyError()), str(KeyError('k')), str(KeyError('a', 'b')), repr(KeyError(''))))
attempt(lambda: (StopIteration().value, StopIteration(1, 2).value, SystemExit(1, 2).code, SystemExit().code))
st = StopIteration(5)
st.value = 6
print(st.value, st.args)
e = Exception('x')
print(e.__traceback__, e.__notes__ if hasattr(e, '__notes__') else 'no notes')
def raiser():
    raise ValueError('deep')
try:
    raiser()
except ValueError as err:
    tb = err.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    fresh = RuntimeError('fresh')
    print(fresh.with_traceback(tb) is fresh, fresh.__traceback__.tb_lineno)
    fresh.__traceback__ = None
    print(fresh.__traceback__)
e = ValueError('primary')
e.add_note('note one')
e.add_note('')
e.add_note('multi\nline')
e.__notes__.append(42)
raise e
