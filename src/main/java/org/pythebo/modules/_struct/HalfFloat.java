package org.pythebo.modules._struct;

/**
 * IEEE 754 binary16 ('e'), rounded straight from the double to the nearest half, ties to even
 * (going through float would round twice). NaNs pack as CPython 3.11 packs them: the quiet NaN
 * with the sign kept and no payload.
 */
final class HalfFloat {
    private HalfFloat() {}

    /** The 16 bits of x, or -1 when x is finite but too large for a half. */
    static int pack(double x) {
        int sign = (Double.doubleToRawLongBits(x) < 0 ? 1 : 0) << 15;
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        double ax = Math.abs(x);
        if (Double.isInfinite(ax)) {
            return sign | 0x7c00;
        }
        if (ax == 0) {
            return sign;
        }
        int exp = Math.getExponent(ax);
        if (exp < -14) {
            // Subnormal: a multiple of 2**-24; the scaling is exact, so rint rounds once. A
            // result of 1024 is the smallest normal, whose bits are the same.
            return sign | (int) Math.rint(ax * 0x1p24);
        }
        double fraction = Math.rint((Math.scalb(ax, -exp) - 1) * 1024);
        if (fraction == 1024) {
            fraction = 0;
            exp++;
        }
        if (exp > 15) {
            return -1;
        }
        return sign | (exp + 15) << 10 | (int) fraction;
    }

    static double unpack(int h) {
        boolean negative = (h & 0x8000) != 0;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        double v;
        if (e == 0x1f) {
            v = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            v = f * 0x1p-24;
        } else {
            v = Math.scalb(1 + f / 1024.0, e - 15);
        }
        return negative ? -v : v;
    }
}
