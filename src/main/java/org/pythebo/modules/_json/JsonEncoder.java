package org.pythebo.modules._json;

import java.math.BigInteger;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Repr;

/**
 * {@code _json.make_encoder} (the type {@code _json.Encoder}): json.dumps's one-shot encoder
 * when there is no indent. Its settings are fixed when made; the markers dict (ids of the
 * containers being encoded, for circular references) is the caller's, as in CPython.
 */
public final class JsonEncoder extends PyObject implements PyCallable {
    static final PyType TYPE = PyType.newBuiltin("_json.Encoder", PyType.OBJECT, JsonEncoder.class, PyType.Layout.OBJECT);

    public static final String __doc__ = "_iterencode(obj, _current_indent_level) -> iterable";

    static {
        TYPE.typeDict().put("__module__", "_json");
    }

    private final Object markers;
    private final Object defaultFn;
    private final Object encoder;
    private final Object indent;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipkeys;
    private final boolean allowNan;

    private JsonEncoder(Object markers, Object defaultFn, Object encoder, Object indent, String keySeparator,
                        String itemSeparator, boolean sortKeys, boolean skipkeys, boolean allowNan) {
        this.markers = markers;
        this.defaultFn = defaultFn;
        this.encoder = encoder;
        this.indent = indent;
        this.keySeparator = keySeparator;
        this.itemSeparator = itemSeparator;
        this.sortKeys = sortKeys;
        this.skipkeys = skipkeys;
        this.allowNan = allowNan;
    }

    @Override
    public PyType type() { return TYPE; }

    @PyMethod("($type, markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)")
    public static Object __new__(Object cls, Object markers, Object defaultFn, Object encoder, Object indent,
                                 String keySeparator, String itemSeparator, boolean sortKeys, boolean skipkeys,
                                 boolean allowNan) {
        if (markers != Singleton.NONE && !(markers instanceof PyDict)) {
            throw PyException.typeError("make_encoder() argument 1 must be dict or None, not " + Ops.typeName(markers));
        }
        return new JsonEncoder(markers, defaultFn, encoder, indent, keySeparator, itemSeparator, sortKeys, skipkeys,
                allowNan);
    }

    /** {@code _iterencode(obj, _current_indent_level)}: a list holding the whole text. */
    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 2) {
            throw PyException.typeError("_iterencode() takes at most 2 arguments (" + args.length + " given)");
        }
        Object obj = npos > 0 ? args[0] : null;
        Object level = npos > 1 ? args[1] : null;
        for (int i = npos; i < args.length; i++) {
            String name = kwnames[i - npos];
            if (name.equals("obj") && obj == null) {
                obj = args[i];
            } else if (name.equals("_current_indent_level") && level == null) {
                level = args[i];
            } else {
                throw PyException.typeError("'" + name + "' is an invalid keyword argument for _iterencode()");
            }
        }
        if (obj == null) {
            throw PyException.typeError("_iterencode() missing required argument 'obj' (pos 1)");
        }
        if (level == null) {
            throw PyException.typeError("_iterencode() missing required argument '_current_indent_level' (pos 2)");
        }
        Ops.index(level);
        StringBuilder out = new StringBuilder();
        encode(ts, obj, out);
        return new PyList(new Object[] {out.toString()});
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self, args, kwargs);
    }

    private void encode(ThreadState ts, Object o, StringBuilder out) {
        if (o == Singleton.NONE) {
            out.append("null");
        } else if (o instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (o instanceof String s) {
            out.append(encodeString(ts, s));
        } else if (o instanceof Long || o instanceof BigInteger) {
            out.append(o);
        } else if (o instanceof Double d) {
            out.append(floatText(d));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            encodeArray(ts, o, out);
        } else if (o instanceof PyDict) {
            encodeObject(ts, o, out);
        } else if (Ops.isInstance(o, PyType.STR)) {
            out.append(encodeString(ts, o));
        } else if (Ops.isInstance(o, PyType.INT)) {
            // int's own repr, not a subclass's (an IntEnum member is its number).
            out.append(IntMethods.__repr__(PyValueInstance.unwrap(o)));
        } else if (Ops.isInstance(o, PyType.FLOAT)) {
            out.append(floatText((Double) PyValueInstance.unwrap(o)));
        } else if (Ops.isInstance(o, PyType.LIST) || Ops.isInstance(o, PyType.TUPLE)) {
            encodeArray(ts, o, out);
        } else if (Ops.isInstance(o, PyType.DICT)) {
            encodeObject(ts, o, out);
        } else {
            Object id = mark(ts, o);
            ts.enterCall();
            try {
                encode(ts, Ops.call(ts, defaultFn, o), out);
            } finally {
                ts.leaveCall();
            }
            unmark(ts, id);
        }
    }

    private String encodeString(ThreadState ts, Object s) {
        Object r = Ops.call(ts, encoder, s);
        if (!(r instanceof String str)) {
            throw PyException.typeError("encoder() must return a string, not " + Ops.typeName(r));
        }
        return str;
    }

    private String floatText(double d) {
        if (Double.isFinite(d)) {
            return Repr.floatRepr(d);
        }
        if (!allowNan) {
            throw PyException.valueError("Out of range float values are not JSON compliant");
        }
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    /** Records a container being encoded; null when this encoder keeps no markers. */
    private Object mark(ThreadState ts, Object o) {
        if (!(markers instanceof PyDict m)) {
            return null;
        }
        Object id = Ops.id(o);
        if (m.get(ts, id) != null) {
            throw PyException.valueError("Circular reference detected");
        }
        m.setItem(ts, id, o);
        return id;
    }

    private void unmark(ThreadState ts, Object id) {
        if (id != null) {
            ((PyDict) markers).remove(ts, id);
        }
    }

    private void encodeArray(ThreadState ts, Object seq, StringBuilder out) {
        Object[] items = Ops.toArray(ts, seq);
        if (items.length == 0) {
            out.append("[]");
            return;
        }
        Object id = mark(ts, seq);
        ts.enterCall();
        try {
            out.append('[');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(itemSeparator);
                }
                encode(ts, items[i], out);
            }
            out.append(']');
        } finally {
            ts.leaveCall();
        }
        unmark(ts, id);
    }

    private void encodeObject(ThreadState ts, Object dict, StringBuilder out) {
        if (Ops.len(ts, dict) == 0) {
            out.append("{}");
            return;
        }
        Object id = mark(ts, dict);
        Object[] items = Ops.toArray(ts, Ops.callMethod(ts, dict, "items"));
        if (sortKeys) {
            PyList sorted = new PyList(items);
            PyList.sort(ts, sorted, Singleton.NONE, false);
            items = sorted.toArray();
        }
        ts.enterCall();
        try {
            out.append('{');
            boolean first = true;
            for (Object item : items) {
                Object[] kv = Ops.toArray(ts, item);
                String key = keyText(ts, kv[0]);
                if (key == null) {
                    continue;
                }
                if (!first) {
                    out.append(itemSeparator);
                }
                first = false;
                out.append(encodeString(ts, key)).append(keySeparator);
                encode(ts, kv[1], out);
            }
            out.append('}');
        } finally {
            ts.leaveCall();
        }
        unmark(ts, id);
    }

    /** A key as JSON's string key, or null when skipkeys drops it. */
    private String keyText(ThreadState ts, Object key) {
        if (key instanceof String s) {
            return s;
        }
        if (Ops.isInstance(key, PyType.STR)) {
            return (String) PyValueInstance.unwrap(key);
        }
        if (Ops.isInstance(key, PyType.FLOAT)) {
            return floatText((Double) PyValueInstance.unwrap(key));
        }
        if (key instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (key == Singleton.NONE) {
            return "null";
        }
        if (Ops.isInstance(key, PyType.INT)) {
            return (String) IntMethods.__repr__(PyValueInstance.unwrap(key));
        }
        if (skipkeys) {
            return null;
        }
        throw PyException.typeError("keys must be str, int, float, bool or None, not " + Ops.typeName(key));
    }

    @PyGetter("markers")
    public static Object markers(Object self) { return ((JsonEncoder) self).markers; }

    @PyGetter("default")
    public static Object defaultFn(Object self) { return ((JsonEncoder) self).defaultFn; }

    @PyGetter("encoder")
    public static Object encoder(Object self) { return ((JsonEncoder) self).encoder; }

    @PyGetter("indent")
    public static Object indent(Object self) { return ((JsonEncoder) self).indent; }

    @PyGetter("key_separator")
    public static Object keySeparator(Object self) { return ((JsonEncoder) self).keySeparator; }

    @PyGetter("item_separator")
    public static Object itemSeparator(Object self) { return ((JsonEncoder) self).itemSeparator; }

    @PyGetter("sort_keys")
    public static Object sortKeys(Object self) { return ((JsonEncoder) self).sortKeys; }

    @PyGetter("skipkeys")
    public static Object skipkeys(Object self) { return ((JsonEncoder) self).skipkeys; }
}
