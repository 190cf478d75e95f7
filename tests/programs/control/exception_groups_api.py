# BaseExceptionGroup/ExceptionGroup: construction rules, split/subgroup/derive, metadata copies.
def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup('x'))
attempt(lambda: ExceptionGroup('x', [ValueError()], 3))
attempt(lambda: ExceptionGroup('x', 5))
attempt(lambda: ExceptionGroup('x', {ValueError()}))
attempt(lambda: ExceptionGroup('x', [ValueError()], a=1))
attempt(lambda: ExceptionGroup('x', (ValueError(),)).args)
attempt(lambda: BaseExceptionGroup('x', [ValueError, KeyError()]))
class MyEG(ExceptionGroup):
    pass
attempt(lambda: MyEG('x', [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup):
    pass
attempt(lambda: MyBEG('x', [ValueError()]))
attempt(lambda: type(BaseExceptionGroup('x', [ValueError()])))
attempt(lambda: type(BaseExceptionGroup('x', [ValueError(), SystemExit()])))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__bases__, ExceptionGroup.__bases__, ExceptionGroup.__module__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
eg = ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3)])])
attempt(lambda: eg.split(5))
attempt(lambda: eg.split((ValueError, 5)))
attempt(lambda: eg.split(ValueError))
attempt(lambda: eg.split(lambda e: isinstance(e, TypeError)))
attempt(lambda: eg.split(ExceptionGroup)[0] is eg)
attempt(lambda: eg.subgroup(lambda e: True) is eg)
attempt(lambda: eg.subgroup(OSError))
attempt(lambda: eg.split(ValueError)[0].__suppress_context__)
attempt(lambda: str(ExceptionGroup('one', [ValueError()])))
attempt(lambda: (eg.message, eg.exceptions))
class D(ExceptionGroup):
    def derive(self, excs):
        return 5
attempt(lambda: D('d', [ValueError(), TypeError()]).split(ValueError))
e = ExceptionGroup('n', [ValueError(), TypeError()])
e.add_note('hi')
e.__cause__ = KeyError('c')
sub = e.subgroup(ValueError)
print(sub.__notes__, sub.__notes__ is e.__notes__, repr(sub.__cause__), sub.__suppress_context__)
try:
    raise e
except ExceptionGroup as caught:
    part = caught.subgroup(TypeError)
    print(part.__traceback__.tb_lineno, part.__traceback__.tb_frame is not None)
attempt(lambda: MyEG('x', [ValueError()]).derive([TypeError()]))
