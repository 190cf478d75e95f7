package org.pythebo.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.pythebo.runtime.PyAttrs.PyMethod;

/**
 * A text stream over a byte stream (sys.stdout, sys.stderr): UTF-8, buffered, writes serialised
 * on the stream so lines from several threads never interleave mid-write. Lone surrogates are
 * written backslash-escaped, as CPython's stderr does.
 */
public final class PyTextIO extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("TextIOWrapper", PyType.OBJECT, PyTextIO.class, PyType.Layout.OBJECT);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 13];
    private int used;
    /** Flush after every write (stderr; CPython's stderr is line-buffered, the effect is the same here). */
    private final boolean unbuffered;
    public final String name;

    public PyTextIO(OutputStream out, boolean unbuffered, String name) {
        this.out = out;
        this.unbuffered = unbuffered;
        this.name = name;
    }

    @Override
    public PyType type() { return TYPE; }

    public synchronized void write(String s) {
        byte[] bytes = encode(s);
        if (used + bytes.length > buffer.length) {
            flush();
        }
        if (bytes.length > buffer.length) {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw PyException.of(Exc.OSError, e.getMessage());
            }
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
        if (unbuffered) {
            flush();
        }
    }

    private static byte[] encode(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (Character.isHighSurrogate(c) && j + 1 < s.length() && Character.isLowSurrogate(s.charAt(j + 1))) {
                        sb.append(c).append(s.charAt(++j));
                    } else if (Character.isSurrogate(c)) {
                        sb.append("\\u").append(Integer.toHexString(c));
                    } else {
                        sb.append(c);
                    }
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public synchronized void flush() {
        try {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
            out.flush();
        } catch (IOException e) {
            used = 0;
        }
    }

    @PyMethod("($self, text, /)")
    public static Object write(Object self, Object text) {
        if (!(text instanceof String s)) {
            throw PyException.typeError("write() argument must be str, not " + Ops.typeName(text));
        }
        ((PyTextIO) self).write(s);
        return (long) s.codePointCount(0, s.length());
    }

    @PyMethod(value = "($self, /)", name = "flush")
    public static void flushMethod(Object self) { ((PyTextIO) self).flush(); }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='<" + name + ">' mode='w' encoding='utf-8'>";
    }
}
