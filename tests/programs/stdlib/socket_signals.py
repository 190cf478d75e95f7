# A blocking recv on the main thread runs signal handlers while it waits (PEP 475): a handler
# that sends data lets it return; one that raises ends it, with or without a timeout.
import signal, socket, time
a, b = socket.socketpair()
got = []
def handler(signum, frame):
    got.append(signum)
    b.send(b'wake')
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.1)
print(a.recv(10), got)
class Stop(Exception): pass
def raiser(signum, frame):
    raise Stop('interrupted')
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.1)
t = time.monotonic()
try:
    a.recv(10)
except Stop as e:
    print('Stop', e, time.monotonic() - t < 2)
a.settimeout(5)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    a.recv(10)
except Stop as e:
    print('Stop with timeout', e)
