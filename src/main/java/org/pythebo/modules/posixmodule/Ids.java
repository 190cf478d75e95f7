package org.pythebo.modules.posixmodule;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;

/**
 * User and group ids (uid_t, gid_t) from Python ints, as CPython's uid and gid converters take
 * them: -1 for "leave unchanged", otherwise an unsigned 32-bit value, with their errors.
 */
public final class Ids {
    private Ids() {}

    public static int uid(ThreadState ts, Object o) {
        return id(ts, o, "uid");
    }

    public static int gid(ThreadState ts, Object o) {
        return id(ts, o, "gid");
    }

    private static int id(ThreadState ts, Object o, String kind) {
        if (Convert.intValue(o) == null && Ops.type(o).lookup("__index__") == null) {
            throw PyException.typeError(kind + " should be integer, not " + Ops.typeName(o));
        }
        Object v = Convert.index(ts, o);
        if (v instanceof Long l) {
            if (l == -1) {
                return -1;
            }
            if (l >= 0 && l <= 0xFFFF_FFFFL) {
                return (int) (long) l;
            }
            // CPython reports every other value that fits a C long as below the minimum.
            throw PyException.overflow(kind + " is less than minimum");
        }
        boolean negative = ((java.math.BigInteger) v).signum() < 0;
        throw PyException.overflow(kind + (negative ? " is less than minimum" : " is greater than maximum"));
    }
}
