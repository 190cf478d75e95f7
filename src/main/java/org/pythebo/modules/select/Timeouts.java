package org.pythebo.modules.select;

import java.math.BigInteger;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/**
 * The timeouts of the select module as CPython converts them: to nanoseconds rounded up (so a
 * wait is never shorter than asked), then to what each call takes, with CPython's errors.
 */
final class Timeouts {
    private Timeouts() {}

    private static PyException tooLarge() {
        return PyException.overflow("timestamp too large to convert to C _PyTime_t");
    }

    /**
     * A number of {@code unit} nanoseconds (1e9 for seconds, 1e6 for milliseconds) as
     * nanoseconds rounded up; null when {@code o} is neither an int nor a float.
     */
    private static Long nanos(Object o, long unit) {
        if (o instanceof Double d) {
            if (d.isNaN()) {
                throw PyException.valueError("Invalid value NaN (not a number)");
            }
            double ns = Math.ceil(d * unit);
            if (!(ns >= -9.223372036854776E18 && ns < 9.223372036854776E18)) {
                throw tooLarge();
            }
            return (long) ns;
        }
        Object v = Convert.intValue(o);
        if (v == null && Ops.type(o).lookup("__index__") != null) {
            v = Convert.index(null, o);
        }
        if (v == null) {
            return null;
        }
        if (v instanceof BigInteger) {
            throw tooLarge();
        }
        long n = (Long) v;
        long high = Math.multiplyHigh(n, unit);
        long low = n * unit;
        if (high != (low >> 63)) {
            throw tooLarge();
        }
        return low;
    }

    /** select.select's timeout: nanoseconds, or -1 for None (wait forever). */
    static long selectNanos(Object timeout) {
        if (timeout == Singleton.NONE) {
            return -1;
        }
        Long ns = nanos(timeout, 1_000_000_000L);
        if (ns == null) {
            throw PyException.typeError("timeout must be a float or None");
        }
        if (ns < 0) {
            throw PyException.valueError("timeout must be non-negative");
        }
        return ns;
    }

    /** poll.poll's timeout in milliseconds, epoll.poll's in seconds: whole milliseconds, -1 for forever. */
    static int millis(Object timeout, long unit) {
        if (timeout == Singleton.NONE) {
            return -1;
        }
        Long ns = nanos(timeout, unit);
        if (ns == null) {
            throw PyException.typeError("timeout must be an integer or None");
        }
        long ms = Math.ceilDiv(ns, 1_000_000L);
        if (ms > Integer.MAX_VALUE || ms < Integer.MIN_VALUE) {
            throw PyException.overflow("timeout is too large");
        }
        return ms < 0 ? -1 : (int) ms;
    }
}
