package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_CHAR;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.NULL;
import static org.pythebo.modules.posix.Native.errno;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The BSD socket calls, for the _socket module. Socket addresses cross this boundary as the raw
 * bytes of a C {@code struct sockaddr_*}; building and reading them is the caller's business.
 * No call here retries on EINTR: the caller runs the signal handlers first, as CPython does, and
 * then decides (PEP 475). Every failure is a {@link PosixException}, or for the name lookups a
 * {@link LookupFailure} carrying getaddrinfo's error code.
 */
public final class Sockets {
    private Sockets() {
    }

    /** The size of struct sockaddr_storage: room for any socket address. */
    public static final int SOCKADDR_MAX = 128;

    private static final class SocketCall {
        static final MethodHandle HANDLE = Native.errnoFunction("socket", C_INT, C_INT, C_INT, C_INT);
    }

    private static final class SocketpairCall {
        static final MethodHandle HANDLE = Native.errnoFunction("socketpair", C_INT, C_INT, C_INT, C_INT, C_POINTER);
    }

    private static final class BindCall {
        static final MethodHandle HANDLE = Native.errnoFunction("bind", C_INT, C_INT, C_POINTER, C_INT);
    }

    private static final class ConnectCall {
        static final MethodHandle HANDLE = Native.errnoFunction("connect", C_INT, C_INT, C_POINTER, C_INT);
    }

    private static final class ListenCall {
        static final MethodHandle HANDLE = Native.errnoFunction("listen", C_INT, C_INT, C_INT);
    }

    private static final class Accept4Call {
        static final MethodHandle HANDLE = Native.errnoFunction("accept4", C_INT, C_INT, C_POINTER, C_POINTER, C_INT);
    }

    private static final class SendCall {
        static final MethodHandle HANDLE = Native.errnoFunction("send", C_LONG, C_INT, C_POINTER, C_LONG, C_INT);
    }

    private static final class SendtoCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("sendto", C_LONG, C_INT, C_POINTER, C_LONG, C_INT, C_POINTER, C_INT);
    }

    private static final class RecvfromCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("recvfrom", C_LONG, C_INT, C_POINTER, C_LONG, C_INT, C_POINTER, C_POINTER);
    }

    private static final class ShutdownCall {
        static final MethodHandle HANDLE = Native.errnoFunction("shutdown", C_INT, C_INT, C_INT);
    }

    private static final class GetsocknameCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getsockname", C_INT, C_INT, C_POINTER, C_POINTER);
    }

    private static final class GetpeernameCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getpeername", C_INT, C_INT, C_POINTER, C_POINTER);
    }

    private static final class SetsockoptCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("setsockopt", C_INT, C_INT, C_INT, C_INT, C_POINTER, C_INT);
    }

    private static final class GetsockoptCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("getsockopt", C_INT, C_INT, C_INT, C_INT, C_POINTER, C_POINTER);
    }

    private static final class GetaddrinfoCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("getaddrinfo", C_INT, C_POINTER, C_POINTER, C_POINTER, C_POINTER);
        static final MethodHandle FREE = Native.function("freeaddrinfo", null, C_POINTER);
    }

    private static final class GetnameinfoCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getnameinfo", C_INT, C_POINTER, C_INT, C_POINTER,
                C_INT, C_POINTER, C_INT, C_INT);
    }

    private static final class GaiStrerrorCall {
        static final MethodHandle HANDLE = Native.function("gai_strerror", C_POINTER, C_INT);
    }

    private static final class GethostnameCall {
        static final MethodHandle HANDLE = Native.errnoFunction("gethostname", C_INT, C_POINTER, C_LONG);
    }

    private static final class InetPtonCall {
        static final MethodHandle HANDLE = Native.function("inet_pton", C_INT, C_INT, C_POINTER, C_POINTER);
    }

    private static final class InetNtopCall {
        static final MethodHandle HANDLE = Native.errnoFunction("inet_ntop", C_POINTER, C_INT, C_POINTER, C_POINTER,
                C_INT);
    }

    private static final class InetAtonCall {
        static final MethodHandle HANDLE = Native.function("inet_aton", C_INT, C_POINTER, C_POINTER);
    }

    private static final class GetservbynameCall {
        static final MethodHandle HANDLE = Native.function("getservbyname_r", C_INT, C_POINTER, C_POINTER,
                C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    private static final class GetservbyportCall {
        static final MethodHandle HANDLE = Native.function("getservbyport_r", C_INT, C_INT, C_POINTER,
                C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    private static final class GetprotobynameCall {
        static final MethodHandle HANDLE = Native.function("getprotobyname_r", C_INT, C_POINTER,
                C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    /** A failed getaddrinfo or getnameinfo: its EAI_* code and gai_strerror's text for it. */
    public static final class LookupFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int code;

        LookupFailure(int code) {
            super(gaiStrerror(code), null, false, false);
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /** EAI_SYSTEM: the lookup failed with errno, which then says why. */
    private static final int EAI_SYSTEM = -11;

    private static String gaiStrerror(int code) {
        try {
            MemorySegment text = (MemorySegment) GaiStrerrorCall.HANDLE.invokeExact(code);
            return new String(Native.readCString(text), StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** socket(2). */
    public static int socket(int family, int type, int protocol) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int fd = (int) SocketCall.HANDLE.invokeExact(state, family, type, protocol);
            if (fd < 0) {
                throw new PosixException(errno(state), "socket");
            }
            return fd;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** socketpair(2): the two connected descriptors. */
    public static int[] socketpair(int family, int type, int protocol) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment fds = arena.allocate(C_INT, 2);
            if ((int) SocketpairCall.HANDLE.invokeExact(state, family, type, protocol, fds) < 0) {
                throw new PosixException(errno(state), "socketpair");
            }
            return new int[] {fds.getAtIndex(C_INT, 0), fds.getAtIndex(C_INT, 1)};
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static MemorySegment address(Arena arena, byte[] address) {
        MemorySegment segment = arena.allocate(Math.max(address.length, 1), 8);
        MemorySegment.copy(address, 0, segment, C_CHAR, 0, address.length);
        return segment;
    }

    /** bind(2). */
    public static void bind(int fd, byte[] address) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) BindCall.HANDLE.invokeExact(state, fd, address(arena, address), address.length) < 0) {
                throw new PosixException(errno(state), "bind");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** connect(2): 0, or the errno it failed with (EINPROGRESS and EINTR included). */
    public static int connect(int fd, byte[] address) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result = (int) ConnectCall.HANDLE.invokeExact(state, fd, address(arena, address), address.length);
            return result < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** listen(2). */
    public static void listen(int fd, int backlog) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) ListenCall.HANDLE.invokeExact(state, fd, backlog) < 0) {
                throw new PosixException(errno(state), "listen");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** A connection accept took: its descriptor and the peer's address. */
    public record Accepted(int fd, byte[] address) {
    }

    /** accept4(2) with {@code flags} (SOCK_CLOEXEC, SOCK_NONBLOCK). */
    public static Accepted accept(int fd, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment address = arena.allocate(SOCKADDR_MAX, 8);
            MemorySegment length = arena.allocateFrom(C_INT, SOCKADDR_MAX);
            int conn = (int) Accept4Call.HANDLE.invokeExact(state, fd, address, length, flags);
            if (conn < 0) {
                throw new PosixException(errno(state), "accept");
            }
            return new Accepted(conn, addressBytes(address, length));
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static byte[] addressBytes(MemorySegment address, MemorySegment length) {
        int n = Math.min(length.get(C_INT, 0), SOCKADDR_MAX);
        return address.asSlice(0, n).toArray(C_CHAR);
    }

    /** send(2), or sendto(2) when {@code address} is not null: the count sent. */
    public static int send(int fd, byte[] data, int offset, int length, int flags, byte[] address) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Math.max(length, 1));
            MemorySegment.copy(data, offset, buffer, C_CHAR, 0, length);
            long sent = address == null
                    ? (long) SendCall.HANDLE.invokeExact(state, fd, buffer, (long) length, flags)
                    : (long) SendtoCall.HANDLE.invokeExact(state, fd, buffer, (long) length, flags,
                            address(arena, address), address.length);
            if (sent < 0) {
                throw new PosixException(errno(state), "send");
            }
            return (int) sent;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** What recvfrom received: the count, and the sender's address (empty when it has none). */
    public record Received(int count, byte[] address) {
    }

    /** recvfrom(2) into {@code buffer[offset, offset + length)}. */
    public static Received receive(int fd, byte[] buffer, int offset, int length, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment nativeBuffer = arena.allocate(Math.max(length, 1));
            MemorySegment address = arena.allocate(SOCKADDR_MAX, 8);
            MemorySegment addressLength = arena.allocateFrom(C_INT, SOCKADDR_MAX);
            long count = (long) RecvfromCall.HANDLE.invokeExact(state, fd, nativeBuffer, (long) length, flags, address,
                    addressLength);
            if (count < 0) {
                throw new PosixException(errno(state), "recv");
            }
            MemorySegment.copy(nativeBuffer, C_CHAR, 0, buffer, offset, (int) count);
            return new Received((int) count, addressBytes(address, addressLength));
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** shutdown(2). */
    public static void shutdown(int fd, int how) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) ShutdownCall.HANDLE.invokeExact(state, fd, how) < 0) {
                throw new PosixException(errno(state), "shutdown");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** getsockname(2), or getpeername(2) when {@code peer}. */
    public static byte[] name(int fd, boolean peer) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment address = arena.allocate(SOCKADDR_MAX, 8);
            MemorySegment length = arena.allocateFrom(C_INT, SOCKADDR_MAX);
            int result = peer
                    ? (int) GetpeernameCall.HANDLE.invokeExact(state, fd, address, length)
                    : (int) GetsocknameCall.HANDLE.invokeExact(state, fd, address, length);
            if (result < 0) {
                throw new PosixException(errno(state), peer ? "getpeername" : "getsockname");
            }
            return addressBytes(address, length);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** setsockopt(2) with the option value's bytes. */
    public static void setsockopt(int fd, int level, int option, byte[] value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = value.length == 0 ? NULL : address(arena, value);
            if ((int) SetsockoptCall.HANDLE.invokeExact(state, fd, level, option, buffer, value.length) < 0) {
                throw new PosixException(errno(state), "setsockopt");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** getsockopt(2) with room for {@code capacity} bytes: the bytes the option's value took. */
    public static byte[] getsockopt(int fd, int level, int option, int capacity) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Math.max(capacity, 1), 8);
            MemorySegment length = arena.allocateFrom(C_INT, capacity);
            if ((int) GetsockoptCall.HANDLE.invokeExact(state, fd, level, option, buffer, length) < 0) {
                throw new PosixException(errno(state), "getsockopt");
            }
            return buffer.asSlice(0, Math.min(length.get(C_INT, 0), capacity)).toArray(C_CHAR);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** One result of getaddrinfo: (family, type, proto, canonname, sockaddr bytes). */
    public record AddressInfo(int family, int type, int protocol, byte[] canonicalName, byte[] address) {
    }

    // struct addrinfo on x86_64: six ints' worth of fields, then three pointers.
    private static final long AI_FLAGS = 0;
    private static final long AI_FAMILY = 4;
    private static final long AI_SOCKTYPE = 8;
    private static final long AI_PROTOCOL = 12;
    private static final long AI_ADDRLEN = 16;
    private static final long AI_ADDR = 24;
    private static final long AI_CANONNAME = 32;
    private static final long AI_NEXT = 40;
    private static final long ADDRINFO_SIZE = 48;

    /** getaddrinfo(3); a null host or service is C's NULL. */
    public static List<AddressInfo> getaddrinfo(byte[] host, byte[] service, int family, int type, int protocol,
            int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment hints = arena.allocate(ADDRINFO_SIZE, 8);
            hints.set(C_INT, AI_FLAGS, flags);
            hints.set(C_INT, AI_FAMILY, family);
            hints.set(C_INT, AI_SOCKTYPE, type);
            hints.set(C_INT, AI_PROTOCOL, protocol);
            MemorySegment result = arena.allocate(C_POINTER);
            // Each argument of invokeExact needs its exact static type: no conditionals inline.
            MemorySegment cHost = host == null ? NULL : Native.cString(arena, host);
            MemorySegment cService = service == null ? NULL : Native.cString(arena, service);
            int code = (int) GetaddrinfoCall.HANDLE.invokeExact(state, cHost, cService, hints, result);
            if (code != 0) {
                if (code == EAI_SYSTEM) {
                    throw new PosixException(errno(state), "getaddrinfo");
                }
                throw new LookupFailure(code);
            }
            MemorySegment first = result.get(C_POINTER, 0);
            List<AddressInfo> infos = new ArrayList<>();
            try {
                for (MemorySegment ai = first; !ai.equals(NULL); ai = ai.get(C_POINTER, AI_NEXT)) {
                    ai = ai.reinterpret(ADDRINFO_SIZE);
                    MemorySegment addr = ai.get(C_POINTER, AI_ADDR);
                    int addrLength = ai.get(C_INT, AI_ADDRLEN);
                    byte[] addrBytes = addr.equals(NULL) ? new byte[0]
                            : addr.reinterpret(addrLength).toArray(C_CHAR);
                    MemorySegment canon = ai.get(C_POINTER, AI_CANONNAME);
                    infos.add(new AddressInfo(ai.get(C_INT, AI_FAMILY), ai.get(C_INT, AI_SOCKTYPE),
                            ai.get(C_INT, AI_PROTOCOL), canon.equals(NULL) ? null : Native.readCString(canon),
                            addrBytes));
                }
            } finally {
                GetaddrinfoCall.FREE.invokeExact(first);
            }
            return infos;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** getnameinfo(3): the host and service of a socket address. */
    public static byte[][] getnameinfo(byte[] address, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment host = arena.allocate(1025);
            MemorySegment service = arena.allocate(32);
            int code = (int) GetnameinfoCall.HANDLE.invokeExact(state, address(arena, address), address.length, host,
                    1025, service, 32, flags);
            if (code != 0) {
                if (code == EAI_SYSTEM) {
                    throw new PosixException(errno(state), "getnameinfo");
                }
                throw new LookupFailure(code);
            }
            return new byte[][] {Native.readCString(host), Native.readCString(service)};
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** gethostname(2). */
    public static byte[] gethostname() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment name = arena.allocate(1025);
            if ((int) GethostnameCall.HANDLE.invokeExact(state, name, 1024L) < 0) {
                throw new PosixException(errno(state), "gethostname");
            }
            return Native.readCString(name);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** inet_pton(3) for AF_INET or AF_INET6: the packed address, or null when the text is not one. */
    public static byte[] inetPton(int family, byte[] text) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment packed = arena.allocate(16);
            int result = (int) InetPtonCall.HANDLE.invokeExact(family, Native.cString(arena, text), packed);
            return result == 1 ? packed.asSlice(0, family == SocketConstants.AF_INET6 ? 16 : 4).toArray(C_CHAR) : null;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** inet_ntop(3): glibc's text for a packed AF_INET (4 bytes) or AF_INET6 (16 bytes) address. */
    public static String inetNtop(int family, byte[] packed) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment text = arena.allocate(64);
            MemorySegment result = (MemorySegment) InetNtopCall.HANDLE.invokeExact(state, family,
                    address(arena, packed), text, 64);
            if (result.equals(NULL)) {
                throw new PosixException(errno(state), "inet_ntop");
            }
            return new String(Native.readCString(text), StandardCharsets.US_ASCII);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** inet_aton(3), which also takes the short forms "1.2.3" and "127.1": 4 bytes, or null. */
    public static byte[] inetAton(byte[] text) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment packed = arena.allocate(4);
            int result = (int) InetAtonCall.HANDLE.invokeExact(Native.cString(arena, text), packed);
            return result != 0 ? packed.toArray(C_CHAR) : null;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // struct servent: s_name, s_aliases, s_port (network order, in an int), s_proto; struct
    // protoent: p_name, p_aliases, p_proto. The reentrant lookups fill them from a buffer.
    private static final long SERVENT_SIZE = 32;
    private static final long S_NAME = 0;
    private static final long S_PORT = 16;
    private static final long PROTOENT_SIZE = 24;
    private static final long P_PROTO = 16;
    private static final long LOOKUP_BUFFER = 4096;

    /** getservbyname_r(3): the service's port (host order), or -1 when there is none; proto may be null. */
    public static int servicePort(byte[] name, byte[] proto) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(SERVENT_SIZE, 8);
            MemorySegment result = arena.allocate(C_POINTER);
            MemorySegment cName = Native.cString(arena, name);
            MemorySegment cProto = proto == null ? NULL : Native.cString(arena, proto);
            int error = (int) GetservbynameCall.HANDLE.invokeExact(cName, cProto, entry,
                    arena.allocate(LOOKUP_BUFFER), LOOKUP_BUFFER, result);
            if (error != 0 || result.get(C_POINTER, 0).equals(NULL)) {
                return -1;
            }
            return Short.toUnsignedInt(Short.reverseBytes((short) entry.get(C_INT, S_PORT)));
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** getservbyport_r(3) for a port in host order: the service's name, or null; proto may be null. */
    public static byte[] serviceName(int port, byte[] proto) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(SERVENT_SIZE, 8);
            MemorySegment result = arena.allocate(C_POINTER);
            MemorySegment cProto = proto == null ? NULL : Native.cString(arena, proto);
            int networkPort = Short.toUnsignedInt(Short.reverseBytes((short) port));
            int error = (int) GetservbyportCall.HANDLE.invokeExact(networkPort, cProto, entry,
                    arena.allocate(LOOKUP_BUFFER), LOOKUP_BUFFER, result);
            if (error != 0 || result.get(C_POINTER, 0).equals(NULL)) {
                return null;
            }
            return Native.readCString(entry.get(C_POINTER, S_NAME));
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** getprotobyname_r(3): the protocol's number, or -1 when there is none. */
    public static int protocolNumber(byte[] name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(PROTOENT_SIZE, 8);
            MemorySegment result = arena.allocate(C_POINTER);
            MemorySegment cName = Native.cString(arena, name);
            int error = (int) GetprotobynameCall.HANDLE.invokeExact(cName, entry, arena.allocate(LOOKUP_BUFFER),
                    LOOKUP_BUFFER, result);
            if (error != 0 || result.get(C_POINTER, 0).equals(NULL)) {
                return -1;
            }
            return entry.get(C_INT, P_PROTO);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }
}
