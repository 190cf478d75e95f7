package org.pythebo.modules._sre.engine;

import java.util.Objects;

/**
 * The text a pattern is matched against: a str as a sequence of code points, or bytes. Positions
 * are always indexes of code points (of bytes for bytes). Immutable; make one per subject and
 * reuse it for every call on that subject (finditer, sub, split), since building one from a
 * String with surrogate pairs decodes it.
 *
 * <p>Three representations keep access cheap: a String whose chars are all outside the surrogate
 * range is read directly (char index = code point index); any other str is decoded to an int
 * array; bytes are read from a byte array window.
 */
public final class Subject {
    static final int BMP_STRING = 0;
    static final int BYTES = 1;
    static final int CODE_POINTS = 2;

    final int kind;
    final String text;
    final byte[] bytes;
    final int[] codePoints;
    /** Where the subject starts in {@link #bytes} or {@link #codePoints}. */
    final int offset;
    final int length;
    private final boolean isBytes;

    private Subject(int kind, String text, byte[] bytes, int[] codePoints, int offset, int length,
                    boolean isBytes) {
        this.kind = kind;
        this.text = text;
        this.bytes = bytes;
        this.codePoints = codePoints;
        this.offset = offset;
        this.length = length;
        this.isBytes = isBytes;
    }

    /**
     * A str held as a Java String: a surrogate pair is one code point (a lone surrogate is a
     * code point of its own). Strings without surrogates are used as they are.
     */
    public static Subject ofString(String text) {
        Objects.requireNonNull(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                int[] points = text.codePoints().toArray();
                return new Subject(CODE_POINTS, null, null, points, 0, points.length, false);
            }
        }
        return new Subject(BMP_STRING, text, null, null, 0, n, false);
    }

    /** A str given as code points {@code points[offset .. offset+length)}; not copied. */
    public static Subject ofCodePoints(int[] points, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, points.length);
        return new Subject(CODE_POINTS, null, null, points, offset, length, false);
    }

    /** A str whose code points are all below 256, one per byte; not copied. */
    public static Subject ofLatin1(byte[] chars, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, chars.length);
        return new Subject(BYTES, null, chars, null, offset, length, false);
    }

    /** A bytes-like subject {@code data[offset .. offset+length)}; not copied. */
    public static Subject ofBytes(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        return new Subject(BYTES, null, data, null, offset, length, true);
    }

    public static Subject ofBytes(byte[] data) {
        return ofBytes(data, 0, data.length);
    }

    /** Whether this is a bytes subject (a str pattern must not be used on it, nor vice versa). */
    public boolean isBytes() {
        return isBytes;
    }

    /** Length in code points (bytes). */
    public int length() {
        return length;
    }

    /** The code point (byte value) at {@code index}. */
    public int codePointAt(int index) {
        Objects.checkIndex(index, length);
        return switch (kind) {
            case BMP_STRING -> text.charAt(index);
            case BYTES -> bytes[offset + index] & 0xFF;
            default -> codePoints[offset + index];
        };
    }

    /** The str slice {@code [start, end)} in code points, as a Java String. */
    public String substring(int start, int end) {
        Objects.checkFromToIndex(start, end, length);
        return switch (kind) {
            case BMP_STRING -> text.substring(start, end);
            case BYTES -> {
                StringBuilder sb = new StringBuilder(end - start);
                for (int i = start; i < end; i++) {
                    sb.append((char) (bytes[offset + i] & 0xFF));
                }
                yield sb.toString();
            }
            default -> new String(codePoints, offset + start, end - start);
        };
    }
}
