# alarm and setitimer deliver SIGALRM; handlers interrupt sleeps, loops and lock waits.
import _thread
import signal
import time


class Alarm(Exception):
    pass


def raising(signum, frame):
    raise Alarm('alarm %s' % signal.Signals(signum).name)


signal.signal(signal.SIGALRM, raising)

# A handler that raises ends the sleep it interrupts.
print('alarm', signal.alarm(1))
start = time.monotonic()
try:
    time.sleep(30)
except Alarm as e:
    print('sleep interrupted:', e, time.monotonic() - start < 10)
print('alarm left', signal.alarm(0))

# setitimer: a one-shot timer interrupting a busy loop.
print('setitimer', signal.setitimer(signal.ITIMER_REAL, 0.05))
n = 0
try:
    while True:
        n += 1
except Alarm as e:
    print('loop interrupted:', e, n > 0)
print('after', signal.getitimer(signal.ITIMER_REAL))

# A for loop over a long range, inside a function.
def count():
    total = 0
    for i in range(10 ** 12):
        total += i
    return total


signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    count()
except Alarm as e:
    print('for loop interrupted:', e)

# A comprehension.
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    [i for i in range(10 ** 12)]
except Alarm as e:
    print('comprehension interrupted:', e)

# Waiting on a lock that is never released.
lock = _thread.allocate_lock()
lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except Alarm as e:
    print('lock wait interrupted:', e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire(timeout=30)
except Alarm as e:
    print('lock wait with timeout interrupted:', e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    with lock:
        print('not reached')
except Alarm as e:
    print('with lock interrupted:', e)

# A handler that returns: the sleep goes on for its whole length (PEP 475).
calls = []
signal.signal(signal.SIGALRM, lambda n, f: calls.append(n))
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
print('sleep resumed:', calls, time.monotonic() - start >= 0.29)
calls.clear()
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
print('acquire with timeout:', lock.acquire(timeout=0.3), calls, time.monotonic() - start >= 0.29)

# An interval timer fires repeatedly until cancelled.
calls.clear()
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
while len(calls) < 3:
    pass
old = signal.setitimer(signal.ITIMER_REAL, 0)
print('interval fired', len(calls) >= 3, old[1])
value, interval = signal.getitimer(signal.ITIMER_REAL)
print('cancelled', value, interval)

# pause returns once a handler has run.
signal.setitimer(signal.ITIMER_REAL, 0.05)
calls.clear()
print('pause', signal.pause(), calls)

# A virtual timer counts this process's CPU time.
signal.signal(signal.SIGVTALRM, raising)
signal.setitimer(signal.ITIMER_VIRTUAL, 0.05)
try:
    while True:
        pass
except Alarm as e:
    print('virtual timer:', e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.signal(signal.SIGVTALRM, signal.SIG_DFL)
