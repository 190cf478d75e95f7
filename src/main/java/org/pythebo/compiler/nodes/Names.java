package org.pythebo.compiler.nodes;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Node;
import org.pythebo.runtime.exec.PyCell;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.objects.Ops;

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
     * A global name: the node keeps where it last found the name ({@link Globals.NameCache}) and
     * re-reads that entry while the namespace's table is unchanged.
     */
    public static final class LoadGlobal extends ExprNode {
        final String name;
        private Globals.NameCache cache;

        public LoadGlobal(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            return load(f, this);
        }

        /** The value; a NameError points at {@code node} (a LOAD_NAME falls back to its own LoadGlobal). */
        Object load(Frame f, Node node) {
            Globals g = f.globals;
            Globals.NameCache c = cache;
            if (c != null) {
                Object v = c.value(g);
                if (v != null) {
                    return v;
                }
            }
            return lookup(f, g, node);
        }

        private Object lookup(Frame f, Globals g, Node node) {
            Globals.NameCache c = g.lookup(f.ts, name);
            if (c != null) {
                cache = c;
                Object v = c.value(g);
                if (v != null) {
                    return v;
                }
            }
            // The name may have been bound between the lookup and the read: look once more, uncached.
            Object v = g.get(name);
            if (v == null && g.builtins != null) {
                v = g.builtins.get(name);
            }
            if (v == null) {
                throw node.here(f, notDefined(name));
            }
            return v;
        }
    }

    /**
     * LOAD_NAME (module level and class bodies): the local namespace (the class namespace, or the
     * locals mapping of exec/eval), then globals, then builtins.
     */
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
            } else if (f.localsMapping != null) {
                Object v = mappingGet(f, f.localsMapping, name);
                if (v != null) {
                    return v;
                }
            }
            return global.load(f, this);
        }
    }

    /** {@code mapping[name]}, or null on KeyError (a non-dict locals mapping). */
    static Object mappingGet(Frame f, Object mapping, String name) {
        try {
            return Ops.getItem(f.ts, mapping, name);
        } catch (PyException e) {
            if (e.exc.matches(Exc.KeyError)) {
                return null;
            }
            throw e;
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
            Object v = f.namespace != null ? f.namespace.get(f.ts, name)
                    : f.localsMapping != null ? mappingGet(f, f.localsMapping, name) : null;
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

    /**
     * SETUP_ANNOTATIONS: a module or class body with annotated names starts by giving its
     * namespace an empty {@code __annotations__} dict, unless one is there already.
     */
    public static final class SetupAnnotations extends StmtNode {
        @Override
        public int exec(Frame f) {
            PyDict ns = f.namespace != null ? f.namespace : f.localsMapping == null ? f.globals.dict : null;
            try {
                if (ns != null) {
                    if (ns.get(f.ts, "__annotations__") == null) {
                        ns.setItem(f.ts, "__annotations__", new PyDict());
                    }
                } else if (mappingGet(f, f.localsMapping, "__annotations__") == null) {
                    Ops.setItem(f.ts, f.localsMapping, "__annotations__", new PyDict());
                }
            } catch (PyException e) {
                throw here(f, e);
            }
            return NORMAL;
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
        final String name;
        private Globals.StoreCache cache;

        public StoreGlobal(String name) {
            this.name = name;
        }

        @Override
        public void store(Frame f, Object value) {
            Globals g = f.globals;
            Globals.StoreCache c = cache;
            if (c == null || !c.store(g, value)) {
                cache = g.store(f.ts, name, value);
            }
        }

        @Override
        public void delete(Frame f) {
            if (f.globals.dict.remove(f.ts, name) == null) {
                throw notDefined(name);
            }
        }
    }

    /** STORE_NAME: the local namespace when there is one (class body, exec with locals), else globals. */
    public static final class StoreName extends Store {
        final String name;
        final StoreGlobal global;

        public StoreName(String name) {
            this.name = name;
            this.global = new StoreGlobal(name);
        }

        @Override
        public void store(Frame f, Object value) {
            PyDict ns = f.namespace;
            if (ns != null) {
                ns.setItem(f.ts, name, value);
            } else if (f.localsMapping != null) {
                Ops.setItem(f.ts, f.localsMapping, name, value);
            } else {
                global.store(f, value);
            }
        }

        @Override
        public void delete(Frame f) {
            PyDict ns = f.namespace;
            if (ns != null) {
                if (ns.remove(f.ts, name) == null) {
                    throw notDefined(name);
                }
            } else if (f.localsMapping != null) {
                try {
                    Ops.delItem(f.ts, f.localsMapping, name);
                } catch (PyException e) {
                    if (e.exc.matches(Exc.KeyError)) {
                        throw notDefined(name);
                    }
                    throw e;
                }
            } else {
                global.delete(f);
            }
        }
    }
}
