package org.pythebo.modules.posixmodule;

import java.math.BigInteger;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;

/**
 * The numeric conversions of the posix module beyond Convert's: file offsets (off_t), and
 * timestamps for utime as seconds and nanoseconds, with CPython's errors and rounding.
 */
final class Offsets {
    private Offsets() {}

    /** Py_off_t: an index that fits a C long. */
    static long offset(ThreadState ts, Object o) {
        return Convert.asLong(ts, o);
    }

    private static PyException timeOverflow() {
        return PyException.overflow("timestamp out of range for platform time_t");
    }

    /**
     * A timestamp in seconds (int or float) as {seconds, nanoseconds}, the float rounded
     * towards minus infinity as os.utime rounds it.
     */
    static long[] secondsAndNanos(ThreadState ts, Object o) {
        if (o instanceof Double d) {
            if (d.isNaN()) {
                throw PyException.valueError("Invalid value NaN (not a number)");
            }
            // The fraction is taken towards zero and rounded after scaling, as CPython does, so
            // that the last nanosecond comes out the same.
            double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
            double nanos = Math.floor((d - whole) * 1e9);
            if (nanos >= 1e9) {
                nanos -= 1e9;
                whole += 1.0;
            } else if (nanos < 0) {
                nanos += 1e9;
                whole -= 1.0;
            }
            if (!(whole >= -9.223372036854776E18 && whole < 9.223372036854776E18)) {
                throw timeOverflow();
            }
            return new long[] {(long) whole, (long) nanos};
        }
        Object v = Convert.index(ts, o);
        if (!(v instanceof Long l)) {
            throw timeOverflow();
        }
        return new long[] {l, 0};
    }

    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    /** An int of nanoseconds as {seconds, nanoseconds}, as divmod(ns, 10**9) splits it. */
    static long[] splitNanos(ThreadState ts, Object o) {
        Object v = Convert.intValue(o);
        if (v == null) {
            if (o instanceof Double) {
                throw PyException.typeError("'float' object cannot be interpreted as an integer");
            }
            throw PyException.typeError("unsupported operand type(s) for divmod(): '" + Ops.typeName(o) + "' and 'int'");
        }
        if (v instanceof Long l) {
            return new long[] {Math.floorDiv(l, 1_000_000_000L), Math.floorMod(l, 1_000_000_000L)};
        }
        BigInteger[] qr = ((BigInteger) v).divideAndRemainder(BILLION);
        if (qr[1].signum() < 0) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(BILLION);
        }
        if (qr[0].bitLength() > 63) {
            throw timeOverflow();
        }
        return new long[] {qr[0].longValue(), qr[1].longValue()};
    }
}
