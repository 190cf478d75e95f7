package org.pythebo.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * errno values: glibc's message for each (os.strerror) and the tables of CPython's errno module.
 * The constants themselves are in {@link ErrnoConstants}.
 */
public final class Errno {
    private Errno() {
    }

    private static final MethodHandle NEWLOCALE = Native.function("newlocale",
            Native.C_POINTER, Native.C_INT, Native.C_POINTER, Native.C_POINTER);
    private static final MethodHandle STRERROR_L = Native.function("strerror_l",
            Native.C_POINTER, Native.C_INT, Native.C_POINTER);

    /** glibc's mask of every locale category (LC_ALL_MASK). */
    private static final int LC_ALL_MASK = 0x1fbf;

    /**
     * The "C" locale: CPython leaves LC_MESSAGES alone, so its messages are glibc's untranslated
     * ones whatever the environment's locale, which the JVM does adopt. glibc hands out one
     * shared, never-freed object for "C".
     */
    private static final MemorySegment C_LOCALE = newCLocale();

    private static MemorySegment newCLocale() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment locale = (MemorySegment) NEWLOCALE.invokeExact(LC_ALL_MASK,
                    arena.allocateFrom("C"), MemorySegment.NULL);
            if (locale.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("newlocale(LC_ALL_MASK, \"C\") failed");
            }
            return locale;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** glibc's message for {@code errno} in the C locale, e.g. "No such file or directory". */
    public static String strerror(int errno) {
        try {
            // strerror_l returns static text, or a per-thread buffer for unknown numbers that
            // stays valid until this thread's next call: copied at once.
            MemorySegment text = (MemorySegment) STRERROR_L.invokeExact(errno, C_LOCALE);
            return new String(Native.readCString(text), StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** Every constant of CPython's errno module: name to value, in the module's order. */
    public static SequencedMap<String, Long> constants() {
        return ErrnoConstants.TABLE;
    }

    private static final SequencedMap<Integer, String> ERRORCODE = errorcodeTable();

    private static SequencedMap<Integer, String> errorcodeTable() {
        // CPython adds value -> name as it defines each constant, so an alias defined later
        // (EDEADLOCK after EDEADLK...) takes over its value's name but not its position.
        LinkedHashMap<Integer, String> table = new LinkedHashMap<>();
        for (Map.Entry<String, Long> constant : ErrnoConstants.TABLE.entrySet()) {
            table.put(Math.toIntExact(constant.getValue()), constant.getKey());
        }
        return Collections.unmodifiableSequencedMap(table);
    }

    /** errno.errorcode: value to name, in CPython's order. */
    public static SequencedMap<Integer, String> errorcode() {
        return ERRORCODE;
    }
}
