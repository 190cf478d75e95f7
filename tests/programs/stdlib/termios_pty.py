# termios, tty and pty over a pseudo-terminal: attributes, raw mode, window size.
import os
import pty
import termios
import tty


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except BaseException as e:
        print(label, "->", type(e).__name__, e, e.args)


master, slave = os.openpty()
print("ttys:", os.isatty(master), os.isatty(slave), os.ttyname(slave).startswith("/dev/pts/"))
print("inheritable:", os.get_inheritable(master), os.get_inheritable(slave))
attrs = termios.tcgetattr(slave)
print("attrs:", len(attrs), [type(x).__name__ for x in attrs], len(attrs[6]), attrs[6][termios.VINTR])
print("canonical:", bool(attrs[3] & termios.ICANON), bool(attrs[3] & termios.ECHO))
tty.setraw(slave)
raw = termios.tcgetattr(slave)
print("raw:", bool(raw[3] & termios.ICANON), raw[6][termios.VMIN], raw[6][termios.VTIME])
termios.tcsetattr(slave, termios.TCSANOW, attrs)
print("restored:", termios.tcgetattr(slave) == attrs)
tty.setcbreak(slave)
print("cbreak:", bool(termios.tcgetattr(slave)[3] & termios.ICANON))
termios.tcsetattr(slave, termios.TCSADRAIN, attrs)
print("winsize:", termios.tcgetwinsize(slave))
termios.tcsetwinsize(slave, (30, 100))
print("set winsize:", termios.tcgetwinsize(slave), os.get_terminal_size(slave))
os.write(slave, b"to master\n")
print("master reads:", os.read(master, 100))
os.write(master, b"to slave\n")
print("slave reads:", os.read(slave, 100))
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcdrain(slave)
termios.tcflow(slave, termios.TCOON)
r, w = os.pipe()
attempt("tcgetattr pipe", termios.tcgetattr, r)
attempt("tcgetattr bad", termios.tcgetattr, 99999)
attempt("tcgetattr str", termios.tcgetattr, "a")
attempt("tcsetattr short", termios.tcsetattr, slave, termios.TCSANOW, [])
attempt("tcsetattr int", termios.tcsetattr, slave, termios.TCSANOW, 5)
attempt("tcsetattr pipe", termios.tcsetattr, r, termios.TCSANOW, attrs)
attempt("tcsetattr bad cc", termios.tcsetattr, slave, termios.TCSANOW, attrs[:6] + [[1.5] * 32])
attempt("tcsetattr short cc", termios.tcsetattr, slave, termios.TCSANOW, attrs[:6] + [[]])
attempt("tcsetwinsize int", termios.tcsetwinsize, slave, 5)
attempt("tcsetwinsize short", termios.tcsetwinsize, slave, (1,))
attempt("tcsetwinsize huge", termios.tcsetwinsize, slave, (2**20, 1))
print(termios.error.__module__, termios.error.__mro__[1].__name__, termios.TCSANOW, termios.B38400)
print(pty.STDIN_FILENO, pty.CHILD)
os.close(master)
os.close(slave)
