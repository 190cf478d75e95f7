package org.pythebo.compiler.nodes;

import org.pythebo.runtime.Exc;
import org.pythebo.runtime.Frame;
import org.pythebo.runtime.Globals;
import org.pythebo.runtime.PyCell;
import org.pythebo.runtime.PyDict;
import org.pythebo.runtime.PyException;

/**
 * Variable access, one node class per kind of storage: indexed local slots, cells, module
 * globals (through cached cells), and the class-body namespace.
 */
public final class Names {
    private Names() {}

    static PyException unboundLocal(String name) {
        return PyException.nameError(Exc.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value", name);
    }

    static PyException unboundFree(String name) {
        return PyException.nameError(Exc.NameError,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope",
                name);
    }

    static PyException notDefined(String name) {
        return PyException.nameError(Exc.NameError, "name '" + name + "' is not defined", name);
    }

    public static final class LoadLocal extends ExprNode {
        final int slot;
        final String name;

        public LoadLocal(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.locals[slot];
            if (v == null) {
                throw here(f, unboundLocal(name));
            }
            return v;
        }
    }

    public static final class LoadCell extends ExprNode {
        final int slot;
        final String name;
        final boolean free;

        public LoadCell(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.cells[slot].value;
            if (v == null) {
                throw here(f, free ? unboundFree(name) : unboundLocal(name));
            }
            return v;
        }
    }

    /**
     * A global name: the module cell and the builtins cell are fetched once per node and then read
     * directly; a rebinding writes the same cell, so the cache never goes stale.
     */
    public static final class LoadGlobal extends ExprNode {
        /** The cells of one module's name, published as one immutable object (safe to race on). */
        private record Cells(Globals globals, PyCell global, PyCell builtin) {}

        final String name;
        private Cells cells;

        public LoadGlobal(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Cells c = cells;
            if (c == null || c.globals != f.globals) {
                Globals g = f.globals;
                c = new Cells(g, g.cell(name), g.builtins == null ? null : g.builtins.cell(name));
                cells = c;
            }
            Object v = c.global.value;
            if (v != null) {
                return v;
            }
            if (c.builtin != null) {
                v = c.builtin.value;
                if (v != null) {
                    return v;
                }
            }
            throw here(f, notDefined(name));
        }
    }

    /** LOAD_NAME in class bodies: the namespace, then globals, then builtins. */
    public static final class LoadName extends ExprNode {
        final String name;
        final LoadGlobal global;

        public LoadName(String name) {
            this.name = name;
            this.global = new LoadGlobal(name);
        }

        @Override
        public Object eval(Frame f) {
            if (f.namespace != null) {
                Object v = f.namespace.get(f.ts, name);
                if (v != null) {
                    return v;
                }
            }
            return global.eval(f);
        }
    }

    /** LOAD_CLASSDEREF: a free variable read from a class body (the namespace wins). */
    public static final class LoadClassDeref extends ExprNode {
        final String name;
        final int slot;

        public LoadClassDeref(String name, int slot) {
            this.name = name;
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.namespace.get(f.ts, name);
            if (v != null) {
                return v;
            }
            v = f.cells[slot].value;
            if (v == null) {
                throw here(f, unboundFree(name));
            }
            return v;
        }
    }

    /** Where an assignment target stores: the compiler makes one of these per Name target. */
    public abstract static class Store {
        public abstract void store(Frame f, Object value);

        /** {@code del name}. */
        public abstract void delete(Frame f);
    }

    public static final class StoreLocal extends Store {
        final int slot;
        final String name;

        public StoreLocal(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void store(Frame f, Object value) { f.locals[slot] = value; }

        @Override
        public void delete(Frame f) {
            if (f.locals[slot] == null) {
                throw unboundLocal(name);
            }
            f.locals[slot] = null;
        }
    }

    public static final class StoreCell extends Store {
        final int slot;
        final String name;

        public StoreCell(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void store(Frame f, Object value) { f.cells[slot].value = value; }

        @Override
        public void delete(Frame f) {
            PyCell c = f.cells[slot];
            if (c.value == null) {
                throw unboundLocal(name);
            }
            c.value = null;
        }
    }

    public static final class StoreGlobal extends Store {
        private record Cached(Globals globals, PyCell cell) {}

        final String name;
        private Cached cached;

        public StoreGlobal(String name) {
            this.name = name;
        }

        private PyCell cell(Frame f) {
            Cached c = cached;
            if (c == null || c.globals != f.globals) {
                c = new Cached(f.globals, f.globals.cell(name));
                cached = c;
            }
            return c.cell;
        }

        @Override
        public void store(Frame f, Object value) { cell(f).value = value; }

        @Override
        public void delete(Frame f) {
            PyCell c = cell(f);
            if (c.value == null) {
                throw notDefined(name);
            }
            c.value = null;
        }
    }

    public static final class StoreName extends Store {
        final String name;

        public StoreName(String name) {
            this.name = name;
        }

        @Override
        public void store(Frame f, Object value) {
            PyDict ns = f.namespace;
            if (ns != null) {
                ns.setItem(f.ts, name, value);
            } else {
                f.globals.put(name, value);
            }
        }

        @Override
        public void delete(Frame f) {
            PyDict ns = f.namespace;
            if (ns != null) {
                if (ns.remove(f.ts, name) == null) {
                    throw notDefined(name);
                }
            } else {
                if (f.globals.get(name) == null) {
                    throw notDefined(name);
                }
                f.globals.put(name, null);
            }
        }
    }
}
