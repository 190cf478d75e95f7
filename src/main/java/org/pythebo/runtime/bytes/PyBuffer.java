package org.pythebo.runtime.bytes;

import java.util.Arrays;

/**
 * What a {@link BufferExporter} exports (CPython's Py_buffer of a contiguous, one-dimensional
 * view): {@code length} bytes of {@code array} from {@code offset}, and whether they may be
 * written. The array is the exporter's own, not a copy: a writable buffer writes through to it,
 * and a reader must not keep it past the call that asked for it, since a resizable exporter
 * (bytearray) may move to a new array afterwards.
 */
public record PyBuffer(byte[] array, int offset, int length, boolean readonly) {
    /** A read-only buffer over all of {@code bytes}. */
    public static PyBuffer of(byte[] bytes) {
        return new PyBuffer(bytes, 0, bytes.length, true);
    }

    /** The byte at {@code i} (0-based within the view), unsigned. */
    public int get(int i) {
        return array[offset + i] & 0xFF;
    }

    /** A copy of the bytes. */
    public byte[] toArray() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** The bytes as an array, without copying when the view is a whole array the caller may not change. */
    public byte[] toArrayShared() {
        return offset == 0 && length == array.length && readonly ? array : toArray();
    }
}
