package org.pythebo.runtime.weakref;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.Singleton;

/**
 * The weak references to one object (CPython's weak reference list), made with the first of
 * them and kept in the object's {@link PyObject#weakrefs()} field.
 *
 * <p>The list is itself the one JVM weak reference to the referent, registered with its
 * interpreter's queue ({@link WeakrefCallbacks}): when the collector finds the referent
 * unreachable it clears this reference, so every {@code ref()} of it answers None at once, and
 * queues the list, whose callbacks then run. The Python weak reference objects point to the list;
 * the list holds them only weakly, as CPython's referent does not keep its weak references
 * alive: one the program dropped is never called back, and costs nothing once collected. A weak
 * reference kept alive only by its referent (a cycle) dies with it, uncalled, as in CPython.
 *
 * <p>The order is CPython's, which {@code getweakrefs} and the order of callbacks show: the
 * basic reference (no callback, exact type, shared by every {@code ref(o)}), the basic proxy,
 * then the others, newest first. Changes lock the list; they are short and call no Python code.
 */
public final class WeakrefList extends WeakReference<Object> {
    private WeakReference<PyWeakref> basicRef;
    private WeakReference<PyWeakProxy> basicProxy;
    /** The other weak references, oldest first; cleared entries are dropped when the array fills. */
    @SuppressWarnings("unchecked")
    private WeakReference<PyWeakReference>[] others = new WeakReference[0];
    private int count;

    private WeakrefList(Object referent, ReferenceQueue<Object> queue) {
        super(referent, queue);
    }

    /** The list of {@code referent}'s weak references, made (for the calling interpreter) when it has none. */
    static WeakrefList of(ThreadState ts, PyObject referent) {
        WeakrefList list = referent.weakrefs();
        if (list != null) {
            return list;
        }
        return referent.installWeakrefs(new WeakrefList(referent, WeakrefCallbacks.of(ts.interp).queue()));
    }

    /** The shared basic reference if it still lives, else {@code fresh} made the basic one. */
    synchronized PyWeakref basicRef(Supplier<PyWeakref> fresh) {
        PyWeakref r = basicRef == null ? null : basicRef.get();
        if (r == null) {
            r = fresh.get();
            basicRef = new WeakReference<>(r);
        }
        return r;
    }

    /** The shared basic proxy if it still lives, else {@code fresh} made the basic one. */
    synchronized PyWeakProxy basicProxy(Supplier<PyWeakProxy> fresh) {
        PyWeakProxy p = basicProxy == null ? null : basicProxy.get();
        if (p == null) {
            p = fresh.get();
            basicProxy = new WeakReference<>(p);
        }
        return p;
    }

    /** Adds a weak reference with a callback or of a subclass. */
    synchronized void add(PyWeakReference w) {
        if (count == others.length) {
            int live = 0;
            for (int i = 0; i < count; i++) {
                if (!others[i].refersTo(null)) {
                    others[live++] = others[i];
                }
            }
            for (int i = live; i < count; i++) {
                others[i] = null;
            }
            count = live;
            if (count * 2 >= others.length) {
                others = Arrays.copyOf(others, Math.max(4, others.length * 2));
            }
        }
        others[count++] = new WeakReference<>(w);
    }

    /** The live weak references in CPython's order. */
    public synchronized List<PyWeakReference> snapshot() {
        List<PyWeakReference> out = new ArrayList<>(count + 2);
        addLive(out, basicRef);
        addLive(out, basicProxy);
        for (int i = count - 1; i >= 0; i--) {
            addLive(out, others[i]);
        }
        return out;
    }

    private static void addLive(List<PyWeakReference> out, WeakReference<? extends PyWeakReference> r) {
        PyWeakReference w = r == null ? null : r.get();
        if (w != null) {
            out.add(w);
        }
    }

    /** How many weak references to the object live ({@code getweakrefcount}). */
    public int liveCount() {
        return referentAlive() ? snapshot().size() : 0;
    }

    /** The object's {@code __weakref__}: its first weak reference, or None. */
    public Object first() {
        List<PyWeakReference> all = referentAlive() ? snapshot() : List.of();
        return all.isEmpty() ? Singleton.NONE : all.get(0);
    }

    boolean referentAlive() {
        return !refersTo(null);
    }

    /**
     * The referent is gone: runs the callbacks of the weak references that still live, in the
     * list's order, each at most once, reporting what they raise as CPython does.
     */
    void runCallbacks(ThreadState ts) {
        for (PyWeakReference w : snapshot()) {
            w.runCallback(ts);
        }
    }
}
