package org.pythebo.modules._ast;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.ObjectMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyInstance;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code _ast.AST}, the base of every node class. Instances are plain objects with a
 * {@code __dict__} ({@link PyInstance}) whose fields are attributes; the constructor sets the
 * fields its class's {@code _fields} names from positional arguments and any attribute from
 * keywords, and {@code __reduce__} rebuilds a node from its class and attributes (pickle, copy).
 * The node classes themselves are made per interpreter ({@link NodeClasses}), since the Lib's
 * ast module adds to them.
 */
public final class AstMethods {
    private AstMethods() {}

    public static final PyType TYPE = PyType.newBuiltin("ast.AST", PyType.OBJECT, AstMethods.class, PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("_fields", PyTuple.EMPTY);
        TYPE.typeDict().put("__match_args__", PyTuple.EMPTY);
        TYPE.typeDict().put("_attributes", PyTuple.EMPTY);
    }

    /** Whether {@code o} is a node: an instance of AST or of a class derived from it. */
    public static boolean isNode(Object o) {
        return Ops.type(o).isSubtypeOf(TYPE);
    }

    @PyMethod(value = "($type, *args, **kwargs)", seesSubclass = true)
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (!(cls instanceof PyType t)) {
            throw PyException.typeError("AST.__new__(X): X is not a type object (" + Ops.typeName(cls) + ")");
        }
        if (!t.isSubtypeOf(TYPE)) {
            throw PyException.typeError("AST.__new__(" + t.name + "): " + t.name + " is not a subtype of AST");
        }
        return new PyInstance(t);
    }

    /**
     * Positional arguments set the fields in {@code _fields} order; keywords set attributes of any
     * name, a field named by a positional argument too being an error.
     */
    @PyMethod("($self, /, *args, **kwargs)")
    public static void __init__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        PyType type = Ops.type(self);
        Object fields = Ops.lookupAttr(ts, type, "_fields");
        long count = fields == null ? 0 : Ops.len(ts, fields);
        if (args.length > count) {
            throw PyException.typeError(type.shortName() + " constructor takes at most " + count + " positional argument"
                    + (count == 1 ? "" : "s"));
        }
        for (int i = 0; i < args.length; i++) {
            Object name = Ops.getItem(ts, fields, (long) i);
            Ops.setAttr(ts, self, ObjectMethods.attrName(name), args[i]);
        }
        if (kwargs.size() == 0) {
            return;
        }
        for (Object key : kwargs.keys()) {
            Object value = kwargs.get(ts, key);
            if (value == null) {
                continue;
            }
            if (args.length > 0 && fields != null && Ops.contains(ts, fields, key)) {
                long position = Ops.index(Ops.callMethod(ts, fields, "index", key));
                if (position < args.length) {
                    throw PyException.typeError(type.shortName() + " got multiple values for argument '" + key + "'");
                }
            }
            Ops.setAttr(ts, self, ObjectMethods.attrName(key), value);
        }
    }

    /** {@code (type(self), (), self.__dict__)}: copy and pickle call the class, then restore the attributes. */
    @PyMethod("($self, /)")
    public static Object __reduce__(ThreadState ts, Object self) {
        Object dict = Ops.lookupAttr(ts, self, "__dict__");
        return dict == null ? PyTuple.of(Ops.type(self), PyTuple.EMPTY) : PyTuple.of(Ops.type(self), PyTuple.EMPTY, dict);
    }

    @PyGetter("__dict__")
    public static Object getDict(Object self) {
        return ObjectMethods.getDict(self);
    }

    @PySetter("__dict__")
    public static void setDict(Object self, Object value) {
        ObjectMethods.setDict(self, value);
    }
}
