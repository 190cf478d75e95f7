package org.pythebo.modules;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.pythebo.modules.zlib.Checksums;
import org.pythebo.runtime.bytes.BytesMethods;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * The {@code binascii} module of CPython 3.11: base64, quoted-printable, uuencode and hex
 * conversions and the CRC-32 and CRC-CCITT checksums. The decoders take any bytes-like object or
 * an ASCII str, the encoders any bytes-like object.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    /** The module's exception classes, made per interpreter. */
    private static final class State {
        final PyType error = exceptionType("Error", Exc.ValueError);
        final PyType incomplete = exceptionType("Incomplete", Exc.Exception);
    }

    private static PyType exceptionType(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "binascii");
        return new PyType(PyType.TYPE, name, new PyType[] {base}, ns);
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("binascii", "Conversion between binary data and ASCII",
                BinasciiModule.class);
        State st = state(ts.interp);
        module.globals.put("Error", st.error);
        module.globals.put("Incomplete", st.incomplete);
        return module;
    }

    private static PyException error(String message) {
        return PyException.of(state(ThreadState.current().interp).error, message);
    }

    /**
     * What the decoders accept (CPython's ascii_buffer converter): the bytes of a bytes-like
     * object, or of a str with only ASCII characters.
     */
    private static PyBuffer asciiData(Object o) {
        Object v = PyValueInstance.unwrap(o);
        if (v instanceof String s) {
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                char c = s.charAt(i);
                if (c > 127) {
                    throw PyException.valueError("string argument should contain only ASCII characters");
                }
                b[i] = (byte) c;
            }
            return PyBuffer.of(b);
        }
        PyBuffer b = Convert.bufferOrNull(o);
        if (b == null) {
            throw PyException.typeError("argument should be bytes, buffer or ASCII string, not '" + Ops.typeName(o) + "'");
        }
        return b;
    }

    private static Object bytes(ByteArrayOutputStream out) {
        return PyBytes.of(out.toByteArray());
    }

    // ---- uuencode ----

    @PyMethod("($module, data, /)")
    public static Object a2b_uu(Object data) {
        PyBuffer in = asciiData(data);
        byte[] a = in.array();
        int pos = in.offset();
        int end = pos + in.length();
        // The length character; an empty line reads as a NUL there, as in CPython.
        int lengthChar = pos < end ? a[pos++] & 0xff : 0;
        int remaining = (lengthChar - ' ') & 077;
        byte[] out = new byte[remaining];
        int o = 0;
        int bits = 0;
        int acc = 0;
        while (o < out.length) {
            boolean missing = pos >= end;
            int c = missing ? 0 : a[pos] & 0xff;
            pos++;
            int sextet;
            if (missing || c == '\n' || c == '\r') {
                // Missing characters (spaces eaten at the end of a line) count as zero.
                sextet = 0;
            } else {
                if (c < ' ' || c > ' ' + 64) {
                    throw error("Illegal char");
                }
                sextet = (c - ' ') & 077;
            }
            acc = acc << 6 | sextet;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        for (; pos < end; pos++) {
            int c = a[pos];
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                throw error("Trailing garbage");
            }
        }
        return PyBytes.of(out);
    }

    @PyMethod("($module, data, /, *, backtick=False)")
    public static Object b2a_uu(PyBuffer data, boolean backtick) {
        int n = data.length();
        if (n > 45) {
            throw error("At most 45 bytes at once");
        }
        byte[] out = new byte[2 + (n + 2) / 3 * 4];
        int o = 0;
        out[o++] = uuChar(n, backtick);
        for (int i = 0; i < n; i += 3) {
            int v = data.get(i) << 16 | (i + 1 < n ? data.get(i + 1) << 8 : 0) | (i + 2 < n ? data.get(i + 2) : 0);
            for (int shift = 18; shift >= 0; shift -= 6) {
                out[o++] = uuChar((v >> shift) & 077, backtick);
            }
        }
        out[o++] = '\n';
        return PyBytes.of(Arrays.copyOf(out, o));
    }

    private static byte uuChar(int sextet, boolean backtick) {
        return (byte) (backtick && sextet == 0 ? '`' : ' ' + sextet);
    }

    // ---- base64 ----

    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final byte[] B64_VALUE = new byte[256];

    static {
        Arrays.fill(B64_VALUE, (byte) -1);
        for (int i = 0; i < 64; i++) {
            B64_VALUE[B64[i]] = (byte) i;
        }
    }

    /**
     * Decodes base64. Leniently, characters outside the alphabet are skipped and decoding ends
     * at the padding that completes a quantum; strictly, anything but the alphabet, padding in
     * the wrong place or data after it is an error.
     */
    @PyMethod("($module, data, /, *, strict_mode=False)")
    public static Object a2b_base64(Object data, boolean strict_mode) {
        PyBuffer in = asciiData(data);
        int n = in.length();
        byte[] out = new byte[n / 4 * 3 + 3];
        int o = 0;
        int quadPos = 0;
        int acc = 0;
        int pads = 0;
        boolean paddingStarted = false;
        boolean complete = false;
        for (int i = 0; i < n; i++) {
            int c = in.get(i);
            if (c == '=') {
                paddingStarted = true;
                if (strict_mode && quadPos == 0) {
                    throw error("Leading padding not allowed");
                }
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict_mode && i + 1 < n) {
                        throw error("Excess data after padding");
                    }
                    complete = true;
                    break;
                }
                continue;
            }
            int v = B64_VALUE[c];
            if (v < 0) {
                if (strict_mode) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict_mode && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            acc = acc << 6 | v;
            switch (quadPos) {
                case 0 -> quadPos = 1;
                case 1 -> {
                    out[o++] = (byte) (acc >> 4);
                    quadPos = 2;
                }
                case 2 -> {
                    out[o++] = (byte) (acc >> 2);
                    quadPos = 3;
                }
                default -> {
                    out[o++] = (byte) acc;
                    quadPos = 0;
                }
            }
            acc &= 0x3f;
        }
        if (!complete && quadPos != 0) {
            if (quadPos == 1) {
                throw error("Invalid base64-encoded string: number of data characters (" + (o / 3 * 4 + 1)
                        + ") cannot be 1 more than a multiple of 4");
            }
            throw error("Incorrect padding");
        }
        return PyBytes.of(Arrays.copyOf(out, o));
    }

    @PyMethod("($module, data, /, *, newline=True)")
    public static Object b2a_base64(PyBuffer data, boolean newline) {
        int n = data.length();
        byte[] out = new byte[(n + 2) / 3 * 4 + (newline ? 1 : 0)];
        int o = 0;
        int i = 0;
        for (; i + 2 < n; i += 3) {
            int v = data.get(i) << 16 | data.get(i + 1) << 8 | data.get(i + 2);
            out[o++] = B64[v >> 18];
            out[o++] = B64[(v >> 12) & 63];
            out[o++] = B64[(v >> 6) & 63];
            out[o++] = B64[v & 63];
        }
        if (i < n) {
            int v = data.get(i) << 16 | (i + 1 < n ? data.get(i + 1) << 8 : 0);
            out[o++] = B64[v >> 18];
            out[o++] = B64[(v >> 12) & 63];
            out[o++] = i + 1 < n ? B64[(v >> 6) & 63] : (byte) '=';
            out[o++] = '=';
        }
        if (newline) {
            out[o] = '\n';
        }
        return PyBytes.of(out);
    }

    // ---- checksums ----

    @PyMethod("($module, data, crc, /)")
    public static Object crc_hqx(PyBuffer data, Object crc) {
        int c = (int) (Checksums.maskedUnsigned(crc) & 0xffff);
        byte[] a = data.array();
        for (int i = data.offset(), end = i + data.length(); i < end; i++) {
            c ^= (a[i] & 0xff) << 8;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            }
            c &= 0xffff;
        }
        return (long) c;
    }

    @PyMethod("($module, data, crc=0, /)")
    public static Object crc32(PyBuffer data, Object crc) {
        return Checksums.crc32(Checksums.maskedUnsigned(crc), data.array(), data.offset(), data.length());
    }

    // ---- hex ----

    @PyMethod("($module, /, data, sep=?, bytes_per_sep=1)")
    public static Object b2a_hex(PyBuffer data, Object sep, int bytes_per_sep) {
        String hex = BytesMethods.hex(data.toArrayShared(), sep, (long) bytes_per_sep, true);
        byte[] out = new byte[hex.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) hex.charAt(i);
        }
        return PyBytes.of(out);
    }

    @PyMethod("($module, /, data, sep=?, bytes_per_sep=1)")
    public static Object hexlify(PyBuffer data, Object sep, int bytes_per_sep) {
        return b2a_hex(data, sep, bytes_per_sep);
    }

    @PyMethod("($module, hexstr, /)")
    public static Object a2b_hex(Object hexstr) {
        PyBuffer in = asciiData(hexstr);
        int n = in.length();
        if (n % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < n; i += 2) {
            int hi = Character.digit(in.get(i), 16);
            int lo = Character.digit(in.get(i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i / 2] = (byte) (hi << 4 | lo);
        }
        return PyBytes.of(out);
    }

    @PyMethod("($module, hexstr, /)")
    public static Object unhexlify(Object hexstr) {
        return a2b_hex(hexstr);
    }

    // ---- quoted-printable ----

    private static int hexValue(int c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    @PyMethod("($module, /, data, header=False)")
    public static Object a2b_qp(Object data, boolean header) {
        PyBuffer in = asciiData(data);
        int n = in.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int i = 0;
        while (i < n) {
            int c = in.get(i);
            if (c != '=') {
                out.write(header && c == '_' ? ' ' : c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                break;
            }
            int next = in.get(i);
            if (next == '\n' || next == '\r') {
                // A soft line break: everything up to and including the newline goes.
                while (i < n && in.get(i) != '\n') {
                    i++;
                }
                if (i < n) {
                    i++;
                }
            } else if (next == '=') {
                // "==" (from broken encoders) stands for one '='.
                out.write('=');
                i++;
            } else if (i + 1 < n && hexValue(next) >= 0 && hexValue(in.get(i + 1)) >= 0) {
                out.write(hexValue(next) << 4 | hexValue(in.get(i + 1)));
                i += 2;
            } else {
                out.write('=');
            }
        }
        return bytes(out);
    }

    private static final int MAX_LINE = 76;

    /**
     * Encodes quoted-printable (RFC 1521): lines of at most 76 characters with soft breaks,
     * "=XX" for what may not appear literally, line ends kept as the data's first one is (CRLF
     * or LF) when the data is text.
     */
    @PyMethod("($module, /, data, quotetabs=False, istext=True, header=False)")
    public static Object b2a_qp(PyBuffer data, boolean quotetabs, boolean istext, boolean header) {
        byte[] a = data.toArrayShared();
        int n = a.length;
        int firstNewline = -1;
        for (int i = 0; i < n; i++) {
            if (a[i] == '\n') {
                firstNewline = i;
                break;
            }
        }
        boolean crlf = firstNewline > 0 && a[firstNewline - 1] == '\r';
        QpOutput out = new QpOutput(crlf, n);
        int lineLength = 0;
        int i = 0;
        while (i < n) {
            int c = a[i] & 0xff;
            boolean last = i + 1 == n;
            int next = last ? -1 : a[i + 1] & 0xff;
            boolean lonePeriod = c == '.' && lineLength == 0 && (last || next == '\n' || next == '\r' || next == 0);
            boolean quoted = c > 126 || c == '='
                    || header && c == '_'
                    || lonePeriod
                    || !istext && (c == '\r' || c == '\n')
                    || (c == '\t' || c == ' ') && last
                    || c < 33 && c != '\r' && c != '\n' && (quotetabs || c != '\t' && c != ' ');
            if (quoted) {
                if (lineLength + 3 >= MAX_LINE) {
                    out.softBreak();
                    lineLength = 0;
                }
                out.quoted(c);
                lineLength += 3;
                i++;
            } else if (istext && (c == '\n' || c == '\r' && next == '\n')) {
                // A hard line break; whitespace before it would be lost in transit, so it is quoted.
                out.quoteTrailingSpace();
                out.newline();
                lineLength = 0;
                i += c == '\r' ? 2 : 1;
            } else {
                if (!last && next != '\n' && lineLength + 1 >= MAX_LINE) {
                    out.softBreak();
                    lineLength = 0;
                }
                lineLength++;
                out.write(header && c == ' ' ? '_' : c);
                i++;
            }
        }
        return PyBytes.of(out.toByteArray());
    }

    /** The output of b2a_qp, which may go back to quote the last character written. */
    private static final class QpOutput {
        private static final byte[] HEX = "0123456789ABCDEF".getBytes();
        private final boolean crlf;
        private byte[] buf;
        private int size;

        QpOutput(boolean crlf, int n) {
            this.crlf = crlf;
            this.buf = new byte[Math.max(16, n + n / 4)];
        }

        void write(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = (byte) b;
        }

        void quoted(int c) {
            write('=');
            write(HEX[c >> 4]);
            write(HEX[c & 15]);
        }

        void newline() {
            if (crlf) {
                write('\r');
            }
            write('\n');
        }

        void softBreak() {
            write('=');
            newline();
        }

        void quoteTrailingSpace() {
            if (size > 0 && (buf[size - 1] == ' ' || buf[size - 1] == '\t')) {
                int c = buf[--size];
                quoted(c);
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
