package org.pythebo.modules._socket;

import static org.pythebo.modules.posix.SocketConstants.AF_INET;
import static org.pythebo.modules.posix.SocketConstants.AF_INET6;
import static org.pythebo.modules.posix.SocketConstants.AF_UNIX;
import static org.pythebo.modules.posix.SocketConstants.SOCK_STREAM;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules.posix.Descriptors;
import org.pythebo.modules.posix.ErrnoConstants;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.SocketConstants;
import org.pythebo.modules.posix.Sockets;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** The {@code _socket} module: the socket type, name lookups and address conversions. */
public final class SocketModule {
    private SocketModule() {}

    /** What each interpreter has its own of: the exception classes and the default timeout. */
    static final class State {
        final PyType herror = exceptionType("herror");
        final PyType gaierror = exceptionType("gaierror");
        /** socket.setdefaulttimeout's value in nanoseconds; negative for None. */
        volatile long defaultTimeout = -1;
    }

    private static PyType exceptionType(String name) {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "socket");
        return new PyType(PyType.TYPE, name, new PyType[] {Exc.OSError}, ns);
    }

    static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_socket", "Implementation module for socket operations.",
                SocketModule.class);
        State st = state(ts.interp);
        SocketConstants.TABLE.forEach(module.globals::put);
        module.globals.put("AF_DECnet", 12L);
        module.globals.put("socket", PySocket.TYPE);
        module.globals.put("SocketType", PySocket.TYPE);
        module.globals.put("error", Exc.OSError);
        module.globals.put("timeout", Exc.TimeoutError);
        module.globals.put("herror", st.herror);
        module.globals.put("gaierror", st.gaierror);
        module.globals.put("has_ipv6", true);
        return module;
    }

    /** socket.gaierror(code, message). */
    static PyException gaierror(ThreadState ts, int code, String message) {
        return new PyException((PyBaseException) Ops.call(ts, state(ts.interp).gaierror, new Object[] {(long) code,
                message}, null));
    }

    /** getaddrinfo with its failures as CPython raises them. */
    static List<Sockets.AddressInfo> lookup(ThreadState ts, byte[] host, byte[] port, int family, int type, int proto,
            int flags) {
        try {
            return Sockets.getaddrinfo(host, port, family, type, proto, flags);
        } catch (Sockets.LookupFailure e) {
            throw gaierror(ts, e.code(), e.getMessage());
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod(value = "($module, host, port, family=0, type=0, proto=0, flags=0)", args = ArgStyle.TUPLE)
    public static Object getaddrinfo(ThreadState ts, Object host, Object port, int family, int type, int proto,
            int flags) {
        byte[] hostBytes;
        if (host == Singleton.NONE) {
            hostBytes = null;
        } else if (host instanceof String s) {
            hostBytes = Convert.buffer(Ops.callMethod(ts, s, "encode", "idna")).toArray();
        } else if (host instanceof PyBytes b) {
            hostBytes = Convert.buffer(b).toArray();
        } else {
            throw PyException.typeError("getaddrinfo() argument 1 must be string or None");
        }
        byte[] portBytes;
        if (Convert.intValue(port) != null) {
            portBytes = Ops.str(ts, Convert.index(ts, port)).getBytes(StandardCharsets.US_ASCII);
        } else if (port instanceof String s) {
            portBytes = s.getBytes(StandardCharsets.UTF_8);
        } else if (port instanceof PyBytes b) {
            portBytes = Convert.buffer(b).toArray();
        } else if (port == Singleton.NONE) {
            portBytes = null;
        } else {
            throw PyException.of(Exc.OSError, "Int or String expected");
        }
        PyList result = new PyList();
        for (Sockets.AddressInfo info : lookup(ts, hostBytes, portBytes, family, type, proto, flags)) {
            Object canon = info.canonicalName() == null ? ""
                    : new String(info.canonicalName(), StandardCharsets.UTF_8);
            result.append(PyTuple.of((long) info.family(), (long) info.type(), (long) info.protocol(), canon,
                    SockAddr.decode(info.address())));
        }
        return result;
    }

    @PyMethod(value = "($module, sockaddr, flags, /)", args = ArgStyle.TUPLE)
    public static Object getnameinfo(ThreadState ts, Object sockaddr, int flags) {
        if (!(sockaddr instanceof PyTuple t) || t.size() < 2 || t.size() > 4) {
            throw PyException.typeError("getnameinfo(): illegal sockaddr argument");
        }
        Object host = t.get(0);
        if (!(host instanceof String)) {
            throw PyException.typeError("getnameinfo(): illegal sockaddr argument");
        }
        int port = Convert.asInt(ts, t.get(1));
        List<Sockets.AddressInfo> infos = lookup(ts, ((String) host).getBytes(StandardCharsets.UTF_8),
                Integer.toString(port).getBytes(StandardCharsets.US_ASCII), 0, SocketConstants.SOCK_DGRAM, 0, SocketConstants.AI_NUMERICHOST);
        if (infos.size() != 1) {
            throw PyException.of(Exc.OSError, "sockaddr resolved to multiple addresses");
        }
        Sockets.AddressInfo info = infos.get(0);
        byte[] address = info.address();
        if (info.family() == AF_INET) {
            if (t.size() != 2) {
                throw PyException.of(Exc.OSError, "IPv4 sockaddr must be 2 tuple");
            }
        } else if (info.family() == AF_INET6) {
            long flowinfo = t.size() > 2 ? Convert.asUnsignedLong(t.get(2)) : 0;
            long scope = t.size() > 3 ? Convert.asUnsignedLong(t.get(3)) : 0;
            address = SockAddr.inet6(Arrays.copyOfRange(address, 8, 24), port, (int) flowinfo, (int) scope);
        }
        try {
            byte[][] names = Sockets.getnameinfo(address, flags);
            return PyTuple.of(new String(names[0], StandardCharsets.UTF_8), new String(names[1], StandardCharsets.UTF_8));
        } catch (Sockets.LookupFailure e) {
            throw gaierror(ts, e.code(), e.getMessage());
        }
    }

    @PyMethod("($module, /)")
    public static Object gethostname() {
        return new String(Sockets.gethostname(), StandardCharsets.UTF_8);
    }

    private static byte[] hostArgument(ThreadState ts, Object host, String function) {
        if (host instanceof String s) {
            return Convert.buffer(Ops.callMethod(ts, s, "encode", "idna")).toArray();
        }
        PyBuffer b = Convert.bufferOrNull(host);
        if (b == null) {
            throw PyException.typeError(function + "() argument 1 must be str, bytes or bytearray, not "
                    + Ops.typeName(host));
        }
        return b.toArray();
    }

    @PyMethod(value = "($module, host, /)", args = ArgStyle.TUPLE)
    public static Object gethostbyname(ThreadState ts, Object host) {
        byte[] packed = SockAddr.resolve(ts, hostArgument(ts, host, "gethostbyname"), AF_INET);
        return Sockets.inetNtop(AF_INET, packed);
    }

    @PyMethod(value = "($module, host, /)", args = ArgStyle.TUPLE)
    public static Object gethostbyname_ex(ThreadState ts, Object host) {
        byte[] name = hostArgument(ts, host, "gethostbyname_ex");
        PyList addresses = new PyList();
        String canonical = new String(name, StandardCharsets.UTF_8);
        for (Sockets.AddressInfo info : lookup(ts, name, null, AF_INET, SOCK_STREAM, 0, SocketConstants.AI_CANONNAME)) {
            if (info.canonicalName() != null) {
                canonical = new String(info.canonicalName(), StandardCharsets.UTF_8);
            }
            addresses.append(Sockets.inetNtop(AF_INET, Arrays.copyOfRange(info.address(), 4, 8)));
        }
        return PyTuple.of(canonical, new PyList(), addresses);
    }

    @PyMethod(value = "($module, host, /)", args = ArgStyle.TUPLE)
    public static Object gethostbyaddr(ThreadState ts, Object host) {
        byte[] name = hostArgument(ts, host, "gethostbyaddr");
        Sockets.AddressInfo info = lookup(ts, name, null, 0, SOCK_STREAM, 0, 0).get(0);
        try {
            byte[][] names = Sockets.getnameinfo(info.address(), SocketConstants.NI_NAMEREQD);
            PyList addresses = new PyList();
            addresses.append(((PyTuple) SockAddr.decode(info.address())).get(0));
            return PyTuple.of(new String(names[0], StandardCharsets.UTF_8), new PyList(), addresses);
        } catch (Sockets.LookupFailure e) {
            throw new PyException((PyBaseException) Ops.call(ts, state(ts.interp).herror,
                    new Object[] {1L, "Unknown host"}, null));
        }
    }

    @PyMethod(value = "($module, servicename, protocolname=None, /)", args = ArgStyle.TUPLE)
    public static Object getservbyname(String service, String protocol) {
        int port = Sockets.servicePort(Convert.cString(service).getBytes(StandardCharsets.UTF_8),
                protocol == null ? null : Convert.cString(protocol).getBytes(StandardCharsets.UTF_8));
        if (port < 0) {
            throw PyException.of(Exc.OSError, "service/proto not found");
        }
        return (long) port;
    }

    @PyMethod(value = "($module, port, protocolname=None, /)", args = ArgStyle.TUPLE)
    public static Object getservbyport(int port, String protocol) {
        if (port < 0 || port > 0xffff) {
            throw PyException.overflow("getservbyport: port must be 0-65535.");
        }
        byte[] name = Sockets.serviceName(port,
                protocol == null ? null : Convert.cString(protocol).getBytes(StandardCharsets.UTF_8));
        if (name == null) {
            throw PyException.of(Exc.OSError, "port/proto not found");
        }
        return new String(name, StandardCharsets.UTF_8);
    }

    @PyMethod(value = "($module, protocolname, /)", args = ArgStyle.TUPLE)
    public static Object getprotobyname(String protocol) {
        int number = Sockets.protocolNumber(Convert.cString(protocol).getBytes(StandardCharsets.UTF_8));
        if (number < 0) {
            throw PyException.of(Exc.OSError, "protocol not found");
        }
        return (long) number;
    }

    @PyMethod(value = "($module, family=?, type=?, proto=?, /)", args = ArgStyle.TUPLE)
    public static Object socketpair(ThreadState ts, Object family, Object type, Object proto) {
        int f = family == null ? AF_UNIX : Convert.asInt(ts, family);
        int t = type == null ? SOCK_STREAM : Convert.asInt(ts, type);
        int p = proto == null ? 0 : Convert.asInt(ts, proto);
        int[] fds;
        try {
            fds = Sockets.socketpair(f, t | SocketConstants.SOCK_CLOEXEC, p);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return PyTuple.of(PySocket.adopt(ts, fds[0], f, t, p), PySocket.adopt(ts, fds[1], f, t, p));
    }

    @PyMethod(value = "($module, packed_ip, /)", args = ArgStyle.TUPLE)
    public static Object inet_ntoa(PyBuffer packed) {
        if (packed.length() != 4) {
            throw PyException.of(Exc.OSError, "packed IP wrong length for inet_ntoa");
        }
        return Sockets.inetNtop(AF_INET, packed.toArray());
    }

    @PyMethod(value = "($module, ip_addr, /)", args = ArgStyle.TUPLE)
    public static Object inet_aton(String text) {
        byte[] packed = Sockets.inetAton(Convert.cString(text).getBytes(StandardCharsets.UTF_8));
        if (packed == null) {
            throw PyException.of(Exc.OSError, "illegal IP address string passed to inet_aton");
        }
        return PyBytes.of(packed);
    }

    @PyMethod(value = "($module, address_family, ip_string, /)", args = ArgStyle.TUPLE)
    public static Object inet_pton(int family, String text) {
        if (family != AF_INET && family != AF_INET6) {
            throw PosixErrors.of(ErrnoConstants.EAFNOSUPPORT);
        }
        byte[] packed = Sockets.inetPton(family, Convert.cString(text).getBytes(StandardCharsets.UTF_8));
        if (packed == null) {
            throw PyException.of(Exc.OSError, "illegal IP address string passed to inet_pton");
        }
        return PyBytes.of(packed);
    }

    @PyMethod(value = "($module, address_family, packed_ip, /)", args = ArgStyle.TUPLE)
    public static Object inet_ntop(int family, PyBuffer packed) {
        if (family == AF_INET ? packed.length() != 4 : family == AF_INET6 && packed.length() != 16) {
            throw PyException.valueError("invalid length of packed IP address string");
        }
        if (family != AF_INET && family != AF_INET6) {
            throw PyException.valueError("unknown address family " + family);
        }
        return Sockets.inetNtop(family, packed.toArray());
    }

    private static long unsigned(ThreadState ts, Object x, int bits, String function) {
        Object v = Convert.index(ts, x);
        boolean negative = v instanceof Long l ? l < 0 : ((BigInteger) v).signum() < 0;
        if (bits == 16) {
            if (negative) {
                throw PyException.overflow(function + ": can't convert negative Python int to C 16-bit unsigned integer");
            }
            if (!(v instanceof Long l) || l > 0xffff) {
                throw PyException.overflow(function + ": Python int too large to convert to C 16-bit unsigned integer");
            }
            return (Long) v;
        }
        if (negative) {
            throw PyException.overflow("can't convert negative value to unsigned int");
        }
        if (!(v instanceof Long l) || l > 0xffffffffL) {
            throw PyException.overflow("int larger than 32 bits");
        }
        return (Long) v;
    }

    @PyMethod("($module, x, /)")
    public static Object htons(ThreadState ts, Object x) {
        return (long) (Short.reverseBytes((short) unsigned(ts, x, 16, "htons")) & 0xffff);
    }

    @PyMethod("($module, x, /)")
    public static Object ntohs(ThreadState ts, Object x) {
        return (long) (Short.reverseBytes((short) unsigned(ts, x, 16, "ntohs")) & 0xffff);
    }

    @PyMethod("($module, x, /)")
    public static Object htonl(ThreadState ts, Object x) {
        return Integer.reverseBytes((int) unsigned(ts, x, 32, "htonl")) & 0xffffffffL;
    }

    @PyMethod("($module, x, /)")
    public static Object ntohl(ThreadState ts, Object x) {
        return Integer.reverseBytes((int) unsigned(ts, x, 32, "ntohl")) & 0xffffffffL;
    }

    @PyMethod("($module, /)")
    public static Object getdefaulttimeout(ThreadState ts) {
        return PySocket.timeoutObject(state(ts.interp).defaultTimeout);
    }

    @PyMethod("($module, timeout, /)")
    public static Object setdefaulttimeout(ThreadState ts, Object timeout) {
        state(ts.interp).defaultTimeout = PySocket.timeoutNanos(ts, timeout);
        return null;
    }

    @PyMethod("($module, fd, /)")
    public static Object dup(ThreadState ts, Object fd) {
        try {
            int n = Descriptors.dup(Convert.asInt(ts, fd));
            Descriptors.setInheritable(n, false);
            return (long) n;
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, /)")
    public static Object close(ThreadState ts, Object fd) {
        try {
            Libc.close(Convert.asInt(ts, fd));
        } catch (PosixException e) {
            // As CPython: a connection the peer reset still counts as closed.
            if (e.errno() != ErrnoConstants.ECONNRESET) {
                throw PosixErrors.of(e);
            }
        }
        return null;
    }

    /** CMSG_LEN: the control message length for {@code length} bytes of data (16-byte header on Linux x86_64). */
    @PyMethod(value = "($module, length, /)", args = ArgStyle.TUPLE)
    public static Object CMSG_LEN(long length) {
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            throw PyException.overflow("CMSG_LEN() argument out of range");
        }
        return 16 + length;
    }

    @PyMethod(value = "($module, length, /)", args = ArgStyle.TUPLE)
    public static Object CMSG_SPACE(long length) {
        if (length < 0 || length > Integer.MAX_VALUE - 24) {
            throw PyException.overflow("CMSG_SPACE() argument out of range");
        }
        return 16 + ((length + 7) & ~7L);
    }
}
