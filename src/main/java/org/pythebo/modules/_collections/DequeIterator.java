package org.pythebo.modules._collections;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.ObjectMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: a position in the
 * deque and how many items are left, valid while the deque's state is the one seen at creation
 * (else "deque mutated during iteration", again on every later call, as CPython's). A step locks
 * the iterator, then the deque, so threads sharing one iterator get each item once.
 */
public final class DequeIterator extends PyIterator {
    static final PyType FORWARD = PyType.newBuiltin("_collections._deque_iterator", PyType.OBJECT,
            DequeIterator.class, PyType.Layout.OBJECT).notSubclassable();
    static final PyType REVERSE = PyType.newBuiltin("_collections._deque_reverse_iterator", PyType.OBJECT,
            DequeIterator.class, PyType.Layout.OBJECT).notSubclassable();

    private final PyDeque deque;
    /** The deque as Python sees it (an instance of a subclass, for __reduce__). */
    private final Object visible;
    private final boolean reverse;
    private final long expectedState;
    /** The logical position of the next item. */
    private int position;
    /** Items left; 0 once exhausted or after a mutation. */
    private int counter;

    DequeIterator(Object visible, boolean reverse) {
        super(reverse ? REVERSE : FORWARD);
        this.visible = visible;
        this.deque = PyDeque.asDeque(visible);
        this.reverse = reverse;
        synchronized (deque) {
            this.expectedState = deque.state();
            this.counter = deque.size();
        }
        this.position = reverse ? counter - 1 : 0;
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        Object x = counter == 0 ? null : deque.itemIfUnchanged(position, expectedState);
        if (x == null) {
            if (counter > 0 || deque.state() != expectedState) {
                counter = 0;
                throw PyException.runtimeError("deque mutated during iteration");
            }
            return null;
        }
        position += reverse ? -1 : 1;
        counter--;
        return x;
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (args.length < 1 || args.length > 2) {
            throw PyException.typeError("function takes at " + (args.length < 1 ? "least 1" : "most 2") + " argument"
                    + (args.length < 1 ? "" : "s") + " (" + args.length + " given)");
        }
        if (PyDeque.asDeque(args[0]) == null) {
            throw PyException.typeError("argument 1 must be collections.deque, not " + Ops.typeName(args[0]));
        }
        long index = args.length == 2 ? Convert.asSsize(ts, args[1]) : 0;
        DequeIterator it = new DequeIterator(args[0], cls == REVERSE);
        long skipped = 0;
        while (skipped < index && it.next(ts) != null) {
            skipped++;
        }
        return it;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        DequeIterator it = (DequeIterator) self;
        Object v = it.next(ts);
        if (v == null) {
            throw it.exhausted();
        }
        return v;
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return self; }

    @PyMethod("($self, name, /)")
    public static Object __getattribute__(ThreadState ts, Object self, Object name) {
        return ObjectMethods.__getattribute__(ts, self, name);
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    public static Object __length_hint__(Object self) {
        DequeIterator it = (DequeIterator) self;
        synchronized (it) {
            return (long) it.counter;
        }
    }

    @PyMethod(value = "($self, /)", doc = "Return state information for pickling.")
    public static Object __reduce__(Object self) {
        DequeIterator it = (DequeIterator) self;
        synchronized (it) {
            return PyTuple.of(it.type(), PyTuple.of(it.visible, (long) (it.deque.size() - it.counter)));
        }
    }
}
