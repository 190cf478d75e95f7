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
            throw missing(obj, "getter");
        }
        return Ops.call(ts, fget, new Object[] {obj}, null);
    }

    @Override
    public void set(ThreadState ts, Object obj, Object value) {
        Object f = value == null ? fdel : fset;
        if (f == Singleton.NONE) {
            throw missing(obj, value == null ? "deleter" : "setter");
        }
        Ops.call(ts, f, value == null ? new Object[] {obj} : new Object[] {obj, value}, null);
    }

    /** CPython 3.11's message for a missing accessor; the class is named by its qualified name. */
    private PyException missing(Object obj, String accessor) {
        String owner = "'" + Ops.type(obj).qualname() + "' object has no " + accessor;
        return PyException.attributeError(name == null ? "property of " + owner : "property '" + name + "' of " + owner, obj, name);
    }

    @PyMethod("($self, instance, owner=None, /)")
    public static Object __get__(ThreadState ts, Object self, Object instance, Object owner) {
        return ((PyProperty) self).get(ts, Descriptor.getInstance(instance, owner), null);
    }

    @PyMethod("($self, instance, value, /)")
    public static void __set__(ThreadState ts, Object self, Object instance, Object value) {
        ((PyProperty) self).set(ts, instance, value);
    }

    @PyMethod("($self, instance, /)")
    public static void __delete__(ThreadState ts, Object self, Object instance) {
        ((PyProperty) self).set(ts, instance, null);
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

    @PyMethod(value = "($self, fget, /)", seesSubclass = true)
    public static Object getter(ThreadState ts, Object self, Object f) {
        PyProperty p = (PyProperty) PyValueInstance.unwrap(self);
        return copy(ts, self, p, f, p.fset, p.fdel);
    }

    @PyMethod(value = "($self, fset, /)", seesSubclass = true)
    public static Object setter(ThreadState ts, Object self, Object f) {
        PyProperty p = (PyProperty) PyValueInstance.unwrap(self);
        return copy(ts, self, p, p.fget, f, p.fdel);
    }

    @PyMethod(value = "($self, fdel, /)", seesSubclass = true)
    public static Object deleter(ThreadState ts, Object self, Object f) {
        PyProperty p = (PyProperty) PyValueInstance.unwrap(self);
        return copy(ts, self, p, p.fget, p.fset, f);
    }

    /** A property like {@code from} with other accessors, made by its own class (a subclass stays one). */
    private static Object copy(ThreadState ts, Object self, PyProperty from, Object fget, Object fset, Object fdel) {
        if (!(self instanceof PyValueInstance)) {
            PyProperty to = new PyProperty(fget, fset, fdel, from.doc);
            to.name = from.name;
            return to;
        }
        Object made = Ops.call(ts, Ops.type(self), fget, fset, fdel, from.doc);
        if (PyValueInstance.unwrap(made) instanceof PyProperty to) {
            to.name = from.name;
        }
        return made;
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
}
