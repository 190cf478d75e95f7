package org.pythebo.modules._socket;

import static org.pythebo.modules.posix.ErrnoConstants.EAGAIN;
import static org.pythebo.modules.posix.ErrnoConstants.EBADF;
import static org.pythebo.modules.posix.ErrnoConstants.ECONNRESET;
import static org.pythebo.modules.posix.ErrnoConstants.EINPROGRESS;
import static org.pythebo.modules.posix.ErrnoConstants.EINTR;
import static org.pythebo.modules.posix.SocketConstants.AF_INET;
import static org.pythebo.modules.posix.SocketConstants.SOCK_CLOEXEC;
import static org.pythebo.modules.posix.SocketConstants.SOCK_NONBLOCK;
import static org.pythebo.modules.posix.SocketConstants.SOCK_STREAM;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.pythebo.modules.posix.Descriptors;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.Polling;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.SelectConstants;
import org.pythebo.modules.posix.SocketConstants;
import org.pythebo.modules.posix.Sockets;
import org.pythebo.modules.posixmodule.Closer;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _socket.socket}: a descriptor from socket(2) with its family, type, protocol and
 * timeout. As in CPython, a socket with a timeout (or none at all, 0) has its descriptor in
 * non-blocking mode and waits with poll(2) before each call; a blocking socket on the main
 * thread waits in short polls too, so that signal handlers run while it waits (PEP 475). Lib's
 * socket.socket derives from it, so its instances are this class, recording their class.
 */
public final class PySocket extends PyObject implements HasDict {
    static final PyType TYPE = PyType.newBuiltin("_socket.socket", PyType.OBJECT, PySocket.class,
            PyType.Subclassing.OWN).allowWeakrefs();

    /** How long a blocking wait on the main thread polls before it looks for signals. */
    private static final int SIGNAL_CHECK_MILLIS = 50;

    private final PyType type;
    private volatile PyDict dict;
    /**
     * The descriptor; -1 once closed or detached. Shared with the cleaner that closes it when
     * the program drops the socket unclosed, as CPython's socket does when freed.
     */
    private final AtomicInteger fd = new AtomicInteger(-1);
    private Cleaner.Cleanable cleanable;
    private volatile int family = AF_INET;
    private volatile int kind = SOCK_STREAM;
    private volatile int proto;
    /** The timeout in nanoseconds: negative for none (blocking), 0 for non-blocking. */
    private volatile long timeout = -1;

    PySocket(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    dict = d = new PyDict();
                }
            }
        }
        return d;
    }

    private static PySocket self(Object self) {
        return (PySocket) self;
    }

    /** A new _socket.socket around {@code fd}, as socketpair makes them. */
    static PySocket adopt(ThreadState ts, int fd, int family, int type, int proto) {
        PySocket s = new PySocket(TYPE);
        s.init(ts, fd, family, type, proto);
        return s;
    }

    private void init(ThreadState ts, int fd, int family, int type, int proto) {
        this.fd.set(fd);
        synchronized (this) {
            if (cleanable == null) {
                AtomicInteger descriptor = this.fd;
                cleanable = Closer.register(ts.interp, this, () -> closeQuietly(descriptor.getAndSet(-1)));
            }
        }
        this.family = family;
        this.kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        this.proto = proto;
        long t = (type & SOCK_NONBLOCK) != 0 ? 0 : SocketModule.state(ts.interp).defaultTimeout;
        this.timeout = t;
        if (t >= 0) {
            setBlocking(fd, false);
        }
    }

    private static void closeQuietly(int fd) {
        if (fd >= 0) {
            try {
                Libc.close(fd);
            } catch (PosixException e) {
                // Nobody is left to tell.
            }
        }
    }

    private static void setBlocking(int fd, boolean blocking) {
        try {
            Descriptors.setBlocking(fd, blocking);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PySocket((PyType) cls);
    }

    @PyMethod(value = "($self, family=-1, type=-1, proto=-1, fileno=None)", args = ArgStyle.TUPLE)
    public static void __init__(ThreadState ts, Object self, int family, int type, int proto, Object fileno) {
        PySocket s = self(self);
        int fd;
        try {
            if (fileno != Singleton.NONE) {
                fd = Convert.asInt(ts, fileno);
                if (fd < 0) {
                    throw PyException.valueError("negative file descriptor");
                }
                if (family == -1) {
                    family = intOption(fd, SocketConstants.SO_DOMAIN);
                }
                if (type == -1) {
                    type = intOption(fd, SocketConstants.SO_TYPE);
                }
                if (proto == -1) {
                    proto = intOption(fd, SocketConstants.SO_PROTOCOL);
                }
            } else {
                family = family == -1 ? AF_INET : family;
                type = type == -1 ? SOCK_STREAM : type;
                proto = proto == -1 ? 0 : proto;
                fd = Sockets.socket(family, type | SOCK_CLOEXEC, proto);
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        s.init(ts, fd, family, type, proto);
    }

    private static int intOption(int fd, int option) {
        byte[] value = Sockets.getsockopt(fd, SocketConstants.SOL_SOCKET, option, 4);
        return ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** The descriptor, or EBADF as the C call on a closed socket fails. */
    private int openFd() {
        int n = fd.get();
        if (n < 0) {
            throw PosixErrors.of(EBADF);
        }
        return n;
    }

    /** One attempt at a call on the descriptor; a PosixException says it failed. */
    @FunctionalInterface
    private interface Call {
        long run(int fd);
    }

    /**
     * CPython's sock_call: waits until the descriptor is ready (with the socket's timeout, or on
     * the main thread in slices that let signal handlers run), makes the call, and retries it
     * after EINTR (handlers first) and, with a timeout, after EAGAIN.
     */
    private long io(ThreadState ts, boolean writing, Call call) {
        long t = timeout;
        long deadline = t > 0 ? System.nanoTime() + t : 0;
        while (true) {
            int n = openFd();
            if (t > 0 || t < 0 && ts.isMainThread()) {
                waitReady(ts, n, writing, t, deadline);
            }
            try {
                return call.run(n);
            } catch (PosixException e) {
                if (e.errno() == EINTR) {
                    checkSignals(ts);
                } else if (!(t > 0 && e.errno() == EAGAIN)) {
                    throw PosixErrors.of(e);
                }
            }
        }
    }

    private static void checkSignals(ThreadState ts) {
        if (ts.signalPending) {
            ts.runSignalHandlers();
        }
    }

    /** Polls {@code fd} until it is ready, TimeoutError "timed out" at the deadline of a positive timeout. */
    private static void waitReady(ThreadState ts, int fd, boolean writing, long t, long deadline) {
        short events = (short) (writing ? SelectConstants.POLLOUT : SelectConstants.POLLIN);
        boolean main = ts.isMainThread();
        while (true) {
            int millis;
            if (t > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw PyException.of(Exc.TimeoutError, "timed out");
                }
                millis = (int) Math.min(Integer.MAX_VALUE, Math.ceilDiv(left, 1_000_000L));
            } else {
                millis = -1;
            }
            if (main) {
                checkSignals(ts);
                millis = millis < 0 ? SIGNAL_CHECK_MILLIS : Math.min(millis, SIGNAL_CHECK_MILLIS);
            }
            try {
                if (Polling.poll(new int[] {fd}, new short[] {events}, new short[1], millis) > 0) {
                    return;
                }
            } catch (PosixException e) {
                throw PosixErrors.of(e);
            }
        }
    }

    @PyGetter("family")
    public static Object family(Object self) {
        return (long) self(self).family;
    }

    @PyGetter("type")
    public static Object type(Object self) {
        return (long) self(self).kind;
    }

    @PyGetter("proto")
    public static Object proto(Object self) {
        return (long) self(self).proto;
    }

    @PyGetter("timeout")
    public static Object timeout(Object self) {
        return timeoutObject(self(self).timeout);
    }

    static Object timeoutObject(long nanos) {
        return nanos < 0 ? Singleton.NONE : (Object) (nanos / 1e9);
    }

    /** A timeout argument in nanoseconds (rounded up, as CPython rounds timeouts), -1 for None. */
    static long timeoutNanos(ThreadState ts, Object value) {
        if (value == Singleton.NONE) {
            return -1;
        }
        long nanos;
        if (value instanceof Double d) {
            if (d.isNaN()) {
                throw PyException.valueError("Invalid value NaN (not a number)");
            }
            double ns = Math.ceil(d * 1e9);
            if (!(ns < 9.2e18)) {
                throw PyException.overflow("timestamp too large to convert to C _PyTime_t");
            }
            nanos = (long) ns;
        } else {
            Object v = Convert.index(ts, value);
            if (!(v instanceof Long l) || Math.abs(l) > 9_000_000_000L) {
                throw PyException.overflow("timestamp too large to convert to C _PyTime_t");
            }
            nanos = l * 1_000_000_000L;
        }
        if (nanos < 0) {
            throw PyException.valueError("Timeout value out of range");
        }
        return nanos;
    }

    @PyMethod("($self, timeout, /)")
    public static Object settimeout(ThreadState ts, Object self, Object value) {
        PySocket s = self(self);
        long t = timeoutNanos(ts, value);
        s.timeout = t;
        int n = s.fd.get();
        if (n >= 0) {
            setBlocking(n, t < 0);
        }
        return null;
    }

    @PyMethod("($self, /)")
    public static Object gettimeout(Object self) {
        return timeoutObject(self(self).timeout);
    }

    @PyMethod("($self, flag, /)")
    public static Object setblocking(ThreadState ts, Object self, Object flag) {
        PySocket s = self(self);
        boolean blocking = Ops.isTrue(ts, flag);
        s.timeout = blocking ? -1 : 0;
        int n = s.fd.get();
        if (n >= 0) {
            setBlocking(n, blocking);
        }
        return null;
    }

    @PyMethod("($self, /)")
    public static Object getblocking(Object self) {
        return self(self).timeout != 0;
    }

    @PyMethod("($self, /)")
    public static Object fileno(Object self) {
        return (long) self(self).fd.get();
    }

    @PyMethod("($self, /)")
    public static Object close(Object self) {
        int n = self(self).fd.getAndSet(-1);
        if (n >= 0) {
            try {
                Libc.close(n);
            } catch (PosixException e) {
                if (e.errno() != ECONNRESET) {
                    throw PosixErrors.of(e);
                }
            }
        }
        return null;
    }

    @PyMethod("($self, /)")
    public static Object detach(Object self) {
        return (long) self(self).fd.getAndSet(-1);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        PySocket s = self(self);
        return "<socket object, fd=" + s.fd.get() + ", family=" + s.family + ", type=" + s.kind + ", proto=" + s.proto + ">";
    }

    private byte[] address(ThreadState ts, Object address, String caller) {
        return SockAddr.encode(ts, family, address, caller);
    }

    @PyMethod("($self, address, /)")
    public static Object bind(ThreadState ts, Object self, Object address) {
        PySocket s = self(self);
        byte[] raw = s.address(ts, address, "bind");
        try {
            Sockets.bind(s.openFd(), raw);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod(value = "($self, backlog=?, /)", args = ArgStyle.TUPLE)
    public static Object listen(ThreadState ts, Object self, Object backlog) {
        PySocket s = self(self);
        int n = backlog == null ? Math.min(SocketConstants.SOMAXCONN, 128) : Math.max(0, Convert.asInt(ts, backlog));
        try {
            Sockets.listen(s.openFd(), n);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($self, /)")
    public static Object _accept(ThreadState ts, Object self) {
        PySocket s = self(self);
        Sockets.Accepted[] accepted = new Sockets.Accepted[1];
        s.io(ts, false, n -> {
            accepted[0] = Sockets.accept(n, SOCK_CLOEXEC);
            return 0;
        });
        return PyTuple.of((long) accepted[0].fd(), SockAddr.decode(accepted[0].address()));
    }

    /** connect(2) as CPython's internal_connect: the errno it ended with, 0 when connected. */
    private int connect(ThreadState ts, byte[] raw) {
        int n = openFd();
        int err = Sockets.connect(n, raw);
        if (err == EINTR) {
            checkSignals(ts);
            if (timeout == 0) {
                return err;
            }
        } else if (!(err == EINPROGRESS && timeout > 0)) {
            return err;
        }
        // The connection goes on in the background: wait for it, then ask how it ended.
        long t = timeout;
        waitReady(ts, n, true, t, t > 0 ? System.nanoTime() + t : 0);
        try {
            return intOption(n, SocketConstants.SO_ERROR);
        } catch (PosixException e) {
            return e.errno();
        }
    }

    @PyMethod("($self, address, /)")
    public static Object connect(ThreadState ts, Object self, Object address) {
        PySocket s = self(self);
        int err = s.connect(ts, s.address(ts, address, "connect"));
        if (err != 0) {
            throw PosixErrors.of(err);
        }
        return null;
    }

    @PyMethod("($self, address, /)")
    public static Object connect_ex(ThreadState ts, Object self, Object address) {
        PySocket s = self(self);
        return (long) s.connect(ts, s.address(ts, address, "connect_ex"));
    }

    @PyMethod(value = "($self, data, flags=0, /)", args = ArgStyle.TUPLE)
    public static Object send(ThreadState ts, Object self, PyBuffer data, int flags) {
        return self(self).io(ts, true, n -> Sockets.send(n, data.array(), data.offset(), data.length(), flags, null));
    }

    @PyMethod(value = "($self, data, flags=0, /)", args = ArgStyle.TUPLE)
    public static Object sendall(ThreadState ts, Object self, PyBuffer data, int flags) {
        PySocket s = self(self);
        int done = 0;
        while (done < data.length()) {
            int from = done;
            done += (int) s.io(ts, true,
                    n -> Sockets.send(n, data.array(), data.offset() + from, data.length() - from, flags, null));
            checkSignals(ts);
        }
        return null;
    }

    @PyMethod(value = "($self, data, flags_or_address, address=?, /)", args = ArgStyle.TUPLE)
    public static Object sendto(ThreadState ts, Object self, PyBuffer data, Object flagsOrAddress, Object address) {
        PySocket s = self(self);
        int flags = address == null ? 0 : Convert.asInt(ts, flagsOrAddress);
        byte[] raw = s.address(ts, address == null ? flagsOrAddress : address, "sendto");
        return s.io(ts, true, n -> Sockets.send(n, data.array(), data.offset(), data.length(), flags, raw));
    }

    private static int bufferSize(long size, String function) {
        if (size < 0) {
            throw PyException.valueError("negative buffersize in " + function);
        }
        return (int) Math.min(size, Integer.MAX_VALUE - 16);
    }

    @PyMethod(value = "($self, bufsize, flags=0, /)", args = ArgStyle.TUPLE)
    public static Object recv(ThreadState ts, Object self, long bufsize, int flags) {
        byte[] buffer = new byte[bufferSize(bufsize, "recv")];
        int count = (int) self(self).io(ts, false, n -> Sockets.receive(n, buffer, 0, buffer.length, flags).count());
        return PyBytes.of(count == buffer.length ? buffer : Arrays.copyOf(buffer, count));
    }

    @PyMethod(value = "($self, bufsize, flags=0, /)", args = ArgStyle.TUPLE)
    public static Object recvfrom(ThreadState ts, Object self, long bufsize, int flags) {
        byte[] buffer = new byte[bufferSize(bufsize, "recvfrom")];
        Sockets.Received[] got = new Sockets.Received[1];
        self(self).io(ts, false, n -> (got[0] = Sockets.receive(n, buffer, 0, buffer.length, flags)).count());
        int count = got[0].count();
        return PyTuple.of(PyBytes.of(count == buffer.length ? buffer : Arrays.copyOf(buffer, count)),
                SockAddr.decode(got[0].address()));
    }

    /** The writable buffer recv_into and recvfrom_into fill, and how much of it. */
    private static int intoLength(Object buffer, PyBuffer b, long nbytes, String function) {
        if (b.readonly()) {
            throw PyException.typeError(function + "() argument 1 must be read-write bytes-like object, not "
                    + Ops.typeName(buffer));
        }
        if (nbytes < 0) {
            throw PyException.valueError("negative buffersize in " + function);
        }
        if (nbytes == 0) {
            return b.length();
        }
        if (nbytes > b.length()) {
            throw PyException.valueError(function.equals("recv_into") ? "buffer too small for requested bytes"
                    : "nbytes is greater than the length of the buffer");
        }
        return (int) nbytes;
    }

    private static PyBuffer writable(Object buffer, String function) {
        PyBuffer b = Convert.bufferOrNull(buffer);
        if (b == null) {
            throw PyException.typeError(function + "() argument 1 must be read-write bytes-like object, not "
                    + Ops.typeName(buffer));
        }
        return b;
    }

    @PyMethod(value = "($self, buffer, nbytes=0, flags=0, /)", args = ArgStyle.TUPLE)
    public static Object recv_into(ThreadState ts, Object self, Object buffer, long nbytes, int flags) {
        PyBuffer b = writable(buffer, "recv_into");
        int length = intoLength(buffer, b, nbytes, "recv_into");
        return self(self).io(ts, false, n -> Sockets.receive(n, b.array(), b.offset(), length, flags).count());
    }

    @PyMethod(value = "($self, buffer, nbytes=0, flags=0, /)", args = ArgStyle.TUPLE)
    public static Object recvfrom_into(ThreadState ts, Object self, Object buffer, long nbytes, int flags) {
        PyBuffer b = writable(buffer, "recvfrom_into");
        int length = intoLength(buffer, b, nbytes, "recvfrom_into");
        Sockets.Received[] got = new Sockets.Received[1];
        self(self).io(ts, false, n -> (got[0] = Sockets.receive(n, b.array(), b.offset(), length, flags)).count());
        return PyTuple.of((long) got[0].count(), SockAddr.decode(got[0].address()));
    }

    @PyMethod("($self, how, /)")
    public static Object shutdown(ThreadState ts, Object self, Object how) {
        try {
            Sockets.shutdown(self(self).openFd(), Convert.asInt(ts, how));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($self, /)")
    public static Object getsockname(Object self) {
        try {
            return SockAddr.decode(Sockets.name(self(self).openFd(), false));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($self, /)")
    public static Object getpeername(Object self) {
        try {
            return SockAddr.decode(Sockets.name(self(self).openFd(), true));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod(value = "($self, level, option, value, optlen=?, /)", args = ArgStyle.TUPLE)
    public static Object setsockopt(ThreadState ts, Object self, int level, int option, Object value, Object optlen) {
        byte[] raw;
        if (value == Singleton.NONE && optlen != null) {
            raw = new byte[Convert.asInt(ts, optlen)];
        } else if (Convert.intValue(value) != null) {
            raw = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(Convert.asInt(ts, value)).array();
        } else {
            raw = Convert.buffer(value).toArray();
        }
        try {
            Sockets.setsockopt(self(self).openFd(), level, option, raw);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod(value = "($self, level, option, buflen=0, /)", args = ArgStyle.TUPLE)
    public static Object getsockopt(ThreadState ts, Object self, int level, int option, int buflen) {
        try {
            int n = self(self).openFd();
            if (buflen == 0) {
                return (long) intOption(n, level, option);
            }
            if (buflen < 0 || buflen > 1024) {
                throw PyException.of(Exc.OSError, "getsockopt buflen out of range");
            }
            return PyBytes.of(Sockets.getsockopt(n, level, option, buflen));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    private static int intOption(int fd, int level, int option) {
        byte[] value = Sockets.getsockopt(fd, level, option, 4);
        return value.length < 4 ? 0 : ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}
