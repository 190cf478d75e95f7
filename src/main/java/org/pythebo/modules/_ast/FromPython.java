package org.pythebo.modules._ast;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.pythebo.modules._ast.Asdl.Field;
import org.pythebo.modules._ast.Asdl.NodeType;
import org.pythebo.modules._ast.RecordShapes.Shape;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.numbers.PyComplex;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * Python node objects as the parser's records, as CPython's obj2ast reads them: attributes are
 * read with getattr (so class defaults count), a sum's position attributes before its
 * constructor is chosen by isinstance, a product's after its fields, and each kind of field is
 * checked with CPython's error. What this lets through the {@link AstValidator} checks next.
 *
 * <p>A list field's elements may come out null (None where a node is expected); constants stay
 * Python objects except those the records spell their own way (None, Ellipsis, bytes and
 * imaginary numbers).
 */
final class FromPython {
    private final ThreadState ts;
    private final NodeClasses classes;
    /** How deep the conversion is, counted with the thread's Python calls against the recursion limit. */
    private int depth;

    FromPython(ThreadState ts) {
        this.ts = ts;
        this.classes = NodeClasses.of(ts.interp);
    }

    /** A tree given to compile(): checked to be the node class of {@code mode} first. */
    Ast.Mod mod(Object obj, NodeType expected) {
        if (!Ops.type(obj).isSubtypeOf(classes.type(expected))) {
            throw PyException.typeError("expected " + expected.name + " node, got " + Ops.type(obj).shortName());
        }
        return (Ast.Mod) node(obj, Asdl.get("mod"));
    }

    /** A node of a sum (null for None) or of a product. */
    private Ast.Node node(Object obj, NodeType type) {
        if (type.isSum() && obj == Singleton.NONE) {
            return null;
        }
        if (++depth + ts.depth > ts.interp.recursionLimit) {
            depth--;
            throw PyException.of(Exc.RecursionError,
                    "maximum recursion depth exceeded while traversing '" + type.name + "' node");
        }
        try {
            if (!type.isSum()) {
                Object[] fieldValues = fields(obj, type);
                Object[] attributeValues = attributes(obj, type, type.attributes);
                return make(type, fieldValues, attributeValues);
            }
            Object[] attributeValues = attributes(obj, type, type.attributes);
            for (NodeType c : type.constructors) {
                if (Ops.type(obj).isSubtypeOf(classes.type(c))) {
                    return make(c, fields(obj, c), attributeValues);
                }
            }
            throw expected(type, obj);
        } finally {
            depth--;
        }
    }

    private Ast.Node make(NodeType type, Object[] fieldValues, Object[] attributeValues) {
        for (int i = 0; i < fieldValues.length; i++) {
            Field f = type.fields.get(i);
            if (fieldValues[i] == null && !f.optional() && !f.sequence()
                    && (f.builtin() == Asdl.Builtin.IDENTIFIER || f.builtin() == Asdl.Builtin.NODE)) {
                throw PyException.valueError("field '" + f.name() + "' is required for " + type.name);
            }
        }
        Object[] values = new Object[fieldValues.length + attributeValues.length];
        System.arraycopy(fieldValues, 0, values, 0, fieldValues.length);
        System.arraycopy(attributeValues, 0, values, fieldValues.length, attributeValues.length);
        return RecordShapes.of(type).make(values);
    }

    private Object[] fields(Object obj, NodeType type) {
        Object[] values = new Object[type.fields.size()];
        for (int i = 0; i < values.length; i++) {
            Field f = type.fields.get(i);
            Object v = Ops.lookupAttr(ts, obj, f.name());
            if (v == null && !f.optional()) {
                throw missing(f, type);
            }
            if (f.sequence()) {
                values[i] = sequence(v, f, type);
            } else if (f.optional() && (v == null || v == Singleton.NONE)) {
                values[i] = f.builtin() == Asdl.Builtin.INT ? Integer.valueOf(0) : null;
            } else {
                values[i] = value(v, f);
            }
        }
        return values;
    }

    /**
     * The position attributes; an end missing or None is the start ({@code end_lineno} defaults
     * to {@code lineno}, {@code end_col_offset} to {@code col_offset}).
     */
    private Object[] attributes(Object obj, NodeType owner, List<Field> attributes) {
        Object[] values = new Object[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            Field f = attributes.get(i);
            Object v = Ops.lookupAttr(ts, obj, f.name());
            if (v == null && !f.optional()) {
                throw missing(f, owner);
            }
            values[i] = f.optional() && (v == null || v == Singleton.NONE) ? values[i - 2] : toInt(v);
        }
        return values;
    }

    private List<Object> sequence(Object v, Field f, NodeType owner) {
        if (!(PyValueInstance.unwrap(v) instanceof PyList list)) {
            throw PyException.typeError(owner.name + " field \"" + f.name() + "\" must be a list, not a " + Ops.typeName(v));
        }
        int n = list.size();
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object item = list.getOrNull(i);
            out.add(item == null ? null : value(item, f));
            if (list.size() != n) {
                throw PyException.runtimeError(owner.name + " field \"" + f.name() + "\" changed size during iteration");
            }
        }
        return Collections.unmodifiableList(out);
    }

    private Object value(Object v, Field f) {
        return switch (f.builtin()) {
            case IDENTIFIER -> identifier(v);
            case STRING -> string(v);
            case INT -> toInt(v);
            case CONSTANT -> constant(v);
            case NODE -> {
                NodeType type = Asdl.get(f.typeName());
                yield type.simple ? simple(v, type) : node(v, type);
            }
        };
    }

    /** An operator or context: the constant of the first constructor {@code v} is an instance of. */
    private Object simple(Object v, NodeType sum) {
        for (NodeType c : sum.constructors) {
            if (Ops.type(v).isSubtypeOf(classes.type(c))) {
                return RecordShapes.constant(c);
            }
        }
        throw expected(sum, v);
    }

    private static String identifier(Object v) {
        if (v == Singleton.NONE) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw PyException.typeError("AST identifier must be of type str");
        }
        return s;
    }

    private static String string(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof PyBytes b) {
            return new String(b.value(), StandardCharsets.ISO_8859_1);
        }
        throw PyException.typeError("AST string must be of type str");
    }

    /** An int field: any int (bool included) that fits a C int. */
    private Integer toInt(Object v) {
        Object i = Convert.intValue(v);
        if (i == null) {
            throw PyException.valueError("invalid integer value: " + Ops.repr(ts, v));
        }
        if (i instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        }
        throw PyException.overflow("Python int too large to convert to C int");
    }

    /** A constant in the records' spelling where they have one; anything else as it is, for the validator to judge. */
    private static Object constant(Object v) {
        if (v == Singleton.NONE) {
            return Ast.Singleton.NONE;
        }
        if (v == Singleton.ELLIPSIS) {
            return Ast.Singleton.ELLIPSIS;
        }
        if (v instanceof PyBytes b) {
            return b.value();
        }
        if (v instanceof PyComplex c && c.real == 0.0 && 1 / c.real > 0) {
            return new Ast.Imaginary(c.imag);
        }
        if (v instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        return v;
    }

    private static PyException missing(Field f, NodeType owner) {
        return PyException.typeError("required field \"" + f.name() + "\" missing from " + owner.name);
    }

    private PyException expected(NodeType sum, Object got) {
        return PyException.typeError("expected some sort of " + sum.name + ", but got " + Ops.repr(ts, got));
    }
}
