package org.pythebo.runtime.exceptions;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654): a message and a non-empty tuple of exceptions,
 * split by type or predicate into nested groups that keep the original's structure, traceback,
 * chaining and notes.
 */
public final class PyExceptionGroup extends PyBaseException {
    final String message;
    public final PyTuple exceptions;

    PyExceptionGroup(PyType type, PyTuple args, String message, PyTuple exceptions) {
        super(type, args);
        this.message = message;
        this.exceptions = exceptions;
    }

    public String message() { return message; }

    public PyTuple exceptions() { return exceptions; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (!(cls instanceof PyType t) || !t.isSubtypeOf(Exc.BaseExceptionGroup)) {
            throw PyException.typeError("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
        }
        if (args.length != 2) {
            throw PyException.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length
                    + " given)");
        }
        if (!(args[0] instanceof String message)) {
            throw PyException.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + Ops.typeName(args[0]));
        }
        if (!isSequence(args[1])) {
            throw PyException.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = Ops.toArray(ts, args[1]).clone();
        if (items.length == 0) {
            throw PyException.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestsBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw PyException.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            nestsBase |= !e.matches(Exc.Exception);
        }
        if (t == Exc.BaseExceptionGroup) {
            if (!nestsBase) {
                t = Exc.ExceptionGroup;
            }
        } else if (nestsBase && t.isSubtypeOf(Exc.Exception)) {
            throw PyException.typeError(t == Exc.ExceptionGroup ? "Cannot nest BaseExceptions in an ExceptionGroup"
                    : "Cannot nest BaseExceptions in '" + t.name + "'");
        }
        return new PyExceptionGroup(t, PyTuple.of(args.clone()), message, PyTuple.of(items));
    }

    /** What PySequence_Check accepts: an object with {@code __getitem__} that is not a mapping. */
    private static boolean isSequence(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof String) {
            return true;
        }
        PyType t = Ops.type(o);
        return !t.isSubtypeOf(PyType.DICT) && t.lookup("__getitem__") != null;
    }

    @PyMethod("($self, *args, **kwargs)")
    public static Object __init__(Object self, Object[] args, PyDict kwargs) {
        return PyBaseException.__init__(self, args, kwargs);
    }

    @PyMethod("($self, /)")
    public static Object __str__(Object self) {
        PyExceptionGroup g = (PyExceptionGroup) self;
        int n = g.exceptions.size();
        return g.message + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    @PyGetter("message")
    public static Object getMessage(Object self) { return ((PyExceptionGroup) self).message; }

    @PyGetter("exceptions")
    public static Object getExceptions(Object self) { return ((PyExceptionGroup) self).exceptions; }

    @PyMethod("($self, excs, /)")
    public static Object derive(ThreadState ts, Object self, Object excs) {
        return Ops.call(ts, Exc.BaseExceptionGroup, ((PyExceptionGroup) self).message, excs);
    }

    @PyMethod("($self, matcher_value, /)")
    public static Object split(ThreadState ts, Object self, Object matcher) {
        Split s = split(ts, (PyExceptionGroup) self, matcherFor(ts, matcher), true);
        return PyTuple.of(orNone(s.match), orNone(s.rest));
    }

    @PyMethod("($self, matcher_value, /)")
    public static Object subgroup(ThreadState ts, Object self, Object matcher) {
        return orNone(split(ts, (PyExceptionGroup) self, matcherFor(ts, matcher), false).match);
    }

    private static Object orNone(Object o) {
        return o == null ? Singleton.NONE : o;
    }

    // ---- splitting ----

    /** What selects leaves: a type test, a predicate, or a set of leaf identities. */
    @FunctionalInterface
    interface Matcher {
        boolean test(ThreadState ts, PyBaseException e);
    }

    private static Matcher matcherFor(ThreadState ts, Object m) {
        if (m instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
            return (ts2, e) -> e.matches(t);
        }
        if (m instanceof PyTuple tuple) {
            for (Object o : tuple.toArray()) {
                if (!(o instanceof PyType t && t.isSubtypeOf(Exc.BaseException))) {
                    throw badMatcher();
                }
            }
            return (ts2, e) -> {
                for (Object o : tuple.toArray()) {
                    if (e.matches((PyType) o)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (!(m instanceof PyType) && isCallable(m)) {
            return (ts2, e) -> Ops.isTrue(ts2, Ops.call(ts2, m, e));
        }
        throw badMatcher();
    }

    private static boolean isCallable(Object o) {
        return o instanceof PyCallable || Ops.type(o).lookup("__call__") != null;
    }

    private static PyException badMatcher() {
        return PyException.typeError("expected a function, exception type or tuple of exception types");
    }

    /** The matching part and the rest of an exception; either may be null. */
    record Split(PyBaseException match, PyBaseException rest) {}

    static Split split(ThreadState ts, PyBaseException exc, Matcher matcher, boolean withRest) {
        if (matcher.test(ts, exc)) {
            return new Split(exc, null);
        }
        if (!(exc instanceof PyExceptionGroup g)) {
            return new Split(null, withRest ? exc : null);
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object o : g.exceptions.toArray()) {
            ts.enterCall();
            Split s;
            try {
                s = split(ts, (PyBaseException) o, matcher, withRest);
            } finally {
                ts.leaveCall();
            }
            if (s.match != null) {
                matched.add(s.match);
            }
            if (s.rest != null) {
                rest.add(s.rest);
            }
        }
        return new Split(subset(ts, g, matched), withRest ? subset(ts, g, rest) : null);
    }

    /** orig.derive(excs) carrying orig's traceback, chaining and (a copy of its) notes; null if excs is empty. */
    private static PyBaseException subset(ThreadState ts, PyExceptionGroup orig, List<Object> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        Object derived = Ops.callMethod(ts, orig, "derive", new PyList(excs.toArray()));
        if (!(derived instanceof PyExceptionGroup eg)) {
            throw PyException.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.setTracebackEntries(orig.traceback);
        eg.context = orig.context;
        eg.cause = orig.cause;
        eg.suppressContext = true;
        Object notes = Ops.lookupAttr(ts, orig, "__notes__");
        if (notes != null && isSequence(notes)) {
            Ops.setAttr(ts, eg, "__notes__", new PyList(Ops.toArray(ts, notes).clone()));
        }
        return eg;
    }

    /** The part of {@code orig} whose leaves are among the leaves of {@code keep}, or null. */
    static PyBaseException projection(ThreadState ts, PyBaseException orig, List<PyBaseException> keep) {
        IdentityHashMap<PyBaseException, Boolean> leaves = new IdentityHashMap<>();
        for (PyBaseException e : keep) {
            collectLeaves(e, leaves);
        }
        return split(ts, orig, (ts2, e) -> leaves.containsKey(e), false).match;
    }

    private static void collectLeaves(PyBaseException e, IdentityHashMap<PyBaseException, Boolean> leaves) {
        if (e instanceof PyExceptionGroup g) {
            for (Object o : g.exceptions.toArray()) {
                collectLeaves((PyBaseException) o, leaves);
            }
        } else {
            leaves.put(e, true);
        }
    }

    // ---- try/except* ----

    /**
     * Checks the type an {@code except*} clause names: exception classes (or a tuple of them)
     * that are not exception groups.
     */
    public static void checkExceptStarType(Object t) {
        if (t instanceof PyTuple tuple) {
            for (Object o : tuple.toArray()) {
                checkOneExceptStarType(o);
            }
        } else {
            checkOneExceptStarType(t);
        }
    }

    private static void checkOneExceptStarType(Object t) {
        if (!(t instanceof PyType pt) || !pt.isSubtypeOf(Exc.BaseException)) {
            throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (pt.isSubtypeOf(Exc.BaseExceptionGroup)) {
            throw PyException.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    private static boolean matchesType(PyBaseException e, Object t) {
        if (t instanceof PyTuple tuple) {
            for (Object o : tuple.toArray()) {
                if (e.matches((PyType) o)) {
                    return true;
                }
            }
            return false;
        }
        return e.matches((PyType) t);
    }

    /**
     * What an {@code except* t} clause takes from the still-unhandled exception: {@code [match,
     * rest]}, either null. A naked exception that matches is wrapped in a group; a group is split
     * with its own {@code split} method.
     */
    public static PyBaseException[] exceptStarMatch(ThreadState ts, PyBaseException exc, Object t) {
        if (matchesType(exc, t)) {
            PyBaseException match = exc instanceof PyExceptionGroup ? exc : create(ts, PyTuple.of(exc));
            return new PyBaseException[] {match, null};
        }
        if (!(exc instanceof PyExceptionGroup)) {
            return new PyBaseException[] {null, exc};
        }
        Object pair = Ops.callMethod(ts, exc, "split", t);
        if (!(pair instanceof PyTuple tuple) || tuple.type() != PyType.TUPLE) {
            throw PyException.typeError(exc.type().name + ".split must return a tuple, not " + Ops.typeName(pair));
        }
        if (tuple.size() != 2) {
            throw PyException.valueError(exc.type().name + ".split must return a 2-tuple, got tuple of size "
                    + tuple.size());
        }
        return new PyBaseException[] {asException(tuple.get(0)), asException(tuple.get(1))};
    }

    private static PyBaseException asException(Object o) {
        return o instanceof PyBaseException e ? e : null;
    }

    /**
     * The exception a try-except* raises at its end, or null: what the handlers raised, in order,
     * then the unhandled rest. Parts of the original group that were re-raised keep their place in
     * its structure; newly raised exceptions join them as siblings in a new group.
     */
    public static PyBaseException reraiseStar(ThreadState ts, PyBaseException orig, List<PyBaseException> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        if (!(orig instanceof PyExceptionGroup)) {
            // A naked exception was wrapped: only one clause can have run.
            return excs.get(0);
        }
        List<PyBaseException> raised = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (PyBaseException e : excs) {
            (e.sameMetadata(orig) ? reraised : raised).add(e);
        }
        PyBaseException reraisedGroup = projection(ts, orig, reraised);
        if (raised.isEmpty()) {
            return reraisedGroup;
        }
        if (reraisedGroup != null) {
            raised.add(reraisedGroup);
        }
        return create(ts, new PyList(raised.toArray()));
    }

    /** An ExceptionGroup (or BaseExceptionGroup if one is not an Exception) with an empty message. */
    static PyExceptionGroup create(ThreadState ts, Object excs) {
        return (PyExceptionGroup) __new__(ts, Exc.BaseExceptionGroup, new Object[] {"", excs}, null);
    }
}
