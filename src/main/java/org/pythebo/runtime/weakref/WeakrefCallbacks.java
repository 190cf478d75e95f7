package org.pythebo.runtime.weakref;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;

/**
 * Where one interpreter learns that weakly referenced objects have died, and runs their
 * callbacks.
 *
 * <p>CPython frees an object the moment its reference count drops to zero (at {@code del x}, or
 * when a frame returns) and runs the callbacks of its weak references right there, on that
 * thread; only cycles wait for the cyclic collector. The JVM has no reference counts: an object
 * dies when its collector finds it unreachable, which may be much later, or never in a short
 * program. So here each weakly referenced object's {@link WeakrefList} is a JVM weak reference
 * registered with this interpreter's queue; the collector clears it (from then on every
 * {@code ref()} of the object answers None) and queues it, and a daemon Python thread of the
 * interpreter (with its own thread state) takes it from the queue and runs the callbacks.
 *
 * <p>What a program can observe: after {@code del x} the referent stays alive and its callbacks
 * have not run, until the JVM collects; callbacks run on another thread, concurrently with the
 * program, at times the collector chooses. {@code gc.collect()} restores what portable code
 * expects: it runs a full collection, waits until the JVM has queued every reference it
 * cleared, runs the callbacks of those on the calling thread (as CPython's collector does), and
 * waits for any the callback thread had already taken. So {@code del x; gc.collect()} leaves
 * {@code r() is None} and the callbacks run, as in CPython.
 */
public final class WeakrefCallbacks {
    /** Callbacks may recurse as deeply as any Python code; the stack is reserved, not committed. */
    private static final long STACK_BYTES = 512L << 20;
    /** How long gc.collect waits for a callback the callback thread is running (a guard against deadlock). */
    private static final long HANDSHAKE_SECONDS = 10;
    /**
     * The JDK's own wait for reference processing (what direct buffer allocation uses): returns
     * once no reference cleared by a collection is still on its way to its queue. Null when the
     * JVM does not export it (--add-exports java.base/jdk.internal.access=ALL-UNNAMED).
     */
    private static final MethodHandle WAIT_FOR_REFERENCE_PROCESSING = referenceProcessingWaiter();

    private final Interpreter interp;
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private volatile Thread thread;

    private WeakrefCallbacks(Interpreter interp) {
        this.interp = interp;
    }

    /** The interpreter's queue and callback thread. */
    public static WeakrefCallbacks of(Interpreter interp) {
        return interp.moduleState(WeakrefCallbacks.class, () -> new WeakrefCallbacks(interp));
    }

    /** The queue weak reference lists register with; the callback thread starts with the first. */
    ReferenceQueue<Object> queue() {
        if (thread == null) {
            startThread();
        }
        return queue;
    }

    private synchronized void startThread() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon(true).name("pythebo-weakref-callbacks").stackSize(STACK_BYTES)
                    .start(this::runThread);
        }
    }

    private void runThread() {
        ThreadState ts = new ThreadState(interp);
        ts.attach();
        while (true) {
            try {
                dispatch(ts, queue.remove());
            } catch (InterruptedException e) {
                // Nothing interrupts this thread; keep serving the queue.
            }
        }
    }

    /** A reference taken from the queue: a dead referent's list, or a gc.collect handshake. */
    private void dispatch(ThreadState ts, Reference<?> r) {
        if (r instanceof Handshake h) {
            h.done.countDown();
            return;
        }
        try {
            ((WeakrefList) r).runCallbacks(ts);
        } catch (RuntimeException | Error e) {
            interp.writeError(ts, "pythebo: internal error in a weakref callback: " + e + " (this is a bug in Pythebo)\n");
        }
    }

    /**
     * {@code gc.collect()}: a full collection, then the callbacks of every weakly referenced object
     * it found dead, before returning (see the class comment).
     */
    public void collect(ThreadState ts) {
        ReferenceQueue<Object> sentinelQueue = new ReferenceQueue<>();
        WeakReference<Object> sentinel = WAIT_FOR_REFERENCE_PROCESSING == null
                ? new WeakReference<>(new Object(), sentinelQueue) : null;
        System.gc();
        awaitReferenceProcessing(sentinel, sentinelQueue);
        List<Handshake> taken = new ArrayList<>();
        for (Reference<?> r = queue.poll(); r != null; r = queue.poll()) {
            if (r instanceof Handshake h) {
                taken.add(h);
            } else {
                dispatch(ts, r);
            }
        }
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            // The callback thread handles what it takes in order: once it reaches this handshake,
            // whatever it took before it (and this thread could not see) has been handled.
            Handshake h = new Handshake(queue);
            h.enqueue();
            try {
                h.done.await(HANDSHAKE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Another collect's handshakes this one took: the callback thread has caught up with them too.
        taken.forEach(h -> h.done.countDown());
    }

    private static void awaitReferenceProcessing(WeakReference<Object> sentinel, ReferenceQueue<Object> sentinelQueue) {
        try {
            if (WAIT_FOR_REFERENCE_PROCESSING != null) {
                boolean waited;
                do {
                    waited = (boolean) WAIT_FOR_REFERENCE_PROCESSING.invokeExact();
                } while (waited);
            } else {
                // Without the JDK's wait: the sentinel, cleared by the same collection, shows that
                // the JVM has started queueing that collection's references.
                sentinelQueue.remove(1000);
                Reference.reachabilityFence(sentinel);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle referenceProcessingWaiter() {
        try {
            Class<?> secrets = Class.forName("jdk.internal.access.SharedSecrets");
            Class<?> access = Class.forName("jdk.internal.access.JavaLangRefAccess");
            // A full-privilege lookup: publicLookup sees only packages exported to everyone, and
            // jdk.internal.access is exported to the unnamed module alone (see the launcher).
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Object refAccess = lookup.findStatic(secrets, "getJavaLangRefAccess", MethodType.methodType(access)).invoke();
            return lookup.findVirtual(access, "waitForReferenceProcessing", MethodType.methodType(boolean.class))
                    .bindTo(refAccess);
        } catch (Throwable e) {
            return null;
        }
    }

    /** Put on the queue by gc.collect; the callback thread signals when it gets there. */
    private static final class Handshake extends WeakReference<Object> {
        final CountDownLatch done = new CountDownLatch(1);

        Handshake(ReferenceQueue<Object> queue) {
            super(null, queue);
        }
    }
}
