package org.pythebo.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A module namespace that keeps one {@link PyCell} per name (PyPy's celldict idea): a global
 * load node fetches the cell once and from then on reads it with no lookup and no version check;
 * an unbound name is a cell holding null. Cells are never removed, so a cached cell stays right.
 */
public final class Globals {
    private final ConcurrentHashMap<String, PyCell> cells = new ConcurrentHashMap<>();
    /** Names in first-binding order, for globals()/dir(). */
    private final List<String> order = new ArrayList<>();
    /** The builtins namespace names fall back to (null for builtins itself). */
    public final Globals builtins;

    public Globals(Globals builtins) {
        this.builtins = builtins;
    }

    public PyCell cell(String name) {
        PyCell c = cells.get(name);
        if (c != null) {
            return c;
        }
        return cells.computeIfAbsent(name, n -> {
            synchronized (order) {
                order.add(n);
            }
            return new PyCell(null);
        });
    }

    public Object get(String name) {
        PyCell c = cells.get(name);
        return c == null ? null : c.value;
    }

    public void put(String name, Object value) {
        cell(name).value = value;
    }

    /** The bound names in first-binding order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        synchronized (order) {
            for (String n : order) {
                if (cells.get(n).value != null) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** A dict snapshot (globals()); writes to it do not come back. */
    public PyDict toDict() {
        PyDict d = new PyDict();
        for (String n : names()) {
            Object v = get(n);
            if (v != null) {
                d.setItem(n, v);
            }
        }
        return d;
    }
}
