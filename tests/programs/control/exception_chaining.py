try:
    try:
        {}['a']
    except KeyError as e:
        raise ValueError('while handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError('explicit') from z
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('none') from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError('manual')
e.__cause__ = KeyError('c')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print(err)
