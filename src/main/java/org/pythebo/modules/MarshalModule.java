package org.pythebo.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyFrozenSet;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.PyComplex;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Codecs;

/**
 * {@code marshal}: CPython's serialisation format (version 4) for the values a code object's
 * constants hold: None, bools, StopIteration, Ellipsis, int, float, complex, str, bytes, tuple,
 * list, dict, set and frozenset. Code objects cannot be marshalled: Pythebo's code is not
 * CPython's bytecode (importlib never asks, as sys.implementation.cache_tag is None).
 *
 * <p>CPython marks an object for back-references (FLAG_REF) when its reference count is above
 * one, which Java cannot see; every value that may be shared is marked, as the constants and
 * variables programs marshal are in CPython. Strings made only of name characters are written as
 * interned, as the compiler interns such constants.
 */
public final class MarshalModule {
    private MarshalModule() {}

    private static final int VERSION = 4;
    private static final int MAX_DEPTH = 2000;
    private static final int FLAG_REF = 0x80;

    static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("marshal", null, MarshalModule.class);
        module.globals.put("version", (long) VERSION);
        return module;
    }

    @PyMethod("($module, value, version=4, /)")
    public static Object dumps(ThreadState ts, Object value, int version) {
        Writer w = new Writer(ts, version);
        w.write(value);
        return PyBytes.of(w.out.toByteArray());
    }

    @PyMethod("($module, value, file, version=4, /)")
    public static void dump(ThreadState ts, Object value, Object file, int version) {
        Ops.call(ts, Ops.getAttr(ts, file, "write"), dumps(ts, value, version));
    }

    @PyMethod("($module, bytes, /)")
    public static Object loads(ThreadState ts, PyBuffer bytes) {
        return new Reader(ts, bytes.toArray()).readTop();
    }

    /** Reads one value from a binary file, leaving the file at the byte after it. */
    @PyMethod("($module, file, /)")
    public static Object load(ThreadState ts, Object file) {
        Object data = Ops.call(ts, Ops.getAttr(ts, file, "read"));
        byte[] b = Convert.buffer(data).toArray();
        Reader r = new Reader(ts, b);
        Object v = r.readTop();
        if (r.pos < b.length) {
            Ops.call(ts, Ops.getAttr(ts, file, "seek"), (long) (r.pos - b.length), 1L);
        }
        return v;
    }

    private static final class Writer {
        final ThreadState ts;
        final int version;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final IdentityHashMap<Object, Integer> refs = new IdentityHashMap<>();
        int depth;

        Writer(ThreadState ts, int version) {
            this.ts = ts;
            this.version = version;
        }

        void write(Object v) {
            if (++depth > MAX_DEPTH) {
                throw PyException.valueError("object too deeply nested to marshal");
            }
            if (v == Singleton.NONE) {
                out.write('N');
            } else if (v == Boolean.TRUE) {
                out.write('T');
            } else if (v == Boolean.FALSE) {
                out.write('F');
            } else if (v == Exc.StopIteration) {
                out.write('S');
            } else if (v == Singleton.ELLIPSIS) {
                out.write('.');
            } else if (!writeRef(v)) {
                writeValue(v, version >= 3 ? FLAG_REF : 0);
            }
            depth--;
        }

        /** A value written before is written as a back-reference; else it is recorded. */
        private boolean writeRef(Object v) {
            if (version < 3) {
                return false;
            }
            Integer index = refs.get(v);
            if (index != null) {
                out.write('r');
                int32(index);
                return true;
            }
            refs.put(v, refs.size());
            return false;
        }

        private void writeValue(Object v, int flag) {
            switch (v) {
                case Long l when l == (int) (long) l -> {
                    out.write('i' | flag);
                    int32((int) (long) l);
                }
                case Long l -> bigInt(BigInteger.valueOf(l), flag);
                case BigInteger b -> bigInt(b, flag);
                case Double d -> {
                    out.write('g' | flag);
                    int64(Double.doubleToRawLongBits(d));
                }
                case PyComplex c -> {
                    out.write('y' | flag);
                    int64(Double.doubleToRawLongBits(c.real));
                    int64(Double.doubleToRawLongBits(c.imag));
                }
                case String s -> str(s, flag);
                case PyBytes b -> bytes(b.buffer(), flag);
                case PyTuple t -> {
                    if (t.size() < 256) {
                        out.write(')' | flag);
                        out.write(t.size());
                    } else {
                        out.write('(' | flag);
                        int32(t.size());
                    }
                    for (int i = 0; i < t.size(); i++) {
                        write(t.get(i));
                    }
                }
                case PyList l -> {
                    out.write('[' | flag);
                    Object[] items = l.toArray();
                    int32(items.length);
                    for (Object o : items) {
                        write(o);
                    }
                }
                case PyDict d -> {
                    out.write('{' | flag);
                    d.forEachEntry((k, val) -> {
                        write(k);
                        write(val);
                    });
                    out.write('0');
                }
                case PySet s -> {
                    out.write((s.isFrozen() ? '>' : '<') | flag);
                    Object[] items = s.toArray();
                    int32(items.length);
                    for (Object o : items) {
                        write(o);
                    }
                }
                default -> {
                    PyBuffer buffer = Convert.bufferOrNull(v);
                    if (buffer == null) {
                        throw PyException.valueError("unmarshallable object");
                    }
                    bytes(buffer, flag);
                }
            }
        }

        /** An int beyond 32 bits: digits of 15 bits, least significant first, the sign in the count. */
        private void bigInt(BigInteger b, int flag) {
            out.write('l' | flag);
            BigInteger a = b.abs();
            List<Integer> digits = new ArrayList<>();
            while (a.signum() > 0) {
                digits.add(a.intValue() & 0x7FFF);
                a = a.shiftRight(15);
            }
            int32(b.signum() < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                out.write(d & 0xFF);
                out.write(d >>> 8);
            }
        }

        private void str(String s, int flag) {
            boolean ascii = s.chars().allMatch(c -> c < 128);
            if (ascii && version >= 4) {
                boolean interned = !s.isEmpty() && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
                if (s.length() < 256) {
                    out.write((interned ? 'Z' : 'z') | flag);
                    out.write(s.length());
                } else {
                    out.write((interned ? 'A' : 'a') | flag);
                    int32(s.length());
                }
                out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
                return;
            }
            byte[] utf8 = Codecs.encode(s, "utf-8", "surrogatepass");
            out.write('u' | flag);
            int32(utf8.length);
            out.writeBytes(utf8);
        }

        private void bytes(PyBuffer b, int flag) {
            out.write('s' | flag);
            int32(b.length());
            out.write(b.array(), b.offset(), b.length());
        }

        private void int32(int v) {
            for (int i = 0; i < 4; i++) {
                out.write(v >>> (8 * i));
            }
        }

        private void int64(long v) {
            for (int i = 0; i < 8; i++) {
                out.write((int) (v >>> (8 * i)));
            }
        }
    }

    private static final class Reader {
        final ThreadState ts;
        final byte[] data;
        int pos;
        final List<Object> refs = new ArrayList<>();
        int depth;

        Reader(ThreadState ts, byte[] data) {
            this.ts = ts;
            this.data = data;
        }

        Object readTop() {
            if (data.length == 0) {
                throw PyException.of(Exc.EOFError, "EOF read where object expected");
            }
            return read();
        }

        private Object read() {
            if (pos >= data.length) {
                throw PyException.of(Exc.EOFError, "EOF read where object expected");
            }
            if (++depth > MAX_DEPTH) {
                throw PyException.valueError("recursion limit exceeded");
            }
            int code = data[pos++] & 0xFF;
            boolean flag = (code & FLAG_REF) != 0;
            int slot = -1;
            if (flag) {
                slot = refs.size();
                refs.add(null);
            }
            Object v = switch (code & ~FLAG_REF) {
                case 'N' -> Singleton.NONE;
                case 'T' -> Boolean.TRUE;
                case 'F' -> Boolean.FALSE;
                case 'S' -> Exc.StopIteration;
                case '.' -> Singleton.ELLIPSIS;
                case 'i' -> (long) int32();
                case 'l' -> bigInt();
                case 'g' -> Double.longBitsToDouble(int64());
                case 'y' -> new PyComplex(Double.longBitsToDouble(int64()), Double.longBitsToDouble(int64()));
                case 's' -> PyBytes.of(take(size()));
                case 'u', 't' -> Codecs.decode(take(size()), "utf-8", "surrogatepass");
                case 'a', 'A' -> new String(take(size()), StandardCharsets.ISO_8859_1);
                case 'z', 'Z' -> new String(take(byte8()), StandardCharsets.ISO_8859_1);
                case ')' -> tuple(byte8(), slot);
                case '(' -> tuple(size(), slot);
                case '[' -> list(slot);
                case '{' -> dict(slot);
                case '<', '>' -> set((code & ~FLAG_REF) == '>', slot);
                case 'r' -> {
                    int index = int32();
                    if (index < 0 || index >= refs.size() || refs.get(index) == null) {
                        throw PyException.valueError("bad marshal data (invalid reference)");
                    }
                    yield refs.get(index);
                }
                case 'c' -> throw PyException.valueError("bad marshal data (code objects are CPython bytecode)");
                default -> throw PyException.valueError("bad marshal data (unknown type code)");
            };
            if (flag && refs.get(slot) == null) {
                refs.set(slot, v);
            }
            depth--;
            return v;
        }

        private Object tuple(int n, int slot) {
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = read();
            }
            return PyTuple.of(items);
        }

        private Object list(int slot) {
            int n = size();
            PyList l = new PyList();
            if (slot >= 0) {
                refs.set(slot, l);
            }
            for (int i = 0; i < n; i++) {
                l.append(read());
            }
            return l;
        }

        private Object dict(int slot) {
            PyDict d = new PyDict();
            if (slot >= 0) {
                refs.set(slot, d);
            }
            while (true) {
                if (pos < data.length && data[pos] == '0') {
                    pos++;
                    return d;
                }
                Object k = read();
                Object v = read();
                d.setItem(ts, k, v);
            }
        }

        private Object set(boolean frozen, int slot) {
            int n = size();
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = read();
            }
            if (frozen) {
                return PyFrozenSet.of(ts, PyTuple.of(items));
            }
            PySet s = new PySet();
            for (Object o : items) {
                s.add(ts, o);
            }
            return s;
        }

        private Object bigInt() {
            int n = int32();
            BigInteger v = BigInteger.ZERO;
            int count = Math.abs(n);
            for (int i = 0; i < count; i++) {
                int d = byte8() | byte8() << 8;
                if (d > 0x7FFF) {
                    throw PyException.valueError("bad marshal data (digit out of range in long)");
                }
                v = v.or(BigInteger.valueOf(d).shiftLeft(15 * i));
            }
            v = n < 0 ? v.negate() : v;
            return v.bitLength() < 64 ? (Object) v.longValue() : v;
        }

        private int size() {
            int n = int32();
            if (n < 0 || n > data.length - pos) {
                throw n < 0 ? PyException.valueError("bad marshal data (size out of range)")
                        : PyException.of(Exc.EOFError, "marshal data too short");
            }
            return n;
        }

        private byte[] take(int n) {
            if (pos + n > data.length) {
                throw PyException.of(Exc.EOFError, "marshal data too short");
            }
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }

        private int byte8() {
            if (pos >= data.length) {
                throw PyException.of(Exc.EOFError, "marshal data too short");
            }
            return data[pos++] & 0xFF;
        }

        private int int32() {
            if (pos + 4 > data.length) {
                throw PyException.of(Exc.EOFError, "marshal data too short");
            }
            int v = 0;
            for (int i = 3; i >= 0; i--) {
                v = v << 8 | (data[pos + i] & 0xFF);
            }
            pos += 4;
            return v;
        }

        private long int64() {
            long lo = int32() & 0xFFFFFFFFL;
            long hi = int32() & 0xFFFFFFFFL;
            return hi << 32 | lo;
        }
    }
}
