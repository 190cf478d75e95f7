# Traceback objects as the traceback module and unittest use them: tb_next can be cut and set,
# tb_lasti indexes the code's co_positions(), and TracebackException formats the result.
import traceback


def inner():
    return 1 / 0


def middle():
    return inner() + 1


def outer():
    return middle()


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    t = tb
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
    print(tb.tb_next is tb.tb_next)
    second = tb.tb_next
    second.tb_next = None
    print(len(list(traceback.walk_tb(tb))))
    print(''.join(traceback.format_tb(tb)))
    for bad in (1, second):
        try:
            second.tb_next = bad
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    print(''.join(traceback.TracebackException(type(e), e, e.__traceback__).format()))
