package org.pythebo.modules.posixmodule;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.Convert;

/**
 * Process ids and other C ints of the posix functions CPython parses with PyArg_ParseTuple's
 * "i" format rather than Argument Clinic's int converter, whose overflow errors differ.
 */
final class Pids {
    private Pids() {}

    /** A pid_t. */
    static int pid(Object o) {
        return signedInt(o);
    }

    /** PyArg_ParseTuple's "i": an index that fits a C int. */
    static int signedInt(Object o) {
        Object v = Convert.index(null, o);
        if (v instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        }
        boolean negative = v instanceof Long l ? l < 0 : ((java.math.BigInteger) v).signum() < 0;
        throw PyException.overflow(negative ? "signed integer is less than minimum" : "signed integer is greater than maximum");
    }
}
