package org.pythebo.runtime.collections;

import java.util.Arrays;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/** Slicing of the built-in sequences. */
public final class Sequences {
    private Sequences() {}

    public static Object[] slice(Object[] items, PySlice s) {
        long[] ix = s.indices(items.length);
        long start = ix[0];
        long step = ix[2];
        int n = (int) ix[3];
        if (step == 1) {
            return Arrays.copyOfRange(items, (int) start, (int) start + n);
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = items[(int) (start + i * step)];
        }
        return out;
    }

    public static void setSlice(ThreadState ts, PyList l, PySlice s, Object value) {
        Object[] repl;
        try {
            repl = Ops.toArray(ts, value);
        } catch (PyException e) {
            if (e.exc.matches(Exc.TypeError) && Ops.type(value).lookup("__iter__") == null) {
                throw PyException.typeError(s.step == Singleton.NONE ? "can only assign an iterable"
                        : "must assign iterable to extended slice");
            }
            throw e;
        }
        synchronized (l) {
            Object[] items = l.toArray();
            long[] ix = s.indices(items.length);
            int start = (int) ix[0];
            long step = ix[2];
            int n = (int) ix[3];
            if (step == 1) {
                int stop = Math.max(start, (int) ix[1]);
                Object[] out = new Object[items.length - (stop - start) + repl.length];
                System.arraycopy(items, 0, out, 0, start);
                System.arraycopy(repl, 0, out, start, repl.length);
                System.arraycopy(items, stop, out, start + repl.length, items.length - stop);
                l.replace(out);
                return;
            }
            if (repl.length != n) {
                throw PyException.valueError("attempt to assign sequence of size " + repl.length
                        + " to extended slice of size " + n);
            }
            for (int i = 0; i < n; i++) {
                items[(int) (start + i * step)] = repl[i];
            }
            l.replace(items);
        }
    }

    public static void delSlice(PyList l, PySlice s) {
        synchronized (l) {
            Object[] items = l.toArray();
            long[] ix = s.indices(items.length);
            long start = ix[0];
            long step = ix[2];
            long n = ix[3];
            boolean[] drop = new boolean[items.length];
            for (long i = 0; i < n; i++) {
                drop[(int) (start + i * step)] = true;
            }
            Object[] out = new Object[items.length - (int) n];
            int k = 0;
            for (int i = 0; i < items.length; i++) {
                if (!drop[i]) {
                    out[k++] = items[i];
                }
            }
            l.replace(out);
        }
    }
}
