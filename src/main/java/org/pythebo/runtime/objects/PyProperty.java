package org.pythebo.runtime.objects;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/** property: a data descriptor over getter, setter and deleter functions. */
public final class PyProperty extends PyObject implements Descriptor {
    final Object fget;
    final Object fset;
    final Object fdel;
    final Object doc;
    /** The attribute name (__set_name__), for error messages. */
    volatile String name;

    PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public PyType type() { return PyType.PROPERTY; }

    @Override
    public boolean isData() { return true; }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (fget == Singleton.NONE) {
            throw PyException.attributeError(name == null ? "unreadable attribute"
                    : "property '" + name + "' of '" + Ops.type(obj).name + "' object has no getter", obj, name);
        }
        return Ops.call(ts, fget, new Object[] {obj}, null);
    }

    @Override
    public void set(ThreadState ts, Object obj, Object value) {
        Object f = value == null ? fdel : fset;
        if (f == Singleton.NONE) {
            String what = value == null ? "deleter" : "setter";
            throw PyException.attributeError(name == null ? (value == null ? "can't delete attribute" : "can't set attribute")
                    : "property '" + name + "' of '" + Ops.type(obj).name + "' object has no " + what, obj, name);
        }
        Ops.call(ts, f, value == null ? new Object[] {obj} : new Object[] {obj, value}, null);
    }

    @PyMethod("($type, fget=None, fset=None, fdel=None, doc=None)")
    public static Object __new__(Object cls, Object fget, Object fset, Object fdel, Object doc) {
        return new PyProperty(fget, fset, fdel, doc);
    }

    @PyMethod("($self, *args, **kwargs)")
    public static void __init__(Object self, Object[] args, PyDict kwargs) {}

    @PyMethod("($self, owner, name, /)")
    public static void __set_name__(Object self, Object owner, Object name) {
        ((PyProperty) self).name = name instanceof String s ? s : null;
    }

    @PyMethod("($self, fget, /)")
    public static Object getter(Object self, Object f) {
        PyProperty p = (PyProperty) self;
        return copy(p, new PyProperty(f, p.fset, p.fdel, p.doc));
    }

    @PyMethod("($self, fset, /)")
    public static Object setter(Object self, Object f) {
        PyProperty p = (PyProperty) self;
        return copy(p, new PyProperty(p.fget, f, p.fdel, p.doc));
    }

    @PyMethod("($self, fdel, /)")
    public static Object deleter(Object self, Object f) {
        PyProperty p = (PyProperty) self;
        return copy(p, new PyProperty(p.fget, p.fset, f, p.doc));
    }

    private static PyProperty copy(PyProperty from, PyProperty to) {
        to.name = from.name;
        return to;
    }

    @PyGetter("__doc__")
    public static Object doc(Object self) {
        ThreadState ts = ThreadState.current();
        PyProperty p = (PyProperty) self;
        if (p.doc != Singleton.NONE || p.fget == Singleton.NONE) {
            return p.doc;
        }
        Object d = Ops.lookupAttr(ts, p.fget, "__doc__");
        return d == null ? Singleton.NONE : d;
    }

    @PyGetter("fget")
    public static Object fget(Object self) { return ((PyProperty) self).fget; }

    @PyGetter("fset")
    public static Object fset(Object self) { return ((PyProperty) self).fset; }

    @PyGetter("fdel")
    public static Object fdel(Object self) { return ((PyProperty) self).fdel; }

    /** Whether any of its functions is abstract (abc counts the property as an abstract method then). */
    @PyGetter("__isabstractmethod__")
    public static Object isAbstractMethod(Object self) {
        PyProperty p = (PyProperty) self;
        ThreadState ts = ThreadState.current();
        return isAbstract(ts, p.fget) || isAbstract(ts, p.fset) || isAbstract(ts, p.fdel);
    }

    /** {@code getattr(f, "__isabstractmethod__", False)} as a truth value (abc's test). */
    static boolean isAbstract(ThreadState ts, Object f) {
        if (f == null || f == Singleton.NONE) {
            return false;
        }
        Object flag = Ops.lookupAttr(ts, f, "__isabstractmethod__");
        return flag != null && Ops.isTrue(ts, flag);
    }

    @PyMethod(value = "($self, instance, owner=None, /)", name = "__get__")
    public static Object getSlot(ThreadState ts, Object self, Object instance, Object owner) {
        return Descriptor.pyGet(ts, (Descriptor) self, instance, owner);
    }

    @PyMethod(value = "($self, instance, value, /)", name = "__set__")
    public static void setSlot(ThreadState ts, Object self, Object instance, Object value) {
        ((Descriptor) self).set(ts, instance, value);
    }

    @PyMethod(value = "($self, instance, /)", name = "__delete__")
    public static void deleteSlot(ThreadState ts, Object self, Object instance) {
        ((Descriptor) self).set(ts, instance, null);
    }
}
