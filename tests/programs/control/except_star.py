def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print('ValueError group:', repr(g))
    except* TypeError as g:
        print('TypeError group:', repr(g))
    except* Exception as g:
        print('rest:', repr(g))
run(ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)]))
print('--')
run(ValueError('naked'))
print('--')
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled ValueError part')
except ExceptionGroup as rest:
    print('unhandled remainder:', repr(rest))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise KeyError('new in handler')
except BaseException as e:
    print(type(e).__name__, repr(e.exceptions) if hasattr(e, 'exceptions') else e)
