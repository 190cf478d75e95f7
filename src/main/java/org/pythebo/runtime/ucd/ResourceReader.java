package org.pythebo.runtime.ucd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.InflaterInputStream;

/**
 * Reads one of the deflated table resources written by {@code unicodedata_gen.py}: a four-byte
 * magic, a format version, then bytes, LEB128 varints, big-endian doubles and ASCII strings.
 */
final class ResourceReader {
    private static final int FORMAT_VERSION = 1;

    private final String resource;
    private final byte[] data;
    private int position;

    private ResourceReader(String resource, byte[] data) {
        this.resource = resource;
        this.data = data;
    }

    /** Opens {@code resource} (beside this class) and checks its magic and format version. */
    static ResourceReader open(String resource, String magic) {
        byte[] data;
        try (InputStream raw = ResourceReader.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (InputStream in = new InflaterInputStream(raw)) {
                data = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        ResourceReader reader = new ResourceReader(resource, data);
        String found = new String(data, 0, Math.min(4, data.length), StandardCharsets.ISO_8859_1);
        reader.position = 4;
        if (!found.equals(magic) || reader.u8() != FORMAT_VERSION) {
            throw new IllegalStateException(resource + " is not a format " + FORMAT_VERSION + " " + magic + " table");
        }
        return reader;
    }

    int u8() {
        return data[position++] & 0xFF;
    }

    int varint() {
        int value = 0;
        for (int shift = 0;; shift += 7) {
            int b = data[position++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** A count, then that many raw big-endian 16-bit numbers. */
    char[] u16s() {
        char[] values = new char[varint()];
        ByteBuffer.wrap(data, position, values.length * 2).asCharBuffer().get(values);
        position += values.length * 2;
        return values;
    }

    /** A count, then that many raw bytes. */
    byte[] u8s() {
        int length = varint();
        byte[] values = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return values;
    }

    double float64() {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = bits << 8 | u8();
        }
        return Double.longBitsToDouble(bits);
    }

    String ascii() {
        int length = varint();
        String s = new String(data, position, length, StandardCharsets.ISO_8859_1);
        position += length;
        return s;
    }

    String[] strings() {
        String[] items = new String[varint()];
        for (int i = 0; i < items.length; i++) {
            items[i] = ascii();
        }
        return items;
    }

    /** A sorted list of code points, written as the gaps between them. */
    int[] ascending() {
        int[] cps = new int[varint()];
        int previous = -1;
        for (int i = 0; i < cps.length; i++) {
            previous += varint() + 1;
            cps[i] = previous;
        }
        return cps;
    }

    /** Fails unless every byte was read, which catches a reader out of step with the writer. */
    void expectEnd() {
        if (position != data.length) {
            throw new IllegalStateException(resource + ": " + (data.length - position) + " bytes left unread");
        }
    }
}
