# Python handlers run on the main thread for signals this process sends itself.
import os
import signal

calls = []


def handler(signum, frame):
    calls.append(signum)
    print('handler', signal.Signals(signum).name, type(frame).__name__, frame.f_code.co_name)


print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE))
old = signal.signal(signal.SIGUSR1, handler)
print('old', old)
print(signal.getsignal(signal.SIGUSR1) is handler)

os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', calls)
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal', calls)


def work():
    signal.raise_signal(signal.SIGUSR1)
    return 'work done'


print(work(), calls)

# A second handler replaces the first; the old one comes back from signal().
signal.signal(signal.SIGUSR2, lambda n, f: print('lambda got', n))
print(signal.signal(signal.SIGUSR2, handler) is not handler)
os.kill(os.getpid(), signal.SIGUSR2)
print(calls)

# SIG_IGN really ignores: the process survives and no handler runs.
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print('ignored', calls)
print(signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
print(signal.getsignal(signal.SIGUSR1))

# SIGCHLD's default action is to ignore it.
os.kill(os.getpid(), signal.SIGCHLD)
print('SIGCHLD default survived')


class Callable:
    def __call__(self, signum, frame):
        print('callable object got', signum)


signal.signal(signal.SIGUSR2, Callable())
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# The enums of Lib/signal.py over _signal.
print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, int(signal.SIGTERM))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK))
print(signal.Signals(10), signal.Signals['SIGALRM'].value, signal.SIGABRT is signal.SIGIOT)
print(sorted(s.name for s in signal.Signals)[:8], len(signal.Signals))
print(signal.Handlers.SIG_IGN, list(signal.Sigmasks))
print(signal.NSIG, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
valid = signal.valid_signals()
print(type(valid).__name__, len(valid), min(valid), max(valid), signal.SIGKILL in valid)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV), signal.strsignal(signal.SIGRTMIN + 2))
print(signal.ItimerError, signal.ItimerError.__mro__[1])
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGKILL))

# A handler that raises: the exception comes out of the call that sent the signal.
def raising(signum, frame):
    raise RuntimeError('from handler %d' % signum)


signal.signal(signal.SIGUSR1, raising)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
except RuntimeError as e:
    print('caught', e)
try:
    signal.raise_signal(signal.SIGUSR1)
    print('not reached')
except RuntimeError as e:
    print('caught', e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# pthread_sigmask: a blocked signal waits, pending, until it is unblocked.
signal.signal(signal.SIGUSR1, handler)
calls.clear()
old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
# The JVM's threads block SIGQUIT (its thread-dump signal), CPython's block nothing.
print('old mask', old_mask - {signal.SIGQUIT})
signal.raise_signal(signal.SIGUSR1)
print('blocked', calls, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]) - {signal.SIGQUIT})
import time
time.sleep(0.2)
print('unblocked', calls)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
