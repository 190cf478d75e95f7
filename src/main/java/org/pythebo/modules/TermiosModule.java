package org.pythebo.modules;

import org.pythebo.modules.posix.Descriptors;
import org.pythebo.modules.posix.Errno;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.TermiosConstants;
import org.pythebo.modules.posix.Terminals;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/**
 * The {@code termios} module: terminal attributes as tcgetattr's seven-item list, the line
 * control calls and the window size. Failures raise {@code termios.error(errno, strerror)},
 * an exception class of each interpreter's module, as in CPython.
 */
public final class TermiosModule {
    private TermiosModule() {}

    /** Each interpreter's termios.error. */
    private static final class State {
        final PyType error;

        State() {
            PyDict ns = new PyDict();
            ns.setItem("__module__", "termios");
            error = new PyType(PyType.TYPE, "error", new PyType[] {Exc.Exception}, ns);
        }
    }

    private static PyType error(Interpreter interp) {
        return interp.moduleState(State.class, State::new).error;
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("termios", null, TermiosModule.class);
        TermiosConstants.TABLE.forEach(module.globals::put);
        module.globals.put("error", error(ts.interp));
        return module;
    }

    private static PyException failure(ThreadState ts, PosixException e) {
        return new PyException(new PyBaseException(error(ts.interp),
                PyTuple.of((long) e.errno(), Errno.strerror(e.errno()))));
    }

    @PyMethod("($module, fd, /)")
    public static Object tcgetattr(ThreadState ts, Object fd) {
        int n = Fs.fileDescriptor(ts, fd);
        Terminals.Attributes a;
        try {
            a = Terminals.tcgetattr(n);
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        PyList cc = new PyList();
        boolean canonical = (a.lflag() & TermiosConstants.ICANON) != 0;
        for (int i = 0; i < a.cc().length; i++) {
            boolean count = !canonical && (i == TermiosConstants.VMIN || i == TermiosConstants.VTIME);
            cc.append(count ? (Object) (long) (a.cc()[i] & 0xFF) : PyBytes.of(new byte[] {a.cc()[i]}));
        }
        PyList list = new PyList();
        list.append(Integer.toUnsignedLong(a.iflag()));
        list.append(Integer.toUnsignedLong(a.oflag()));
        list.append(Integer.toUnsignedLong(a.cflag()));
        list.append(Integer.toUnsignedLong(a.lflag()));
        list.append(Integer.toUnsignedLong(a.ispeed()));
        list.append(Integer.toUnsignedLong(a.ospeed()));
        list.append(cc);
        return list;
    }

    @PyMethod("($module, fd, when, attributes, /)")
    public static Object tcsetattr(ThreadState ts, Object fd, int when, Object attributes) {
        int n = Fs.fileDescriptor(ts, fd);
        if (!(attributes instanceof PyList list) || list.size() != 7) {
            throw PyException.typeError("tcsetattr, arg 3: must be 7 element list");
        }
        try {
            Terminals.tcgetattr(n);
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        int[] words = new int[6];
        for (int i = 0; i < 6; i++) {
            words[i] = (int) Convert.asLong(ts, list.get(i));
        }
        if (!(list.get(6) instanceof PyList ccList) || ccList.size() != 32) {
            throw PyException.typeError("tcsetattr: attributes[6] must be 32 element list");
        }
        byte[] cc = new byte[32];
        for (int i = 0; i < 32; i++) {
            Object c = ccList.get(i);
            if (c instanceof PyBytes b && b.size() == 1) {
                cc[i] = b.value()[0];
            } else if (Convert.intValue(c) != null) {
                cc[i] = (byte) Convert.asLong(ts, c);
            } else {
                throw PyException.typeError("tcsetattr: elements of attributes must be characters or integers");
            }
        }
        try {
            Terminals.tcsetattr(n, when, new Terminals.Attributes(words[0], words[1], words[2], words[3], words[4],
                    words[5], cc));
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        return null;
    }

    @PyMethod("($module, fd, duration, /)")
    public static Object tcsendbreak(ThreadState ts, Object fd, int duration) {
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Terminals.tcsendbreak(n, duration);
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        return null;
    }

    @PyMethod("($module, fd, /)")
    public static Object tcdrain(ThreadState ts, Object fd) {
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Terminals.tcdrain(n);
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        return null;
    }

    @PyMethod("($module, fd, queue, /)")
    public static Object tcflush(ThreadState ts, Object fd, int queue) {
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Terminals.tcflush(n, queue);
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        return null;
    }

    @PyMethod("($module, fd, action, /)")
    public static Object tcflow(ThreadState ts, Object fd, int action) {
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Terminals.tcflow(n, action);
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        return null;
    }

    /** struct winsize: rows, columns, then the two pixel sizes, as unsigned shorts. */
    private static byte[] winsize(ThreadState ts, int fd) {
        byte[] size = new byte[8];
        try {
            Descriptors.ioctl(fd, TermiosConstants.TIOCGWINSZ, size);
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        return size;
    }

    private static int unsignedShort(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    @PyMethod("($module, fd, /)")
    public static Object tcgetwinsize(ThreadState ts, Object fd) {
        byte[] size = winsize(ts, Fs.fileDescriptor(ts, fd));
        return PyTuple.of((long) unsignedShort(size, 0), (long) unsignedShort(size, 2));
    }

    @PyMethod("($module, fd, winsize, /)")
    public static Object tcsetwinsize(ThreadState ts, Object fd, Object winsize) {
        int n = Fs.fileDescriptor(ts, fd);
        if (!Fs.isSequence(winsize) || Ops.len(ts, winsize) != 2) {
            throw PyException.typeError("tcsetwinsize, arg 2: must be a two-item sequence");
        }
        long rows = Convert.asLong(ts, Ops.getItem(ts, winsize, 0L));
        long columns = Convert.asLong(ts, Ops.getItem(ts, winsize, 1L));
        byte[] size = winsize(ts, n);
        if (rows < 0 || rows > 0xFFFF || columns < 0 || columns > 0xFFFF) {
            throw PyException.overflow("winsize value(s) out of range.");
        }
        size[0] = (byte) rows;
        size[1] = (byte) (rows >> 8);
        size[2] = (byte) columns;
        size[3] = (byte) (columns >> 8);
        try {
            Descriptors.ioctl(n, TermiosConstants.TIOCSWINSZ, size);
        } catch (PosixException e) {
            throw failure(ts, e);
        }
        return null;
    }
}
