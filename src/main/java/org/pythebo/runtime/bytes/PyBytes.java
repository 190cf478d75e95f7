package org.pythebo.runtime.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** bytes: an immutable byte array, shared freely between threads. The shared logic is in {@link BytesMethods}. */
public final class PyBytes extends PyObject implements BufferExporter {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    final byte[] value;

    @Override
    public PyBuffer buffer() {
        return PyBuffer.of(value);
    }
    /** The hash, computed on first use (0: not yet); racing threads compute the same value. */
    private volatile long hash;

    private PyBytes(byte[] value) {
        this.value = value;
    }

    /** Wraps the array, which the caller must not change afterwards. */
    public static PyBytes of(byte[] value) {
        return value.length == 0 ? EMPTY : new PyBytes(value);
    }

    @Override
    public PyType type() { return PyType.BYTES; }

    /** The contents; callers must not change the array. */
    public byte[] value() { return value; }

    public int size() { return value.length; }

    private static byte[] self(Object self) {
        return ((PyBytes) self).value;
    }

    /** {@code b[i]} for an int index: the fast path of subscription. */
    public long item(long i) {
        long j = i < 0 ? i + value.length : i;
        if (j < 0 || j >= value.length) {
            throw PyException.indexError("index out of range");
        }
        return value[(int) j] & 0xff;
    }

    /** {@code hash(b)}: equal bytes have equal hashes. */
    public long hashValue() {
        long h = hash;
        if (h == 0) {
            h = BytesMethods.hash(value);
            hash = h;
        }
        return h;
    }

    /** {@code iter(b)}. */
    public PyIterator iterator() { return new BytesIterator(value); }

    // ---- construction and the data model ----

    @PyMethod("($type, source=?, encoding=?, errors=?)")
    public static Object __new__(ThreadState ts, Object cls, Object source, Object encoding, Object errors) {
        if (cls != PyType.BYTES) {
            throw PyException.typeError("subclasses of bytes are not supported yet");
        }
        if (source instanceof PyBytes b && encoding == null && errors == null) {
            return b;
        }
        return of(BytesMethods.fromSource(ts, source, encoding, errors, false));
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return BytesMethods.repr(self(self), false); }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) self(self).length; }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(Object self, Object key) {
        if (key instanceof Long i) {
            return ((PyBytes) self).item(i);
        }
        return BytesMethods.getItem(self, self(self), key);
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(Object self, Object key) { return BytesMethods.contains(self(self), key); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return ((PyBytes) self).iterator(); }

    @PyMethod("($self, /)")
    public static Object __hash__(Object self) { return ((PyBytes) self).hashValue(); }

    @PyMethod("($self, /)")
    public static Object __bytes__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __getnewargs__(Object self) { return PyTuple.of(PyBytes.of(self(self))); }

    private static byte[] comparable(Object other) {
        return other instanceof PyBytes b ? b.value : null;
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(Object self, Object other) {
        return BytesMethods.richCompare(self(self), comparable(other), Compare.EQ);
    }

    @PyMethod("($self, value, /)")
    public static Object __ne__(Object self, Object other) {
        return BytesMethods.richCompare(self(self), comparable(other), Compare.NE);
    }

    @PyMethod("($self, value, /)")
    public static Object __lt__(Object self, Object other) {
        return BytesMethods.richCompare(self(self), comparable(other), Compare.LT);
    }

    @PyMethod("($self, value, /)")
    public static Object __le__(Object self, Object other) {
        return BytesMethods.richCompare(self(self), comparable(other), Compare.LE);
    }

    @PyMethod("($self, value, /)")
    public static Object __gt__(Object self, Object other) {
        return BytesMethods.richCompare(self(self), comparable(other), Compare.GT);
    }

    @PyMethod("($self, value, /)")
    public static Object __ge__(Object self, Object other) {
        return BytesMethods.richCompare(self(self), comparable(other), Compare.GE);
    }

    @PyMethod("($self, value, /)")
    public static Object __add__(ThreadState ts, Object self, Object other) {
        return BytesMethods.concat(ts, self, self(self), other);
    }

    @PyMethod("($self, value, /)")
    public static Object __mul__(ThreadState ts, Object self, Object n) {
        return BytesMethods.mul(ts, self, self(self), n);
    }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(Object self, Object n) { return BytesMethods.rmul(self, self(self), n); }

    @PyMethod("($self, value, /)")
    public static Object __mod__(ThreadState ts, Object self, Object args) {
        return of(BytesMethods.percentFormat(ts, self(self), args));
    }

    @PyMethod("($self, value, /)")
    public static Object __rmod__(Object self, Object other) { return Singleton.NOT_IMPLEMENTED; }

    // ---- methods (the same list as bytearray's) ----

    @PyMethod("($self, /, encoding='utf-8', errors='strict')")
    public static Object decode(Object self, Object encoding, Object errors) {
        return BytesMethods.decode(self, encoding, errors);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object count(Object self, Object sub, Object start, Object end) {
        return BytesMethods.count(self, sub, start, end);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object find(Object self, Object sub, Object start, Object end) {
        return BytesMethods.find(self, sub, start, end, false, false);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object rfind(Object self, Object sub, Object start, Object end) {
        return BytesMethods.find(self, sub, start, end, true, false);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object index(Object self, Object sub, Object start, Object end) {
        return BytesMethods.find(self, sub, start, end, false, true);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object rindex(Object self, Object sub, Object start, Object end) {
        return BytesMethods.find(self, sub, start, end, true, true);
    }

    @PyMethod(value = "($self, prefix, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object startswith(Object self, Object prefix, Object start, Object end) {
        return BytesMethods.startsOrEnds(self, prefix, start, end, false);
    }

    @PyMethod(value = "($self, suffix, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object endswith(Object self, Object suffix, Object start, Object end) {
        return BytesMethods.startsOrEnds(self, suffix, start, end, true);
    }

    @PyMethod("($self, old, new, count=-1, /)")
    public static Object replace(Object self, Object old, Object rep, Object count) {
        return BytesMethods.replace(self, old, rep, count);
    }

    @PyMethod("($self, /, sep=None, maxsplit=-1)")
    public static Object split(Object self, Object sep, Object maxsplit) {
        return BytesMethods.split(self, sep, maxsplit, false);
    }

    @PyMethod("($self, /, sep=None, maxsplit=-1)")
    public static Object rsplit(Object self, Object sep, Object maxsplit) {
        return BytesMethods.split(self, sep, maxsplit, true);
    }

    @PyMethod("($self, bytes=None, /)")
    public static Object strip(Object self, Object chars) { return BytesMethods.strip(self, chars, 3); }

    @PyMethod("($self, bytes=None, /)")
    public static Object lstrip(Object self, Object chars) { return BytesMethods.strip(self, chars, 1); }

    @PyMethod("($self, bytes=None, /)")
    public static Object rstrip(Object self, Object chars) { return BytesMethods.strip(self, chars, 2); }

    @PyMethod("($self, iterable_of_bytes, /)")
    public static Object join(ThreadState ts, Object self, Object iterable) { return BytesMethods.join(ts, self, iterable); }

    @PyMethod("($self, sep, /)")
    public static Object partition(Object self, Object sep) { return BytesMethods.partition(self, sep, false); }

    @PyMethod("($self, sep, /)")
    public static Object rpartition(Object self, Object sep) { return BytesMethods.partition(self, sep, true); }

    @PyMethod("($self, width, fillchar=?, /)")
    public static Object center(Object self, Object width, Object fill) { return BytesMethods.pad(self, width, fill, 'c'); }

    @PyMethod("($self, width, fillchar=?, /)")
    public static Object ljust(Object self, Object width, Object fill) { return BytesMethods.pad(self, width, fill, '<'); }

    @PyMethod("($self, width, fillchar=?, /)")
    public static Object rjust(Object self, Object width, Object fill) { return BytesMethods.pad(self, width, fill, '>'); }

    @PyMethod("($self, width, /)")
    public static Object zfill(Object self, Object width) { return BytesMethods.zfill(self, width); }

    @PyMethod("($self, table, /, delete=?)")
    public static Object translate(Object self, Object table, Object delete) {
        return BytesMethods.translate(self, table, delete);
    }

    @PyMethod("($type, frm, to, /)")
    public static Object maketrans(Object cls, Object from, Object to) { return BytesMethods.maketrans(from, to); }

    @PyMethod("($self, /, tabsize=8)")
    public static Object expandtabs(Object self, Object tabsize) { return BytesMethods.expandtabs(self, tabsize); }

    @PyMethod("($self, /, keepends=False)")
    public static Object splitlines(ThreadState ts, Object self, Object keepends) {
        return BytesMethods.splitlines(ts, self, keepends);
    }

    @PyMethod("($self, /)")
    public static Object upper(Object self) { return BytesMethods.caseMap(self, "upper"); }

    @PyMethod("($self, /)")
    public static Object lower(Object self) { return BytesMethods.caseMap(self, "lower"); }

    @PyMethod("($self, /)")
    public static Object swapcase(Object self) { return BytesMethods.caseMap(self, "swapcase"); }

    @PyMethod("($self, /)")
    public static Object title(Object self) { return BytesMethods.caseMap(self, "title"); }

    @PyMethod("($self, /)")
    public static Object capitalize(Object self) { return BytesMethods.caseMap(self, "capitalize"); }

    @PyMethod("($self, /)")
    public static Object isalnum(Object self) { return BytesMethods.is(self, "isalnum"); }

    @PyMethod("($self, /)")
    public static Object isalpha(Object self) { return BytesMethods.is(self, "isalpha"); }

    @PyMethod("($self, /)")
    public static Object isascii(Object self) { return BytesMethods.is(self, "isascii"); }

    @PyMethod("($self, /)")
    public static Object isdigit(Object self) { return BytesMethods.is(self, "isdigit"); }

    @PyMethod("($self, /)")
    public static Object islower(Object self) { return BytesMethods.is(self, "islower"); }

    @PyMethod("($self, /)")
    public static Object isupper(Object self) { return BytesMethods.is(self, "isupper"); }

    @PyMethod("($self, /)")
    public static Object isspace(Object self) { return BytesMethods.is(self, "isspace"); }

    @PyMethod("($self, /)")
    public static Object istitle(Object self) { return BytesMethods.is(self, "istitle"); }

    @PyMethod("($self, prefix, /)")
    public static Object removeprefix(Object self, Object prefix) { return BytesMethods.removeAffix(self, prefix, false); }

    @PyMethod("($self, suffix, /)")
    public static Object removesuffix(Object self, Object suffix) { return BytesMethods.removeAffix(self, suffix, true); }

    @PyMethod("($self, /, sep=?, bytes_per_sep=?)")
    public static Object hex(Object self, Object sep, Object perSep) { return BytesMethods.hex(self(self), sep, perSep); }

    @PyMethod("($type, string, /)")
    public static Object fromhex(Object cls, Object string) { return of(BytesMethods.fromhex(string)); }

    /** The iterator of bytes and bytearray: ints, read from the live contents of a bytearray. */
    static final class BytesIterator extends PyIterator {
        private static final PyType BYTES_ITERATOR = typeNamed("bytes_iterator");
        private static final PyType BYTEARRAY_ITERATOR = typeNamed("bytearray_iterator");
        private static final VarHandle INDEX = indexHandle(MethodHandles.lookup(), BytesIterator.class);
        private final byte[] bytes;
        private final PyByteArray array;
        /** Package-private: PyIterator's VarHandle lookup must reach it. */
        volatile int index;

        BytesIterator(byte[] bytes) {
            super(BYTES_ITERATOR);
            this.bytes = bytes;
            this.array = null;
        }

        BytesIterator(PyByteArray array) {
            super(BYTEARRAY_ITERATOR);
            this.bytes = null;
            this.array = array;
        }

        @Override
        public Object next(ThreadState ts) {
            if (bytes != null) {
                int k = claim(INDEX, this, bytes.length);
                return k < 0 ? null : (Object) (long) (bytes[k] & 0xff);
            }
            int k = claim(INDEX, this, array.size());
            return k < 0 ? null : array.getOrNull(k);
        }
    }
}
