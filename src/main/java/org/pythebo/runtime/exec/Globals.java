package org.pythebo.runtime.exec;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;

/**
 * A module namespace: the module's dict itself (what {@code globals()} and {@code __dict__}
 * return) and the builtins namespace its names fall back to. Global-name nodes cache where they
 * found a name ({@link NameCache}) the way CPython 3.11 caches by dict keys version: a hit costs
 * a table-identity check and one acquire read of the entry, so a rebinding is seen at once and
 * adding or deleting keys (or a resize) invalidates.
 */
public final class Globals {
    public final PyDict dict;
    /** The builtins namespace names fall back to (null for builtins itself). */
    public final Globals builtins;

    public Globals(Globals builtins) {
        this(new PyDict(), builtins);
    }

    public Globals(PyDict dict, Globals builtins) {
        this.dict = dict;
        this.builtins = builtins;
    }

    public Object get(String name) {
        return dict.get(name);
    }

    /** Binds a name; null deletes it. */
    public void put(String name, Object value) {
        if (value == null) {
            dict.remove(null, name);
        } else {
            dict.setItem(name, value);
        }
    }

    /** The str keys in insertion order (name suggestions, dir()). */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        dict.forEachEntry((k, v) -> {
            if (k instanceof String s) {
                out.add(s);
            }
        });
        return out;
    }

    /**
     * Where a global name was found in one namespace: either an entry of the globals' table, or
     * "absent from the globals at this mutation count" plus an entry of the builtins' table.
     * Immutable, so nodes publish it in a plain field and threads racing on it see whole records.
     * The table is held weakly: after a resize the old table still holds the values of its time,
     * and a record of code that never runs again (a module body) would otherwise keep deleted
     * globals alive for good, so that they never die for weak references and gc.collect().
     */
    public static final class NameCache {
        final Globals owner;
        final WeakReference<PyDict.Table> table;
        final int globalsEntry;
        final int globalsMutations;
        final int builtinsEntry;

        private NameCache(Globals owner, PyDict.Table table, int globalsEntry, int globalsMutations, int builtinsEntry) {
            this.owner = owner;
            this.table = new WeakReference<>(table);
            this.globalsEntry = globalsEntry;
            this.globalsMutations = globalsMutations;
            this.builtinsEntry = builtinsEntry;
        }

        /** The cached name's value if this record still describes {@code g}; null means "look it up". */
        public Object value(Globals g) {
            if (owner != g) {
                return null;
            }
            if (globalsEntry >= 0) {
                PyDict.Table t = g.dict.table();
                return table.refersTo(t) ? PyDict.valueAt(t, globalsEntry) : null;
            }
            if (g.dict.mutations() != globalsMutations) {
                return null;
            }
            PyDict.Table bt = g.builtins.dict.table();
            return table.refersTo(bt) ? PyDict.valueAt(bt, builtinsEntry) : null;
        }
    }

    /**
     * Looks a global name up (globals, then builtins) and returns the cache record for it, or null
     * when the name is in neither; the value is then read with {@link NameCache#value}.
     */
    public NameCache lookup(ThreadState ts, String name) {
        // The mutation count is read before probing: a key added meanwhile changes it.
        int mutations = dict.mutations();
        PyDict.Table t = dict.table();
        int e = PyDict.entryOf(ts, t, name);
        if (e >= 0 && PyDict.valueAt(t, e) != null) {
            return new NameCache(this, t, e, 0, -1);
        }
        if (builtins == null) {
            return null;
        }
        PyDict.Table bt = builtins.dict.table();
        int be = PyDict.entryOf(ts, bt, name);
        if (be < 0 || PyDict.valueAt(bt, be) == null) {
            return null;
        }
        return new NameCache(this, bt, -1, mutations, be);
    }

    /** Where a global store writes: an entry of the globals' table (a rebinding skips the hashing); weakly, as NameCache. */
    public static final class StoreCache {
        final Globals owner;
        final WeakReference<PyDict.Table> table;
        final int entry;

        private StoreCache(Globals owner, PyDict.Table table, int entry) {
            this.owner = owner;
            this.table = new WeakReference<>(table);
            this.entry = entry;
        }

        /** Rebinds the cached entry; false when the record is stale (then store through the dict). */
        public boolean store(Globals g, Object value) {
            PyDict.Table t = table.get();
            return owner == g && t != null && g.dict.replaceAt(t, entry, value);
        }
    }

    /** Binds {@code name} and returns a record for later rebindings of it. */
    public StoreCache store(ThreadState ts, String name, Object value) {
        dict.setItem(ts, name, value);
        PyDict.Table t = dict.table();
        int e = PyDict.entryOf(ts, t, name);
        return e < 0 ? null : new StoreCache(this, t, e);
    }
}
