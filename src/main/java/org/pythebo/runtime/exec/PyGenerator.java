package org.pythebo.runtime.exec;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** A generator: the iterator a generator function's call returns; its body is a {@link Suspendable}. */
public final class PyGenerator extends PyIterator {
    final Suspendable body;
    String name;
    String qualname;

    PyGenerator(Suspendable body) {
        super(PyType.GENERATOR);
        this.body = body;
        this.name = body.frame.code.name;
        this.qualname = body.frame.code.qualname;
    }

    /** The next yielded value, or null when the body has returned. */
    @Override
    public Object next(ThreadState ts) {
        return body.resume(ts, Singleton.NONE, null);
    }

    /** The StopIteration that ends the generator, carrying its return value. */
    static PyException stop(Object value) {
        return new PyException(new PyBaseException(Exc.StopIteration,
                value == Singleton.NONE ? PyTuple.EMPTY : PyTuple.of(value)));
    }

    private static PyGenerator g(Object self) {
        return (PyGenerator) self;
    }

    /** A generator that has just returned raises StopIteration with its return value, later ones none. */
    @Override
    public PyException exhausted() {
        return stop(body.takeReturnValue());
    }

    private static Object orStop(PyGenerator g, Object v) {
        if (v == null) {
            throw g.exhausted();
        }
        return v;
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        return orStop(g(self), g(self).body.resume(ts, Singleton.NONE, null));
    }

    @PyMethod("($self, value, /)")
    public static Object send(ThreadState ts, Object self, Object value) {
        return orStop(g(self), g(self).body.resume(ts, value, null));
    }

    @PyMethod(value = "($self, typ, val=None, tb=None, /)", name = "throw")
    public static Object throw_(ThreadState ts, Object self, Object typ, Object val, Object tb) {
        return orStop(g(self), g(self).body.throwMethod(ts, typ, val, tb));
    }

    @PyMethod("($self, /)")
    public static Object close(ThreadState ts, Object self) {
        g(self).body.close(ts);
        return Singleton.NONE;
    }

    @PyGetter("gi_frame")
    public static Object giFrame(Object self) { return g(self).body.frameObject(); }

    @PyGetter("gi_running")
    public static Object giRunning(Object self) { return g(self).body.isRunning(); }

    @PyGetter("gi_suspended")
    public static Object giSuspended(Object self) { return g(self).body.isSuspended(); }

    @PyGetter("gi_code")
    public static Object giCode(Object self) { return g(self).body.frame.code; }

    @PyGetter("gi_yieldfrom")
    public static Object giYieldfrom(Object self) {
        Object d = g(self).body.delegate;
        return d == null ? Singleton.NONE : d;
    }

    @PyGetter("__name__")
    public static Object getName(Object self) { return g(self).name; }

    @PySetter("__name__")
    public static void setName(Object self, Object value) { g(self).name = Suspendable.nameValue(value, "__name__"); }

    @PyGetter("__qualname__")
    public static Object getQualname(Object self) { return g(self).qualname; }

    @PySetter("__qualname__")
    public static void setQualname(Object self, Object value) {
        g(self).qualname = Suspendable.nameValue(value, "__qualname__");
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        return "<generator object " + g(self).qualname + " at 0x" + Long.toHexString(Ops.id(self)) + ">";
    }
}
