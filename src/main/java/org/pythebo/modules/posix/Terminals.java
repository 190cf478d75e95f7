package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.ErrnoConstants.EINTR;
import static org.pythebo.modules.posix.ErrnoConstants.ERANGE;
import static org.pythebo.modules.posix.Native.C_CHAR;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.C_SHORT;
import static org.pythebo.modules.posix.Native.NULL;
import static org.pythebo.modules.posix.Native.errno;
import static org.pythebo.modules.posix.Structs.TERMIOS;
import static org.pythebo.modules.posix.Structs.WINSIZE;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Terminals: isatty, ttyname, ctermid, openpty, os.get_terminal_size, the foreground process
 * group, and the termios module's calls.
 */
public final class Terminals {
    private Terminals() {
    }

    /** ioctl request reading a terminal's window size into a struct winsize. */
    public static final long TIOCGWINSZ = 0x5413;
    /** Room ctermid needs (L_ctermid). */
    private static final int L_CTERMID = 9;

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class IsattyCall {
        static final MethodHandle HANDLE = Native.function("isatty", C_INT, C_INT);
    }

    private static final class TtynameRCall {
        static final MethodHandle HANDLE = Native.function("ttyname_r", C_INT, C_INT, C_POINTER, C_LONG);
    }

    private static final class CtermidCall {
        static final MethodHandle HANDLE = Native.function("ctermid", C_POINTER, C_POINTER);
    }

    private static final class OpenptyCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("openpty", C_INT, C_POINTER, C_POINTER, C_POINTER, C_POINTER, C_POINTER);
    }

    private static final class TcgetpgrpCall {
        static final MethodHandle HANDLE = Native.errnoFunction("tcgetpgrp", C_INT, C_INT);
    }

    private static final class TcsetpgrpCall {
        static final MethodHandle HANDLE = Native.errnoFunction("tcsetpgrp", C_INT, C_INT, C_INT);
    }

    private static final class TcgetattrCall {
        static final MethodHandle HANDLE = Native.errnoFunction("tcgetattr", C_INT, C_INT, C_POINTER);
    }

    private static final class TcsetattrCall {
        static final MethodHandle HANDLE = Native.errnoFunction("tcsetattr", C_INT, C_INT, C_INT, C_POINTER);
    }

    private static final class CfgetispeedCall {
        static final MethodHandle HANDLE = Native.function("cfgetispeed", C_INT, C_POINTER);
    }

    private static final class CfgetospeedCall {
        static final MethodHandle HANDLE = Native.function("cfgetospeed", C_INT, C_POINTER);
    }

    private static final class CfsetispeedCall {
        static final MethodHandle HANDLE = Native.errnoFunction("cfsetispeed", C_INT, C_POINTER, C_INT);
    }

    private static final class CfsetospeedCall {
        static final MethodHandle HANDLE = Native.errnoFunction("cfsetospeed", C_INT, C_POINTER, C_INT);
    }

    private static final class TcsendbreakCall {
        static final MethodHandle HANDLE = Native.errnoFunction("tcsendbreak", C_INT, C_INT, C_INT);
    }

    private static final class TcdrainCall {
        static final MethodHandle HANDLE = Native.errnoFunction("tcdrain", C_INT, C_INT);
    }

    private static final class TcflushCall {
        static final MethodHandle HANDLE = Native.errnoFunction("tcflush", C_INT, C_INT, C_INT);
    }

    private static final class TcflowCall {
        static final MethodHandle HANDLE = Native.errnoFunction("tcflow", C_INT, C_INT, C_INT);
    }

    private static final long C_IFLAG = offset(TERMIOS, "c_iflag");
    private static final long C_OFLAG = offset(TERMIOS, "c_oflag");
    private static final long C_CFLAG = offset(TERMIOS, "c_cflag");
    private static final long C_LFLAG = offset(TERMIOS, "c_lflag");
    private static final long C_CC = offset(TERMIOS, "c_cc");

    public static boolean isatty(int fd) {
        try {
            return (int) IsattyCall.HANDLE.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.ttyname: the terminal device's path. */
    public static byte[] ttyname(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            for (long size = 64; ; size *= 2) {
                MemorySegment buffer = arena.allocate(size);
                int error = (int) TtynameRCall.HANDLE.invokeExact(fd, buffer, size);
                if (error == 0) {
                    return Native.readCString(buffer);
                }
                if (error != ERANGE) {
                    throw new PosixException(error, "ttyname");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.ctermid: the controlling terminal's path name. */
    public static byte[] ctermid() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(L_CTERMID);
            MemorySegment name = (MemorySegment) CtermidCall.HANDLE.invokeExact(buffer);
            if (name.equals(NULL)) {
                throw new PosixException(ErrnoConstants.ENOENT, "ctermid");
            }
            return Native.readCString(buffer);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.openpty: {master, slave}, both non-inheritable as CPython makes them. */
    public static int[] openpty() {
        int[] ends;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment fds = arena.allocate(C_INT, 2);
            if ((int) OpenptyCall.HANDLE.invokeExact(state, fds, fds.asSlice(4), NULL, NULL, NULL) < 0) {
                throw new PosixException(errno(state), "openpty");
            }
            ends = fds.toArray(C_INT);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
        for (int fd : ends) {
            Descriptors.setInheritable(fd, false);
        }
        return ends;
    }

    /** os.get_terminal_size: {columns, lines} from ioctl TIOCGWINSZ. */
    public static int[] getTerminalSize(int fd) {
        byte[] size = new byte[(int) WINSIZE.byteSize()];
        Descriptors.ioctl(fd, TIOCGWINSZ, size);
        MemorySegment winsize = MemorySegment.ofArray(size);
        return new int[] {
            Short.toUnsignedInt(winsize.get(C_SHORT.withByteAlignment(1), offset(WINSIZE, "ws_col"))),
            Short.toUnsignedInt(winsize.get(C_SHORT.withByteAlignment(1), offset(WINSIZE, "ws_row")))};
    }

    /** os.tcgetpgrp: the terminal's foreground process group. */
    public static int tcgetpgrp(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int group = (int) TcgetpgrpCall.HANDLE.invokeExact(state, fd);
            if (group < 0) {
                throw new PosixException(errno(state), "tcgetpgrp");
            }
            return group;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void tcsetpgrp(int fd, int processGroup) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) TcsetpgrpCall.HANDLE.invokeExact(state, fd, processGroup) < 0) {
                throw new PosixException(errno(state), "tcsetpgrp");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * A terminal's attributes as termios.tcgetattr lists them: the four flag words, the speeds
     * (cfgetispeed/cfgetospeed, B* constants) and the {@value Structs#NCCS} control characters.
     */
    public record Attributes(int iflag, int oflag, int cflag, int lflag, int ispeed, int ospeed, byte[] cc) {
    }

    public static Attributes tcgetattr(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment termios = arena.allocate(TERMIOS);
            if ((int) TcgetattrCall.HANDLE.invokeExact(state, fd, termios) < 0) {
                throw new PosixException(errno(state), "tcgetattr");
            }
            return new Attributes(termios.get(C_INT, C_IFLAG), termios.get(C_INT, C_OFLAG),
                    termios.get(C_INT, C_CFLAG), termios.get(C_INT, C_LFLAG),
                    (int) CfgetispeedCall.HANDLE.invokeExact(termios), (int) CfgetospeedCall.HANDLE.invokeExact(termios),
                    termios.asSlice(C_CC, Structs.NCCS).toArray(C_CHAR));
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * termios.tcsetattr: starts from the terminal's current attributes (keeping what the list
     * form does not carry, such as c_line), applies {@code attributes} and sets them
     * {@code when} (TCSANOW, TCSADRAIN, TCSAFLUSH).
     */
    public static void tcsetattr(int fd, int when, Attributes attributes) {
        if (attributes.cc().length != Structs.NCCS) {
            throw new IllegalArgumentException("cc must have " + Structs.NCCS + " elements");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment termios = arena.allocate(TERMIOS);
            if ((int) TcgetattrCall.HANDLE.invokeExact(state, fd, termios) < 0) {
                throw new PosixException(errno(state), "tcgetattr");
            }
            termios.set(C_INT, C_IFLAG, attributes.iflag());
            termios.set(C_INT, C_OFLAG, attributes.oflag());
            termios.set(C_INT, C_CFLAG, attributes.cflag());
            termios.set(C_INT, C_LFLAG, attributes.lflag());
            MemorySegment.copy(attributes.cc(), 0, termios, C_CHAR, C_CC, Structs.NCCS);
            if ((int) CfsetispeedCall.HANDLE.invokeExact(state, termios, attributes.ispeed()) < 0) {
                throw new PosixException(errno(state), "cfsetispeed");
            }
            if ((int) CfsetospeedCall.HANDLE.invokeExact(state, termios, attributes.ospeed()) < 0) {
                throw new PosixException(errno(state), "cfsetospeed");
            }
            int result;
            do {
                result = (int) TcsetattrCall.HANDLE.invokeExact(state, fd, when, termios);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "tcsetattr");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void tcsendbreak(int fd, int duration) {
        terminalCall(TcsendbreakCall.HANDLE, fd, duration, "tcsendbreak");
    }

    /** termios.tcflush: queue TCIFLUSH, TCOFLUSH or TCIOFLUSH. */
    public static void tcflush(int fd, int queue) {
        terminalCall(TcflushCall.HANDLE, fd, queue, "tcflush");
    }

    /** termios.tcflow: action TCOOFF, TCOON, TCIOFF or TCION. */
    public static void tcflow(int fd, int action) {
        terminalCall(TcflowCall.HANDLE, fd, action, "tcflow");
    }

    public static void tcdrain(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result;
            do {
                result = (int) TcdrainCall.HANDLE.invokeExact(state, fd);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "tcdrain");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static void terminalCall(MethodHandle function, int fd, int argument, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) function.invokeExact(state, fd, argument) < 0) {
                throw new PosixException(errno(state), name);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }
}
