package org.pythebo.modules.zlib;

/**
 * What wraps the deflate data, as a wbits argument selects it: nothing (raw deflate, negative
 * wbits), a zlib header and Adler-32 trailer (8..15), a gzip header and CRC-32 trailer (16 more),
 * or, when decompressing, either of the two as the data's first bytes say (32 more).
 * {@code window} is the base-2 logarithm of the window size (0: the zlib header's).
 */
record Framing(int kind, int window) {
    static final int RAW = 0, ZLIB = 1, GZIP = 2, AUTO = 3;

    /** The framing of compress(wbits=...), or null when zlib's deflateInit2 refuses the value. */
    static Framing forCompression(int wbits) {
        if (wbits >= 8 && wbits <= 15) {
            // zlib writes with a 512-byte window when asked for 256 bytes.
            return new Framing(ZLIB, Math.max(9, wbits));
        }
        if (wbits >= -15 && wbits <= -9) {
            return new Framing(RAW, -wbits);
        }
        if (wbits >= 25 && wbits <= 31) {
            return new Framing(GZIP, wbits - 16);
        }
        return null;
    }

    /** The framing of decompress(wbits=...), or null when zlib's inflateInit2 refuses the value. */
    static Framing forDecompression(int wbits) {
        if (wbits == 0 || wbits >= 8 && wbits <= 15) {
            return new Framing(ZLIB, wbits);
        }
        if (wbits >= -15 && wbits <= -8) {
            return new Framing(RAW, -wbits);
        }
        if (wbits == 16 || wbits >= 24 && wbits <= 31) {
            return new Framing(GZIP, wbits - 16);
        }
        if (wbits == 32 || wbits >= 40 && wbits <= 47) {
            return new Framing(AUTO, wbits - 32);
        }
        return null;
    }
}
