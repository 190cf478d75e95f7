# What escapes a try/except*: the raised exceptions with the unhandled rest, in a new group.
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError('x')
    except* TypeError:
        raise
f()
