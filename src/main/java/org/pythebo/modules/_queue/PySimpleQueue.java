package org.pythebo.modules._queue;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.pythebo.modules._thread.ThreadModule;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * _queue.SimpleQueue: an unbounded FIFO queue. put never blocks and never calls back into Python,
 * so it is safe from __del__ methods and signal handlers (why CPython has it); the items live in
 * a concurrent queue, so put and get need no lock of ours and each stays atomic.
 */
public final class PySimpleQueue extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_queue.SimpleQueue", PyType.OBJECT, PySimpleQueue.class,
            PyType.Layout.OBJECT).allowWeakrefs();

    public static final String __doc__ = "Simple, unbounded, reentrant FIFO queue.";

    private static final String GET_DOC = """
            Remove and return an item from the queue.

            If optional args 'block' is true and 'timeout' is None (the default),
            block if necessary until an item is available. If 'timeout' is
            a non-negative number, it blocks at most 'timeout' seconds and raises
            the Empty exception if no item was available within that time.
            Otherwise ('block' is false), return an item if one is immediately
            available, else raise the Empty exception ('timeout' is ignored
            in that case).""";

    private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();

    @Override
    public PyType type() { return TYPE; }

    private static PySimpleQueue self(Object self) {
        return (PySimpleQueue) PyValueInstance.unwrap(self);
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (args.length > 0) {
            throw PyException.typeError("SimpleQueue() takes no positional arguments");
        }
        if (kwargs.size() > 0) {
            throw PyException.typeError("SimpleQueue() takes no keyword arguments");
        }
        return new PySimpleQueue();
    }

    @PyMethod(value = "($self, /, item, block=True, timeout=None)", doc = """
            Put the item on the queue.

            The optional 'block' and 'timeout' arguments are ignored, as this method
            never blocks.  They are provided for compatibility with the Queue class.""")
    public static Object put(Object self, Object item, Object block, Object timeout) {
        self(self).items.add(item);
        return null;
    }

    @PyMethod(value = "($self, /, item)", doc = """
            Put an item into the queue without blocking.

            This is exactly equivalent to `put(item, block=False)` and is only provided
            for compatibility with the Queue class.""")
    public static Object put_nowait(Object self, Object item) {
        self(self).items.add(item);
        return null;
    }

    @PyMethod(value = "($self, /, block=True, timeout=None)", doc = GET_DOC)
    public static Object get(ThreadState ts, Object self, Object block, Object timeout) {
        LinkedBlockingQueue<Object> items = self(self).items;
        if (!Ops.isTrue(ts, block)) {
            return nowait(ts, items);
        }
        long nanos = -1;
        if (timeout != Singleton.NONE) {
            nanos = ThreadModule.PyLock.timeoutNanos(timeout);
            if (nanos < 0) {
                throw PyException.valueError("'timeout' must be a non-negative number");
            }
        }
        Object v = items.poll();
        if (v != null) {
            return v;
        }
        Object[] got = new Object[1];
        boolean ok = ts.blockingWait(nanos, left -> {
            got[0] = left < 0 ? items.take() : items.poll(left, TimeUnit.NANOSECONDS);
            return got[0] != null;
        });
        if (!ok) {
            throw QueueModule.empty(ts);
        }
        return got[0];
    }

    @PyMethod(value = "($self, /)", doc = """
            Remove and return an item from the queue without blocking.

            Only get an item if one is immediately available. Otherwise
            raise the Empty exception.""")
    public static Object get_nowait(ThreadState ts, Object self) {
        return nowait(ts, self(self).items);
    }

    private static Object nowait(ThreadState ts, LinkedBlockingQueue<Object> items) {
        Object v = items.poll();
        if (v == null) {
            throw QueueModule.empty(ts);
        }
        return v;
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the queue is empty, False otherwise (not reliable!).")
    public static Object empty(Object self) { return self(self).items.isEmpty(); }

    @PyMethod(value = "($self, /)", doc = "Return the approximate size of the queue (not reliable!).")
    public static Object qsize(Object self) { return (long) self(self).items.size(); }

    @PyMethod(value = "($type, item, /)", seesSubclass = true, doc = "See PEP 585")
    public static Object __class_getitem__(Object cls, Object item) { return new PyGenericAlias(cls, item); }
}
