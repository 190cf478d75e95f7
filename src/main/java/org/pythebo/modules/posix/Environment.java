package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.NULL;
import static org.pythebo.modules.posix.Native.errno;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The process's real environment (the C library's environ), for os.environ, os.putenv and
 * os.unsetenv, and what spawned programs inherit by default.
 */
// Calling C and reading the memory it returns is what this class is for.
@SuppressWarnings("restricted")
public final class Environment {
    private Environment() {
    }

    /** One NAME=value entry of environ, split at the first '='. */
    public record Variable(byte[] name, byte[] value) {
    }

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class SetenvCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setenv", C_INT, C_POINTER, C_POINTER, C_INT);
    }

    private static final class UnsetenvCall {
        static final MethodHandle HANDLE = Native.errnoFunction("unsetenv", C_INT, C_POINTER);
    }
    private static final MemorySegment ENVIRON = Native.symbol("environ").reinterpret(C_POINTER.byteSize());

    /**
     * Held while environ is read or changed here: setenv may move the array it points to, so
     * a reader racing a writer could follow a freed pointer. Spawning with the inherited
     * environment holds it too.
     */
    static final Object LOCK = new Object();

    /**
     * Every entry holding an '=', in environ's order (the form os.environ is built from, first
     * occurrence of a name winning).
     */
    public static List<Variable> snapshot() {
        List<Variable> variables = new ArrayList<>();
        synchronized (LOCK) {
            MemorySegment entries = environ().reinterpret(Long.MAX_VALUE);
            for (long i = 0; ; i++) {
                MemorySegment entry = entries.getAtIndex(C_POINTER, i);
                if (entry.equals(NULL)) {
                    break;
                }
                byte[] text = Native.readCString(entry);
                int equals = indexOf(text, (byte) '=');
                if (equals >= 0) {
                    variables.add(new Variable(Arrays.copyOf(text, equals), Arrays.copyOfRange(text, equals + 1, text.length)));
                }
            }
        }
        return variables;
    }

    /** The current environ pointer (char **); read it only while holding {@link #LOCK}. */
    static MemorySegment environ() {
        return ENVIRON.get(C_POINTER, 0);
    }

    private static int indexOf(byte[] text, byte wanted) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * os.putenv: setenv(name, value, 1). An empty name or one holding '=' is refused with
     * IllegalArgumentException, CPython's ValueError("illegal environment variable name").
     */
    public static void putenv(byte[] name, byte[] value) {
        checkName(name);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment cName = Native.cString(arena, name);
            MemorySegment cValue = Native.cString(arena, value);
            synchronized (LOCK) {
                if ((int) SetenvCall.HANDLE.invokeExact(state, cName, cValue, 1) < 0) {
                    throw new PosixException(errno(state), "setenv");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.unsetenv; the name is checked as for {@link #putenv}. */
    public static void unsetenv(byte[] name) {
        checkName(name);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment cName = Native.cString(arena, name);
            synchronized (LOCK) {
                if ((int) UnsetenvCall.HANDLE.invokeExact(state, cName) < 0) {
                    throw new PosixException(errno(state), "unsetenv");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static void checkName(byte[] name) {
        if (name.length == 0 || indexOf(name, (byte) '=') >= 0) {
            throw new IllegalArgumentException("illegal environment variable name");
        }
    }
}
