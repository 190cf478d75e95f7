package org.pythebo.modules._socket;

import static org.pythebo.modules.posix.SocketConstants.AF_INET;
import static org.pythebo.modules.posix.SocketConstants.AF_INET6;
import static org.pythebo.modules.posix.SocketConstants.AF_UNIX;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.pythebo.modules.posix.Sockets;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/**
 * Socket addresses between their Python forms (a path for AF_UNIX, (host, port) for AF_INET,
 * (host, port, flowinfo, scope_id) for AF_INET6) and the bytes of the C structures, with
 * CPython's errors. Host names are resolved as CPython's setipaddr does: "" is any address,
 * "<broadcast>" the broadcast one, numbers are parsed, anything else goes to getaddrinfo.
 */
final class SockAddr {
    private SockAddr() {}

    /** sun_path's capacity in struct sockaddr_un. */
    private static final int UNIX_PATH_MAX = 108;

    /** The C address for {@code address} on a socket of {@code family}; {@code caller} names the method in errors. */
    static byte[] encode(ThreadState ts, int family, Object address, String caller) {
        switch (family) {
            case AF_UNIX:
                return unix(ts, address, caller);
            case AF_INET: {
                if (!(address instanceof PyTuple t)) {
                    throw PyException.typeError(caller + "(): AF_INET address must be tuple, not " + Ops.typeName(address));
                }
                if (t.size() != 2) {
                    throw PyException.typeError("AF_INET address must be a pair (host, port)");
                }
                byte[] host = hostBytes(ts, t.get(0));
                int port = port(ts, t.get(1), caller);
                return inet(resolve(ts, host, AF_INET), port);
            }
            case AF_INET6: {
                if (!(address instanceof PyTuple t)) {
                    throw PyException.typeError(caller + "(): AF_INET6 address must be tuple, not "
                            + Ops.typeName(address));
                }
                if (t.size() < 2 || t.size() > 4) {
                    throw PyException.typeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                }
                byte[] host = hostBytes(ts, t.get(0));
                int port = port(ts, t.get(1), caller);
                long flowinfo = t.size() > 2 ? Convert.asUnsignedLong(t.get(2)) : 0;
                if (flowinfo > 0xfffff) {
                    throw PyException.overflow(caller + "(): flowinfo must be 0-1048575.");
                }
                long scope = t.size() > 3 ? Convert.asUnsignedLong(t.get(3)) : 0;
                byte[] packed = resolve(ts, host, AF_INET6);
                return inet6(packed, port, (int) flowinfo, (int) scope);
            }
            default:
                throw PyException.of(Exc.OSError, caller + "(): bad family");
        }
    }

    private static byte[] unix(ThreadState ts, Object address, String caller) {
        byte[] path;
        if (address instanceof String s) {
            path = Fs.encode(s);
        } else {
            PyBuffer b = Convert.bufferOrNull(address);
            if (b == null) {
                throw PyException.typeError("a bytes-like object is required, not '" + Ops.typeName(address) + "'");
            }
            path = b.toArray();
        }
        boolean abstractName = path.length > 0 && path[0] == 0;
        if (path.length >= UNIX_PATH_MAX + (abstractName ? 1 : 0)) {
            throw PyException.of(Exc.OSError, "AF_UNIX path too long");
        }
        byte[] raw = new byte[2 + path.length + (abstractName ? 0 : 1)];
        raw[0] = (byte) AF_UNIX;
        System.arraycopy(path, 0, raw, 2, path.length);
        return raw;
    }

    private static byte[] hostBytes(ThreadState ts, Object host) {
        if (host instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return Convert.buffer(Ops.callMethod(ts, s, "encode", "idna")).toArray();
                }
            }
            return s.getBytes(StandardCharsets.US_ASCII);
        }
        if (host instanceof PyBytes || host instanceof PyByteArray) {
            return Convert.buffer(host).toArray();
        }
        throw PyException.typeError("str, bytes or bytearray expected, not " + Ops.typeName(host));
    }

    private static int port(ThreadState ts, Object o, String caller) {
        Object v = Convert.index(ts, o);
        if (!(v instanceof Long l) || l < 0 || l > 0xffff) {
            throw PyException.overflow(caller + "(): port must be 0-65535.");
        }
        return (int) (long) l;
    }

    /** The packed address of {@code host} in {@code family}, as setipaddr finds it. */
    static byte[] resolve(ThreadState ts, byte[] host, int family) {
        String text = new String(host, StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            return new byte[family == AF_INET ? 4 : 16];
        }
        if (text.equals("<broadcast>") || text.equals("255.255.255.255")) {
            if (family != AF_INET) {
                throw PyException.of(Exc.OSError, "address family mismatched");
            }
            return new byte[] {-1, -1, -1, -1};
        }
        byte[] packed = Sockets.inetPton(family, host);
        if (packed != null) {
            return packed;
        }
        List<Sockets.AddressInfo> infos = SocketModule.lookup(ts, host, null, family, 0, 0, 0);
        for (Sockets.AddressInfo info : infos) {
            if (info.family() == family) {
                return family == AF_INET ? Arrays.copyOfRange(info.address(), 4, 8)
                        : Arrays.copyOfRange(info.address(), 8, 24);
            }
        }
        throw SocketModule.gaierror(ts, -9, "Address family for hostname not supported");
    }

    static byte[] inet(byte[] packed, int port) {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.order(ByteOrder.LITTLE_ENDIAN).putShort((short) AF_INET);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) port).put(packed);
        return b.array();
    }

    static byte[] inet6(byte[] packed, int port, int flowinfo, int scope) {
        ByteBuffer b = ByteBuffer.allocate(28);
        b.order(ByteOrder.LITTLE_ENDIAN).putShort((short) AF_INET6);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) port).putInt(flowinfo).put(packed);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(scope);
        return b.array();
    }

    /** The Python form of a C address, as CPython's makesockaddr gives it. */
    static Object decode(byte[] raw) {
        if (raw.length < 2) {
            return Singleton.NONE;
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        int family = b.order(ByteOrder.LITTLE_ENDIAN).getShort(0) & 0xffff;
        b.order(ByteOrder.BIG_ENDIAN);
        switch (family) {
            case AF_INET:
                if (raw.length >= 8) {
                    return PyTuple.of(Sockets.inetNtop(AF_INET, Arrays.copyOfRange(raw, 4, 8)),
                            (long) (b.getShort(2) & 0xffff));
                }
                break;
            case AF_INET6:
                if (raw.length >= 28) {
                    return PyTuple.of(Sockets.inetNtop(AF_INET6, Arrays.copyOfRange(raw, 8, 24)),
                            (long) (b.getShort(2) & 0xffff), b.getInt(4) & 0xffffffffL,
                            b.order(ByteOrder.LITTLE_ENDIAN).getInt(24) & 0xffffffffL);
                }
                break;
            case AF_UNIX: {
                if (raw.length > 2 && raw[2] == 0) {
                    // Linux's abstract namespace: the name is every byte, NULs included.
                    return PyBytes.of(Arrays.copyOfRange(raw, 2, raw.length));
                }
                int end = 2;
                while (end < raw.length && raw[end] != 0) {
                    end++;
                }
                return Fs.decode(Arrays.copyOfRange(raw, 2, end));
            }
            default:
                break;
        }
        return PyTuple.of((long) family, PyBytes.of(Arrays.copyOfRange(raw, 2, raw.length)));
    }
}
