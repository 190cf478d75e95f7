package org.pythebo.modules.posix;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * How this package reaches the C library: downcall handles built once, errno captured by the
 * linker right after each call (a later Java statement could see another call's errno), and
 * conversions between Java byte arrays and C strings.
 */
// Calling C and reading the memory it returns is what this class is for.
@SuppressWarnings("restricted")
final class Native {
    private Native() {
    }

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();

    static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong C_LONG = ValueLayout.JAVA_LONG;
    static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    static final ValueLayout.OfDouble C_DOUBLE = ValueLayout.JAVA_DOUBLE;
    static final AddressLayout C_POINTER = ValueLayout.ADDRESS;

    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    /** The address a C function returns when it fails with a null pointer. */
    static final MemorySegment NULL = MemorySegment.NULL;

    static MemorySegment symbol(String name) {
        return LIBC.find(name).orElseThrow(() -> new UnsatisfiedLinkError("the C library has no " + name));
    }

    /**
     * A handle for a function that reports failure through errno: its first parameter is a
     * call-state segment from {@link #callState}, read afterwards with {@link #errno}.
     */
    static MethodHandle errnoFunction(String name, MemoryLayout result, MemoryLayout... parameters) {
        return LINKER.downcallHandle(symbol(name), descriptor(result, parameters), CAPTURE_ERRNO);
    }

    /** As {@link #errnoFunction} for a variadic function whose fixed parameters number {@code fixed}. */
    static MethodHandle errnoVariadic(String name, int fixed, MemoryLayout result, MemoryLayout... parameters) {
        return LINKER.downcallHandle(symbol(name), descriptor(result, parameters), CAPTURE_ERRNO,
                Linker.Option.firstVariadicArg(fixed));
    }

    /** A handle for a function that reports failure in its result, or cannot fail. */
    static MethodHandle function(String name, MemoryLayout result, MemoryLayout... parameters) {
        return LINKER.downcallHandle(symbol(name), descriptor(result, parameters));
    }

    private static FunctionDescriptor descriptor(MemoryLayout result, MemoryLayout... parameters) {
        return result == null ? FunctionDescriptor.ofVoid(parameters) : FunctionDescriptor.of(result, parameters);
    }

    private static final MethodHandle ERRNO_LOCATION = function("__errno_location", C_POINTER);

    /**
     * Sets this thread's errno to 0, for the few functions (sysconf, pathconf, fpathconf,
     * confstr) whose failure shows only as a changed errno. The function must be called
     * next, from the same thread, with its handle already linked: nothing in between blocks, so
     * a virtual thread cannot move to another carrier, and HotSpot keeps errno across its own
     * signal handling (but loading classes may set it, hence callers confirm failures).
     */
    static void clearErrno() {
        try {
            MemorySegment location = (MemorySegment) ERRNO_LOCATION.invokeExact();
            location.reinterpret(C_INT.byteSize()).set(C_INT, 0, 0);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static MemorySegment callState(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    static int errno(MemorySegment callState) {
        return (int) ERRNO.get(callState, 0L);
    }

    /** The bytes of {@code text} followed by a NUL, refusing text that holds a NUL itself. */
    static MemorySegment cString(Arena arena, byte[] text) {
        for (byte b : text) {
            if (b == 0) {
                throw new IllegalArgumentException("embedded null byte");
            }
        }
        MemorySegment segment = arena.allocate(text.length + 1L);
        MemorySegment.copy(text, 0, segment, C_CHAR, 0, text.length);
        return segment;
    }

    /** The bytes before the first NUL at {@code address}. */
    static byte[] readCString(MemorySegment address) {
        MemorySegment unbounded = address.reinterpret(Long.MAX_VALUE);
        long length = 0;
        while (unbounded.get(C_CHAR, length) != 0) {
            length++;
        }
        return unbounded.asSlice(0, length).toArray(C_CHAR);
    }

    /** The bytes of a char array field before its first NUL (or all of them). */
    static byte[] readCharArray(MemorySegment segment, long offset, int capacity) {
        byte[] bytes = segment.asSlice(offset, capacity).toArray(C_CHAR);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Arrays.copyOf(bytes, i);
            }
        }
        return bytes;
    }

    /** A NULL-terminated array of C strings, as argv and envp are. */
    static MemorySegment cStringArray(Arena arena, byte[][] strings) {
        MemorySegment array = arena.allocate(C_POINTER, strings.length + 1L);
        for (int i = 0; i < strings.length; i++) {
            array.setAtIndex(C_POINTER, i, cString(arena, strings[i]));
        }
        array.setAtIndex(C_POINTER, strings.length, NULL);
        return array;
    }

    /**
     * What a downcall's {@code Throwable} becomes: handles built from correct descriptors throw
     * only unchecked exceptions, which pass through unchanged.
     */
    static RuntimeException unchecked(Throwable thrown) {
        if (thrown instanceof RuntimeException runtime) {
            return runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("unexpected checked exception from a C call", thrown);
    }
}
