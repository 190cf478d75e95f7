package org.pythebo.runtime.bytes;

/**
 * An object with the buffer protocol (CPython's bf_getbuffer): bytes, bytearray, memoryview,
 * array.array and mmap export their bytes this way, and every parameter that takes a bytes-like
 * object accepts any exporter.
 */
public interface BufferExporter {
    /** The bytes as they are now, without copying them. */
    PyBuffer buffer();

    /** The struct-module format of one item, which a memoryview of the exporter takes. */
    default String bufferFormat() {
        return "B";
    }

    /** The size in bytes of one item. */
    default int bufferItemSize() {
        return 1;
    }
}
