package org.pythebo.runtime.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/**
 * A struct sequence (sys.version_info, sys.flags, time.struct_time, os.stat_result): a tuple
 * whose items are also named attributes. Some kinds have fields beyond the tuple part
 * (struct_time's tm_zone and tm_gmtoff), reachable only by name, and some have unnamed items in
 * the tuple part (stat_result's integer times), reachable only by index. Immutable, so shared
 * freely between threads.
 */
public final class StructSeq extends PyTuple {
    /** One struct sequence type: its fields, and how many of them the tuple holds. */
    public static final class Spec {
        public final PyType type;
        final String[] fields;
        final int visible;
        /** Whether Python code may call the type (time.struct_time yes, sys.version_info no). */
        final boolean constructible;
        /** The names of the named fields in order, which is how CPython's repr and pickling name items. */
        final String[] named;
        /** Fills what the sequence given to the constructor left None (stat_result's float times), or null. */
        private final Consumer<Object[]> completion;

        /** A kind whose fields are all named. */
        public Spec(String module, String name, int visible, boolean constructible, String... fields) {
            this(module, name, visible, constructible, null, fields);
        }

        /**
         * A kind whose tuple part may hold unnamed items (a null in {@code fields}); when the
         * constructor is called, {@code completion} sees every field's value and may fill the
         * ones still None.
         */
        public Spec(String module, String name, int visible, boolean constructible,
                Consumer<Object[]> completion, String... fields) {
            this.fields = fields;
            this.visible = visible;
            this.constructible = constructible;
            this.completion = completion;
            this.named = Arrays.stream(fields).filter(Objects::nonNull).toArray(String[]::new);
            this.type = PyType.newBuiltin(module + "." + name, PyType.TUPLE, StructSeq.class, PyType.Layout.TUPLE);
            var dict = type.typeDict();
            if (!module.equals("sys")) {
                // CPython makes sys's struct sequences static types and the others (time, os) heap
                // types, which carry __module__ in their dict.
                dict.put("__module__", module);
            }
            int unnamed = fields.length - named.length;
            dict.put("n_sequence_fields", (long) visible);
            dict.put("n_fields", (long) fields.length);
            dict.put("n_unnamed_fields", (long) unnamed);
            List<Object> matchArgs = new ArrayList<>();
            for (int i = 0; i < visible; i++) {
                if (fields[i] != null) {
                    matchArgs.add(fields[i]);
                }
            }
            dict.put("__match_args__", PyTuple.of(matchArgs.toArray()));
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] != null) {
                    dict.put(fields[i], new Field(this, i));
                }
            }
        }

        /** A new instance; {@code values} holds every field (the caller gives up the array). */
        public StructSeq make(Object... values) {
            if (values.length != fields.length) {
                throw new IllegalArgumentException("struct sequence " + type.name + " needs " + fields.length + " values");
            }
            return new StructSeq(this, values);
        }

        String qualifiedName() { return type.name; }
    }

    /** A field's attribute on the type: read-only, like CPython's member descriptors. */
    static final class Field extends PyObject implements Descriptor {
        final Spec spec;
        final int index;

        Field(Spec spec, int index) {
            this.spec = spec;
            this.index = index;
        }

        @Override
        public PyType type() { return PyType.METHOD_DESCRIPTOR; }

        @Override
        public boolean isData() { return true; }

        @Override
        public Object get(ThreadState ts, Object obj, PyType type) {
            if (obj == null) {
                return this;
            }
            if (!(obj instanceof StructSeq s) || !s.spec.type.isSubtypeOf(spec.type)) {
                throw PyException.typeError("descriptor '" + spec.fields[index] + "' for '" + spec.qualifiedName()
                        + "' objects doesn't apply to a '" + Ops.typeName(obj) + "' object");
            }
            return s.field(index);
        }

        @Override
        public void set(ThreadState ts, Object obj, Object value) {
            throw PyException.attributeError("readonly attribute", obj, spec.fields[index]);
        }

        @Override
        public String toString() {
            return "<member '" + spec.fields[index] + "' of '" + spec.qualifiedName() + "' objects>";
        }
    }

    final Spec spec;
    /** The fields past the tuple part. */
    private final Object[] hidden;

    private StructSeq(Spec spec, Object[] values) {
        super(Arrays.copyOf(values, spec.visible));
        this.spec = spec;
        this.hidden = Arrays.copyOfRange(values, spec.visible, values.length);
    }

    @Override
    public PyType type() { return spec.type; }

    Object field(int i) { return i < spec.visible ? items[i] : hidden[i - spec.visible]; }

    private static Spec specOf(PyType cls) {
        for (PyType t : cls.mro()) {
            for (Object v : t.typeDict().values()) {
                if (v instanceof Field f && f.spec.type == t) {
                    return f.spec;
                }
            }
        }
        throw PyException.typeError("'" + cls.name + "' is not a struct sequence type");
    }

    @PyMethod("($type, sequence=?, dict=None)")
    public static Object __new__(ThreadState ts, Object cls, Object sequence, Object dict) {
        Spec spec = specOf((PyType) cls);
        if (!spec.constructible) {
            throw PyException.typeError("cannot create '" + spec.qualifiedName() + "' instances");
        }
        if (sequence == null) {
            throw PyException.typeError("structseq() missing required argument 'sequence' (pos 1)");
        }
        Object[] items = Ops.toArray(ts, sequence);
        int n = items.length;
        int min = spec.visible;
        int max = spec.fields.length;
        if (n < min) {
            String bound = min == max ? "a " : "an at least ";
            throw PyException.typeError(spec.qualifiedName() + "() takes " + bound + min + "-sequence (" + n
                    + "-sequence given)");
        }
        if (n > max) {
            String bound = min == max ? "a " : "an at most ";
            throw PyException.typeError(spec.qualifiedName() + "() takes " + bound + max + "-sequence (" + n
                    + "-sequence given)");
        }
        if (dict != Singleton.NONE && !(dict instanceof PyDict)) {
            throw PyException.typeError(spec.qualifiedName() + "() takes a dict as second arg, if any");
        }
        Object[] values = new Object[max];
        System.arraycopy(items, 0, values, 0, n);
        for (int i = n; i < max; i++) {
            Object v = dict instanceof PyDict d ? d.get(ts, spec.fields[i]) : null;
            values[i] = v == null ? Singleton.NONE : v;
        }
        if (spec.completion != null) {
            spec.completion.accept(values);
        }
        return new StructSeq(spec, values);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        StructSeq s = (StructSeq) self;
        StringBuilder sb = new StringBuilder(s.spec.qualifiedName()).append('(');
        for (int i = 0; i < s.spec.visible; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            // CPython names item i after the i-th named field, so unnamed items take later names.
            sb.append(s.spec.named[i]).append('=').append(Ops.repr(ts, s.items[i]));
        }
        return sb.append(')').toString();
    }

    @PyMethod("($self, /)")
    public static Object __reduce__(ThreadState ts, Object self) {
        StructSeq s = (StructSeq) self;
        PyDict extra = new PyDict();
        for (int i = s.spec.visible; i < s.spec.fields.length; i++) {
            extra.setItem(ts, s.spec.fields[i], s.field(i));
        }
        return PyTuple.of(s.spec.type, PyTuple.of(PyTuple.of(s.items.clone()), extra));
    }
}
