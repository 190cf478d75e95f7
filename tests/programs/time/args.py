# time's functions: CPython's argument errors (METH_O/NOARGS name "time.f()", PyArg_ParseTuple "f()") and attributes.
import time
cases = ["time.sleep()", "time.sleep(x=1)", "time.time(1)", "time.time(x=1)", "time.strftime()",
         "time.strftime(1, 2, 3)", "time.strftime(x=1)", "time.localtime(1, 2)", "time.localtime(x=1)",
         "time.gmtime(1, 2)", "time.ctime(1, 2)", "time.asctime(1, 2)", "time.asctime(x=1)", "time.mktime()",
         "time.get_clock_info()", "time.get_clock_info(1, 2)", "time.get_clock_info(x=1)", "time.monotonic(1)",
         "time.perf_counter(x=1)", "time.time_ns(1)"]
for c in cases:
    try:
        eval(c)
        print(c, "OK")
    except TypeError as e:
        print(c, "!!", e)
print(time.sleep.__module__, time.sleep.__self__, time.sleep.__qualname__, repr(time.time))
print(time.strftime.__text_signature__, time.localtime.__text_signature__)
