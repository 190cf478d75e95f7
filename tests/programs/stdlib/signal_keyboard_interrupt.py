# SIGINT's default handler raises KeyboardInterrupt in the main thread; uncaught, it ends the
# process killed by SIGINT after the traceback, as CPython does.
import _thread
import os
import signal
import time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

try:
    signal.raise_signal(signal.SIGINT)
    print('not reached')
except KeyboardInterrupt as e:
    print('caught', repr(e))

try:
    try:
        os.kill(os.getpid(), signal.SIGINT)
    finally:
        print('finally ran')
except KeyboardInterrupt:
    print('caught from kill')

# In the middle of a sleep and of a lock wait, through an alarm whose handler sends SIGINT.
signal.signal(signal.SIGALRM, lambda n, f: os.kill(os.getpid(), signal.SIGINT))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(30)
except KeyboardInterrupt:
    print('sleep interrupted by KeyboardInterrupt')
lock = _thread.allocate_lock()
lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except KeyboardInterrupt:
    print('lock wait interrupted by KeyboardInterrupt')

# SIG_IGN ignores Ctrl-C; the default handler comes back.
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('ignored SIGINT')
signal.signal(signal.SIGINT, signal.default_int_handler)


def deep(n):
    if n == 0:
        signal.raise_signal(signal.SIGINT)
    return deep(n - 1)


print('raising SIGINT, uncaught', flush=True)
deep(3)
