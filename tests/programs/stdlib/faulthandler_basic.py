# faulthandler as test runners use it: enable/disable, tracebacks dumped to a descriptor now and
# after a timeout, and the argument errors. Thread ids vary, so they are masked.
import faulthandler
import io
import re
import sys
import tempfile
import time


def dumped(action):
    with tempfile.TemporaryFile() as f:
        action(f)
        f.seek(0)
        return re.sub(r"0x[0-9a-f]+", "0x...", f.read().decode())


print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())


def inner(f):
    faulthandler.dump_traceback(f, all_threads=False)


def outer(f):
    inner(f)


print(dumped(outer), end="")
print(dumped(lambda f: faulthandler.dump_traceback(file=f.fileno())), end="")


def later(f):
    faulthandler.dump_traceback_later(0.1, file=f)
    time.sleep(0.5)


print(dumped(later), end="")


def cancelled(f):
    faulthandler.dump_traceback_later(0.2, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.3)


print(repr(dumped(cancelled)))
faulthandler.cancel_dump_traceback_later()

for call in [lambda: faulthandler.enable(file=-1), lambda: faulthandler.enable(file=io.StringIO()),
             lambda: faulthandler.enable(file="x"), lambda: faulthandler.dump_traceback_later(0),
             lambda: faulthandler.dump_traceback_later(-1.5), lambda: faulthandler.dump_traceback_later(1e20),
             lambda: faulthandler.dump_traceback_later(float("nan")), lambda: faulthandler.is_enabled(1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
stderr = sys.stderr
sys.stderr = None
try:
    faulthandler.enable()
except RuntimeError as e:
    print("RuntimeError", e)
sys.stderr = stderr
