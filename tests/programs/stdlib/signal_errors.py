# The signal module's argument checks and their messages.
import signal
import _thread
import time


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


handler = lambda n, f: None
for n in (0, -1, signal.NSIG, 1000):
    attempt('signal %d' % n, signal.signal, n, signal.SIG_DFL)
    attempt('getsignal %d' % n, signal.getsignal, n)
    attempt('strsignal %d' % n, signal.strsignal, n)
    attempt('raise_signal %d' % n, signal.raise_signal, n)
    attempt('siginterrupt %d' % n, signal.siginterrupt, n, 1)
attempt('signal SIGKILL', signal.signal, signal.SIGKILL, handler)
attempt('signal SIGSTOP', signal.signal, signal.SIGSTOP, signal.SIG_IGN)
attempt('signal bad handler', signal.signal, signal.SIGUSR1, 5)
attempt('signal None', signal.signal, signal.SIGUSR1, None)
attempt('signal str', signal.signal, 'SIGUSR1', handler)
attempt('signal big', signal.signal, 2 ** 70, handler)
attempt('signal float', signal.signal, 10.0, handler)
attempt('signal no args', signal.signal)
attempt('getsignal str', signal.getsignal, 'x')
attempt('alarm str', signal.alarm, 'x')
attempt('alarm none', signal.alarm, None)
attempt('setitimer which', signal.setitimer, 5, 1)
attempt('setitimer negative', signal.setitimer, signal.ITIMER_REAL, -1)
attempt('setitimer str', signal.setitimer, signal.ITIMER_REAL, 'x')
attempt('getitimer which', signal.getitimer, 7)
attempt('getitimer real', signal.getitimer, signal.ITIMER_REAL)
attempt('setitimer zero', signal.setitimer, signal.ITIMER_REAL, 0)
attempt('pthread_sigmask how', signal.pthread_sigmask, 7, [])
attempt('pthread_sigmask 0', signal.pthread_sigmask, signal.SIG_BLOCK, [0])
attempt('pthread_sigmask NSIG', signal.pthread_sigmask, signal.SIG_BLOCK, [signal.NSIG])
attempt('pthread_sigmask int', signal.pthread_sigmask, signal.SIG_BLOCK, 5)
attempt('pthread_sigmask str', signal.pthread_sigmask, signal.SIG_BLOCK, ['a'])
attempt('sigwait int', signal.sigwait, 5)
attempt('set_wakeup_fd bad fd', signal.set_wakeup_fd, 1000)
attempt('set_wakeup_fd -5', signal.set_wakeup_fd, -5)
attempt('set_wakeup_fd str', signal.set_wakeup_fd, 'x')
attempt('set_wakeup_fd -1', signal.set_wakeup_fd, -1, warn_on_full_buffer=False)
attempt('default_int_handler none', signal.default_int_handler)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('default_int_handler raises', repr(e))
ItimerError = signal.ItimerError
try:
    signal.setitimer(9, 1.0)
except ItimerError as e:
    print('ItimerError', e.errno, e.strerror, isinstance(e, OSError))


def in_thread():
    attempt('thread signal', signal.signal, signal.SIGUSR1, signal.SIG_DFL)
    attempt('thread set_wakeup_fd', signal.set_wakeup_fd, -1)
    attempt('thread getsignal', lambda: signal.getsignal(signal.SIGUSR1) is handler)
    attempt('thread strsignal', signal.strsignal, signal.SIGTERM)
    done.release()


# threading needs modules not all there yet; a bare _thread thread shows the same checks.
done = _thread.allocate_lock()
done.acquire()
_thread.start_new_thread(in_thread, ())
done.acquire()
