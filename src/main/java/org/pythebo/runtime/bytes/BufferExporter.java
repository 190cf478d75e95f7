package org.pythebo.runtime.bytes;

/**
 * An object with the buffer protocol (CPython's bf_getbuffer): bytes, bytearray, memoryview,
 * array.array and mmap export their bytes this way, and every parameter that takes a bytes-like
 * object accepts any exporter.
 */
public interface BufferExporter {
    /** The bytes as they are now, without copying them. */
    PyBuffer buffer();
}
