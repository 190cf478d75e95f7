package org.pythebo.runtime.objects;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;

/** mappingproxy: a read-only view of a mapping ({@code C.__dict__}). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("mappingproxy", PyType.OBJECT, PyMappingProxy.class,
            PyType.Layout.OBJECT);

    final Object mapping;

    public PyMappingProxy(Object mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() { return TYPE; }

    private static Object mapping(Object self) { return ((PyMappingProxy) self).mapping; }

    @PyMethod("($type, mapping)")
    public static Object __new__(Object cls, Object mapping) {
        if (mapping instanceof PyList || mapping instanceof PyTuple || Ops.type(mapping).lookup("__getitem__") == null
                && !(PyValueInstance.unwrap(mapping) instanceof PyDict)) {
            throw PyException.typeError("mappingproxy() argument must be a mapping, not " + Ops.typeName(mapping));
        }
        return new PyMappingProxy(mapping);
    }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(ThreadState ts, Object self, Object key) { return Ops.getItem(ts, mapping(self), key); }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) {
        return Ops.contains(ts, mapping(self), key);
    }

    @PyMethod("($self, /)")
    public static Object __len__(ThreadState ts, Object self) { return Ops.len(ts, mapping(self)); }

    @PyMethod("($self, /)")
    public static Object __iter__(ThreadState ts, Object self) { return Ops.iterObject(ts, mapping(self)); }

    @PyMethod("($self, key, default=None, /)")
    public static Object get(ThreadState ts, Object self, Object key, Object dflt) {
        return Ops.call(ts, Ops.getAttr(ts, mapping(self), "get"), key, dflt);
    }

    @PyMethod("($self, /)")
    public static Object keys(ThreadState ts, Object self) { return Ops.callMethod(ts, mapping(self), "keys"); }

    @PyMethod("($self, /)")
    public static Object values(ThreadState ts, Object self) { return Ops.callMethod(ts, mapping(self), "values"); }

    @PyMethod("($self, /)")
    public static Object items(ThreadState ts, Object self) { return Ops.callMethod(ts, mapping(self), "items"); }

    @PyMethod("($self, /)")
    public static Object copy(ThreadState ts, Object self) { return Ops.callMethod(ts, mapping(self), "copy"); }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) { return "mappingproxy(" + Ops.repr(ts, mapping(self)) + ")"; }

    @PyMethod("($self, /)")
    public static Object __str__(ThreadState ts, Object self) { return Ops.str(ts, mapping(self)); }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        return Compare.richCompare(ts, mapping(self), other, Compare.EQ);
    }

    @PyMethod("($self, value, /)")
    public static Object __or__(ThreadState ts, Object self, Object other) {
        Object o = other instanceof PyMappingProxy p ? p.mapping : other;
        return Arith.binary(ts, Ops.callMethod(ts, mapping(self), "copy"), o, Arith.Op.OR);
    }
}
