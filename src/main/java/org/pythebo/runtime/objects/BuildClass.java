package org.pythebo.runtime.objects;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.PyCell;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.PyFunction;
import org.pythebo.runtime.exec.ThreadState;

/**
 * {@code builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)}, which every class
 * statement calls: resolve {@code __mro_entries__} of the bases, pick the most derived
 * metaclass, get the namespace from its {@code __prepare__}, run the body function in that
 * namespace, then call the metaclass.
 */
public final class BuildClass {
    private BuildClass() {}

    public static Object build(ThreadState ts, Object[] args, PyDict kwds) {
        if (args.length < 2) {
            throw PyException.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction func)) {
            throw PyException.typeError("__build_class__: func must be a function");
        }
        Object name = args[1];
        if (!(PyValueInstance.unwrap(name) instanceof String)) {
            throw PyException.typeError("__build_class__: name is not a string");
        }
        Object[] origBases = java.util.Arrays.copyOfRange(args, 2, args.length);
        Object[] bases = updateBases(ts, origBases);
        Object meta = kwds.size() == 0 ? null : kwds.remove(ts, "metaclass");
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : Ops.type(bases[0]);
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = calculateMeta((PyType) meta, bases);
        }
        PyTuple basesTuple = PyTuple.of(bases);
        Object[] keys = kwds.keys();
        String[] kwnames = new String[keys.length];
        Object[] kwvalues = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            kwnames[i] = (String) keys[i];
            kwvalues[i] = kwds.get(ts, keys[i]);
        }
        Object ns = prepare(ts, meta, isClass, name, basesTuple, kwnames, kwvalues);
        PyCell classCell = runBody(ts, func, ns);
        if (bases != origBases) {
            Ops.setItem(ts, ns, "__orig_bases__", PyTuple.of(origBases));
        }
        Object[] margs = new Object[3 + kwvalues.length];
        margs[0] = name;
        margs[1] = basesTuple;
        margs[2] = ns;
        System.arraycopy(kwvalues, 0, margs, 3, kwvalues.length);
        Object cls = Ops.call(ts, meta, margs, kwnames.length == 0 ? null : kwnames);
        // Methods that use super() or __class__ see the class the metaclass made.
        if (classCell != null && cls instanceof PyType && classCell.value == null) {
            classCell.value = cls;
        }
        return cls;
    }

    /** PEP 560: a base that is not a class may stand for others through its __mro_entries__(bases). */
    private static Object[] updateBases(ThreadState ts, Object[] bases) {
        List<Object> out = null;
        for (int i = 0; i < bases.length; i++) {
            Object base = bases[i];
            Object entries = base instanceof PyType ? null : Ops.lookupAttr(ts, base, "__mro_entries__");
            if (entries == null) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            Object replaced = Ops.call(ts, entries, PyTuple.of(bases.clone()));
            if (!(replaced instanceof PyTuple t)) {
                throw PyException.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(List.of(bases).subList(0, i));
            }
            out.addAll(List.of(t.toArray()));
        }
        return out == null ? bases : out.toArray();
    }

    /** The most derived of the metaclass and the types of the bases, or CPython's conflict error. */
    private static PyType calculateMeta(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType bt = Ops.type(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyException.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The body's namespace: {@code meta.__prepare__(name, bases, **kwds)}, a new dict when there is none. */
    private static Object prepare(ThreadState ts, Object meta, boolean isClass, Object name, PyTuple bases,
                                  String[] kwnames, Object[] kwvalues) {
        Object prep = meta == PyType.TYPE ? null : Ops.lookupAttr(ts, meta, "__prepare__");
        if (prep == null) {
            return new PyDict();
        }
        Object[] pargs = new Object[2 + kwvalues.length];
        pargs[0] = name;
        pargs[1] = bases;
        System.arraycopy(kwvalues, 0, pargs, 2, kwvalues.length);
        Object ns = Ops.call(ts, prep, pargs, kwnames.length == 0 ? null : kwnames);
        if (!(ns instanceof PyDict) && Ops.type(ns).lookup("__getitem__") == null) {
            throw PyException.typeError((isClass ? ((PyType) meta).name : "<metaclass>")
                    + ".__prepare__() must return a mapping, not " + Ops.typeName(ns));
        }
        return ns;
    }

    /**
     * Runs the body function with {@code ns} as its local namespace: a dict directly, any other
     * mapping (a dict subclass too) through its __getitem__/__setitem__/__delitem__. A class body
     * gives back its {@code __class__} cell; an ordinary function keeps its locals to itself.
     */
    private static PyCell runBody(ThreadState ts, PyFunction func, Object ns) {
        PyCode code = func.code;
        if (code.kind != PyCode.Kind.CLASS) {
            func.call(ts, Ops.NO_ARGS, null);
            return null;
        }
        PyCell[] cells = new PyCell[code.cellvars.length + code.freevars.length];
        PyCell classCell = null;
        for (int i = 0; i < code.cellvars.length; i++) {
            cells[i] = new PyCell(null);
            if (code.cellvars[i].equals("__class__")) {
                classCell = cells[i];
            }
        }
        System.arraycopy(func.closure, 0, cells, code.cellvars.length, code.freevars.length);
        boolean exactDict = ns instanceof PyDict;
        Frame f = new Frame(ts, code, func.globals, new Object[code.varnames.length], cells,
                exactDict ? (PyDict) ns : null);
        if (!exactDict) {
            f.localsMapping = ns;
        }
        code.run(f);
        return classCell;
    }
}
