package org.pythebo.modules._collections;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Descriptor;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _collections._tuplegetter}: namedtuple's field descriptors, a read-only data descriptor
 * returning item {@code index} of a tuple (subclass) instance. Immutable but for its docstring.
 */
public final class TupleGetter extends PyObject implements Descriptor {
    static final PyType TYPE = PyType.newBuiltin("_collections._tuplegetter", PyType.OBJECT, TupleGetter.class,
            PyType.Layout.OBJECT).notSubclassable();

    private final long index;
    private volatile Object doc;

    TupleGetter(long index, Object doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public boolean isData() { return true; }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (!(PyValueInstance.unwrap(obj) instanceof PyTuple t)) {
            throw PyException.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '"
                    + Ops.typeName(obj) + "' object");
        }
        if (index < 0 || index >= t.size()) {
            throw PyException.indexError("tuple index out of range");
        }
        return t.items[(int) index];
    }

    @Override
    public void set(ThreadState ts, Object obj, Object value) {
        throw PyException.attributeError(value == null ? "can't delete attribute" : "can't set attribute", obj, null);
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyException.typeError("_tuplegetter() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyException.typeError("_tuplegetter expected 2 arguments, got " + args.length);
        }
        return new TupleGetter(Convert.asSsize(ts, args[0]), args[1]);
    }

    @PyMethod("($self, instance, owner=None, /)")
    public static Object __get__(ThreadState ts, Object self, Object instance, Object owner) {
        return instance == Singleton.NONE ? self : ((TupleGetter) self).get(ts, instance, null);
    }

    @PyMethod("($self, instance, value, /)")
    public static void __set__(ThreadState ts, Object self, Object instance, Object value) {
        ((TupleGetter) self).set(ts, instance, value);
    }

    @PyMethod("($self, instance, /)")
    public static void __delete__(ThreadState ts, Object self, Object instance) {
        ((TupleGetter) self).set(ts, instance, null);
    }

    @PyGetter("__doc__")
    public static Object getDoc(Object self) { return ((TupleGetter) self).doc; }

    @PySetter("__doc__")
    public static void setDoc(Object self, Object value) {
        ((TupleGetter) self).doc = value == null ? Singleton.NONE : value;
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        TupleGetter g = (TupleGetter) self;
        return "_tuplegetter(" + g.index + ", " + Ops.repr(ts, g.doc) + ")";
    }

    @PyMethod("($self, /)")
    public static Object __reduce__(Object self) {
        TupleGetter g = (TupleGetter) self;
        return PyTuple.of(TYPE, PyTuple.of(g.index, g.doc));
    }
}
