package org.pythebo.modules._io;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;

/**
 * The files one interpreter's {@code open()} made, standing in for CPython's reference counting:
 * CPython closes a file when its last reference goes and flushes every file still open at exit.
 * Here a file the JVM finds unreachable is flushed and closed by a {@link Cleaner}; writable
 * buffered files stay listed (weakly) until closed, so that the interpreter flushes them at exit
 * and {@code open()} of the same file first writes out what they hold.
 */
public final class OpenFiles {
    /** The files of {@code interp}'s open(), flushed when its main program ends. */
    public static OpenFiles of(Interpreter interp) {
        return interp.moduleState(OpenFiles.class, () -> {
            OpenFiles files = new OpenFiles();
            interp.atFinish(files::flushAll);
            return files;
        });
    }

    /** A writable file: the object (weakly), the identity of the file on disk, and its cleaning. */
    static final class Entry {
        final WeakReference<PyBufferedIO> file;
        final Object fileKey;
        /** Whether the file holds writes not yet passed to the system (must not refer to the file). */
        final BooleanSupplier pendingWrites;
        volatile Cleaner.Cleanable cleanable;

        Entry(PyBufferedIO file, Object fileKey, BooleanSupplier pendingWrites) {
            this.file = new WeakReference<>(file);
            this.fileKey = fileKey;
            this.pendingWrites = pendingWrites;
        }

        /** Writes out the file's pending bytes; when the object is gone, its cleaning does (once). */
        void flush() {
            PyBufferedIO f = file.get();
            if (f != null) {
                f.flush();
                return;
            }
            Cleaner.Cleanable c = cleanable;
            if (c != null) {
                c.clean();
            }
        }
    }

    private final Set<Entry> writable = ConcurrentHashMap.newKeySet();
    private volatile Cleaner cleaner;

    private Cleaner cleaner() {
        Cleaner c = cleaner;
        if (c == null) {
            synchronized (this) {
                c = cleaner;
                if (c == null) {
                    cleaner = c = Cleaner.create();
                }
            }
        }
        return c;
    }

    /**
     * Runs {@code action} once {@code file} is unreachable (or at {@link Cleaner.Cleanable#clean}).
     * The action must not refer to the file object, or it would keep it reachable.
     */
    Cleaner.Cleanable watch(Object file, Runnable action) {
        return cleaner().register(file, action);
    }

    /** Lists a writable buffered file until {@link #remove}; its cleaning action should remove it too. */
    Entry add(PyBufferedIO file, Object fileKey, BooleanSupplier pendingWrites) {
        Entry e = new Entry(file, fileKey, pendingWrites);
        writable.add(e);
        return e;
    }

    void remove(Entry e) {
        writable.remove(e);
    }

    /** What identifies a file on disk (device and inode where the system says), or null. */
    static Object fileKey(Path p) {
        try {
            Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
            return key != null ? key : p.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * Before {@code open(p)}: files on the same file with pending writes that the program no
     * longer refers to are flushed and closed, as CPython would have done when their last
     * reference went ({@code open(p, 'w').write(s)} then reading p back). Whether they are still
     * referenced takes a garbage collection to tell, done only when such a file has writes
     * pending; a file still in use keeps its buffer, so a reader sees what CPython's would.
     */
    void closeDroppedWritersOf(Path p) {
        if (writable.isEmpty()) {
            return;
        }
        Object key = fileKey(p);
        if (key == null) {
            return;
        }
        List<Entry> pending = new ArrayList<>();
        for (Entry e : writable) {
            if (key.equals(e.fileKey) && e.pendingWrites.getAsBoolean()) {
                pending.add(e);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        for (Entry e : pending) {
            if (!e.file.refersTo(null)) {
                System.gc();
                break;
            }
        }
        for (Entry e : pending) {
            if (e.file.refersTo(null)) {
                flushQuietly(e);
            }
        }
    }

    /** At exit: every listed file's pending writes go out, as CPython's finalizers do at shutdown. */
    public void flushAll() {
        for (Entry e : writable) {
            flushQuietly(e);
        }
    }

    private static void flushQuietly(Entry e) {
        try {
            e.flush();
        } catch (PyException ignored) {
            // A failing flush of a file the program left open is not the program's error here.
        }
    }
}
