package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** What the itertools types share: their type objects, the Python-visible next, and state checks. */
final class Iters {
    private Iters() {}

    static final String REDUCE_DOC = "Return state information for pickling.";
    static final String SETSTATE_DOC = "Set state information for unpickling.";

    /** A subclassable built-in type {@code itertools.<name>}. */
    static PyType type(String name, Class<?> declaring) {
        return PyType.newBuiltin("itertools." + name, PyType.OBJECT, declaring, PyType.Layout.OBJECT);
    }

    /** {@code __next__}: the next item or StopIteration. */
    static Object nextOrStop(ThreadState ts, Object self) {
        PyIterator it = (PyIterator) PyValueInstance.unwrap(self);
        Object v = it.next(ts);
        if (v == null) {
            throw it.exhausted();
        }
        return v;
    }

    /** The Python object behind an iterator the runtime holds (for {@code __reduce__}). */
    static Object visible(PyIterator it) {
        return it instanceof PyIterator.OfPython p ? p.it : it;
    }

    /** The state argument of a {@code __setstate__} that takes a tuple. */
    static PyTuple stateTuple(Object state) {
        if (!(state instanceof PyTuple t)) {
            throw PyException.typeError("state is not a tuple");
        }
        return t;
    }

    /** PyArg_ParseTuple's count error for a format without a function name. */
    static void checkCount(PyTuple args, int min, int max) {
        int n = args.size();
        if (n >= min && n <= max) {
            return;
        }
        String how = min == max ? "exactly" : n < min ? "at least" : "at most";
        int k = n < min ? min : max;
        throw PyException.typeError("function takes " + how + " " + k + " argument" + (k == 1 ? "" : "s") + " (" + n
                + " given)");
    }
}
