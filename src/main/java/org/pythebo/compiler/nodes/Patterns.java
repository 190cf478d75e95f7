package org.pythebo.compiler.nodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Node;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * The match statement (PEP 634) and its patterns, with CPython 3.11's order of evaluation: what
 * is looked up, called and compared, and when. A pattern writes the values it captures into the
 * case's capture array; the names are bound only once the whole pattern has matched.
 */
public final class Patterns {
    private Patterns() {}

    /** A pattern: whether the subject matches, capturing into {@code caps}. */
    public abstract static class Pattern extends Node {
        public final boolean match(Frame f, Object subject, Object[] caps) {
            try {
                return test(f, subject, caps);
            } catch (PyException e) {
                throw here(f, e);
            }
        }

        abstract boolean test(Frame f, Object subject, Object[] caps);
    }

    /** {@code _}, a capture {@code x}, or {@code p as x}: slot -1 captures nothing. */
    public static final class As extends Pattern {
        final Pattern inner;
        final int slot;

        public As(Pattern inner, int slot) {
            this.inner = inner;
            this.slot = slot;
        }

        @Override
        boolean test(Frame f, Object subject, Object[] caps) {
            if (inner != null && !inner.match(f, subject, caps)) {
                return false;
            }
            if (slot >= 0) {
                caps[slot] = subject;
            }
            return true;
        }

        boolean isWildcard() {
            return inner == null && slot < 0;
        }
    }

    /** A literal or dotted name: {@code subject == value}. */
    public static final class Value extends Pattern {
        final ExprNode value;

        public Value(ExprNode value) {
            this.value = value;
        }

        @Override
        boolean test(Frame f, Object subject, Object[] caps) {
            Object v = value.eval(f);
            return Ops.isTrue(f.ts, Compare.richCompare(f.ts, subject, v, Compare.EQ));
        }
    }

    /** None, True or False: compared by identity. */
    public static final class SingletonValue extends Pattern {
        final Object value;

        public SingletonValue(Object value) {
            this.value = value;
        }

        @Override
        boolean test(Frame f, Object subject, Object[] caps) {
            return value instanceof Boolean b ? subject instanceof Boolean s && s.booleanValue() == b : subject == value;
        }
    }

    /** {@code p1 | p2 | ...}: the first alternative that matches. */
    public static final class Or extends Pattern {
        final Pattern[] alternatives;

        public Or(Pattern[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean test(Frame f, Object subject, Object[] caps) {
            for (Pattern p : alternatives) {
                if (p.match(f, subject, caps)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code *name} or {@code *_} inside a sequence pattern: slot -1 captures nothing. */
    public static final class Star extends Pattern {
        final int slot;

        public Star(int slot) {
            this.slot = slot;
        }

        @Override
        boolean test(Frame f, Object subject, Object[] caps) {
            if (slot >= 0) {
                caps[slot] = subject;
            }
            return true;
        }
    }

    // ---- sequences ----

    /** The builtin types (and their subclasses) that sequence patterns accept, besides list, tuple and range. */
    private static boolean isSequence(Object subject) {
        if (subject instanceof PyList || subject instanceof PyTuple) {
            return true;
        }
        if (subject instanceof String || subject instanceof Long || subject instanceof Double
                || subject instanceof Boolean || subject instanceof PyDict) {
            return false;
        }
        PyType t = Ops.type(subject);
        if (t.isSubtypeOf(PyType.LIST) || t.isSubtypeOf(PyType.TUPLE) || t.isSubtypeOf(PyType.RANGE)
                || t.collectionFlags() == PyType.SEQUENCE) {
            return true;
        }
        for (PyType b : t.mro()) {
            if (!b.heapType && (b.name.equals("memoryview") || b.name.equals("deque") || b.name.equals("array"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code [p, ...]} or {@code (p, ...)}, with at most one star. As CPython does: a length check
     * first; then, when the star is a wildcard, items by index (counted from the length for those
     * after the star); otherwise the subject is unpacked by iteration.
     */
    public static final class Sequence extends Pattern {
        final Pattern[] items;
        final int star;

        public Sequence(Pattern[] items, int star) {
            this.items = items;
            this.star = star;
        }

        private boolean starIsWildcard() {
            return star >= 0 && ((Star) items[star]).slot < 0;
        }

        private boolean onlyWildcards() {
            for (int i = 0; i < items.length; i++) {
                if (i != star && !(items[i] instanceof As a && a.isWildcard())) {
                    return false;
                }
            }
            return star < 0 || starIsWildcard();
        }

        @Override
        boolean test(Frame f, Object subject, Object[] caps) {
            if (!isSequence(subject)) {
                return false;
            }
            ThreadState ts = f.ts;
            int size = items.length;
            if (star < 0) {
                if (Ops.len(ts, subject) != size) {
                    return false;
                }
            } else if (size > 1 && Ops.len(ts, subject) < size - 1) {
                return false;
            }
            if (onlyWildcards()) {
                return true;
            }
            if (starIsWildcard()) {
                for (int i = 0; i < size; i++) {
                    if (i == star || items[i] instanceof As a && a.isWildcard()) {
                        continue;
                    }
                    long index = i < star ? i : Ops.len(ts, subject) - (size - i);
                    if (!items[i].match(f, Ops.getItem(ts, subject, index), caps)) {
                        return false;
                    }
                }
                return true;
            }
            Object[] values = unpack(ts, subject, size);
            for (int i = 0; i < size; i++) {
                if (!items[i].match(f, values[i], caps)) {
                    return false;
                }
            }
            return true;
        }

        /** The subject's items, the starred part as a list. */
        private Object[] unpack(ThreadState ts, Object subject, int size) {
            Object[] all = Ops.toArray(ts, subject);
            if (star < 0) {
                if (all.length != size) {
                    throw PyException.valueError(all.length > size ? "too many values to unpack (expected " + size + ")"
                            : "not enough values to unpack (expected " + size + ", got " + all.length + ")");
                }
                return all;
            }
            if (all.length < size - 1) {
                throw PyException.valueError("not enough values to unpack (expected at least " + (size - 1) + ", got "
                        + all.length + ")");
            }
            Object[] out = new Object[size];
            System.arraycopy(all, 0, out, 0, star);
            int after = size - 1 - star;
            out[star] = new PyList(Arrays.copyOfRange(all, star, all.length - after));
            System.arraycopy(all, all.length - after, out, star + 1, after);
            return out;
        }
    }

    // ---- mappings ----

    private static boolean isMapping(Object subject) {
        if (subject instanceof PyDict) {
            return true;
        }
        if (subject instanceof String || subject instanceof Long || subject instanceof Double
                || subject instanceof Boolean || subject instanceof PyList || subject instanceof PyTuple) {
            return false;
        }
        PyType t = Ops.type(subject);
        if (t.isSubtypeOf(PyType.DICT) || t.collectionFlags() == PyType.MAPPING) {
            return true;
        }
        for (PyType b : t.mro()) {
            if (!b.heapType && b.name.equals("mappingproxy")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code {key: p, ..., **rest}}: a length check, then every key looked up with the subject's
     * {@code get} (so {@code __missing__} never runs), then the values matched in order.
     */
    public static final class Mapping extends Pattern {
        final ExprNode[] keys;
        final Pattern[] values;
        final int restSlot;

        public Mapping(ExprNode[] keys, Pattern[] values, int restSlot) {
            this.keys = keys;
            this.values = values;
            this.restSlot = restSlot;
        }

        @Override
        boolean test(Frame f, Object subject, Object[] caps) {
            if (!isMapping(subject)) {
                return false;
            }
            ThreadState ts = f.ts;
            int size = keys.length;
            if (size == 0 && restSlot < 0) {
                return true;
            }
            if (size > 0 && Ops.len(ts, subject) < size) {
                return false;
            }
            Object[] keyValues = new Object[size];
            for (int i = 0; i < size; i++) {
                keyValues[i] = keys[i].eval(f);
            }
            Object[] found = lookUp(ts, subject, keyValues);
            if (found == null) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (!values[i].match(f, found[i], caps)) {
                    return false;
                }
            }
            if (restSlot >= 0) {
                PyDict rest = copy(ts, subject);
                for (Object k : keyValues) {
                    Ops.delItem(ts, rest, k);
                }
                caps[restSlot] = rest;
            }
            return true;
        }

        /** dict(subject): a dict's own entries (whatever a subclass overrides), any other mapping's through keys() and subscripts. */
        private static PyDict copy(ThreadState ts, Object subject) {
            PyDict rest = new PyDict();
            if (subject instanceof PyDict d) {
                rest.updateFrom(ts, d);
                return rest;
            }
            if (Ops.type(subject).isSubtypeOf(PyType.DICT)) {
                Object items = Ops.callDescr(ts, PyType.DICT.lookup("items"), subject, Ops.NO_ARGS);
                for (Object pair : Ops.toArray(ts, items)) {
                    Object[] kv = Ops.toArray(ts, pair);
                    rest.setItem(ts, kv[0], kv[1]);
                }
                return rest;
            }
            for (Object k : Ops.toArray(ts, Ops.callMethod(ts, subject, "keys"))) {
                rest.setItem(ts, k, Ops.getItem(ts, subject, k));
            }
            return rest;
        }

        /** The values of the keys, or null if one is missing; a key given twice is a ValueError. */
        private static Object[] lookUp(ThreadState ts, Object subject, Object[] keyValues) {
            if (keyValues.length == 0) {
                return keyValues;
            }
            // A plain dict's get is a lookup; anything else's get is called as CPython does.
            PyDict plain = subject instanceof PyDict d && d.type() == PyType.DICT ? d : null;
            Object get = plain != null ? null : Ops.getAttr(ts, subject, "get");
            PySet seen = keyValues.length > 1 ? new PySet() : null;
            Object missing = new Object();
            Object[] out = new Object[keyValues.length];
            for (int i = 0; i < keyValues.length; i++) {
                Object k = keyValues[i];
                if (seen != null) {
                    if (seen.contains(ts, k)) {
                        throw PyException.valueError("mapping pattern checks duplicate key (" + Ops.repr(ts, k) + ")");
                    }
                    seen.add(ts, k);
                }
                Object v = plain != null ? plain.get(ts, k) : Ops.call(ts, get, k, missing);
                if (v == null) {
                    v = missing;
                }
                if (v == missing) {
                    return null;
                }
                out[i] = v;
            }
            return out;
        }
    }

    // ---- class patterns ----

    /** Classes whose single positional sub-pattern matches the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF). */
    private static boolean matchesSelf(PyType cls) {
        for (PyType b : cls.mro()) {
            if (!b.heapType) {
                switch (b.name) {
                    case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str",
                         "tuple" -> {
                        return true;
                    }
                    default -> { }
                }
            }
        }
        return false;
    }

    /**
     * {@code Cls(p, ..., name=p, ...)}: an isinstance check, then every attribute fetched (positional
     * ones named by {@code __match_args__}), then the sub-patterns matched in order.
     */
    public static final class ClassPattern extends Pattern {
        final ExprNode cls;
        final Pattern[] positional;
        final String[] kwNames;
        final Pattern[] kwPatterns;

        public ClassPattern(ExprNode cls, Pattern[] positional, String[] kwNames, Pattern[] kwPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.kwNames = kwNames;
            this.kwPatterns = kwPatterns;
        }

        @Override
        boolean test(Frame f, Object subject, Object[] caps) {
            ThreadState ts = f.ts;
            if (!(cls.eval(f) instanceof PyType t)) {
                throw PyException.typeError("called match pattern must be a type");
            }
            if (!Ops.type(subject).isSubtypeOf(t) && !Ops.isTrue(ts, Ops.isInstance(ts, subject, t))) {
                return false;
            }
            int nargs = positional.length;
            Object[] attrs = new Object[nargs + kwNames.length];
            List<String> seen = new ArrayList<>();
            if (nargs > 0) {
                Object matchArgs = t.type() == PyType.TYPE && t.lookup("__match_args__") instanceof PyTuple found
                        ? found : Ops.lookupAttr(ts, t, "__match_args__");
                boolean self = false;
                int allowed;
                if (matchArgs != null) {
                    if (!(matchArgs instanceof PyTuple tuple) || tuple.type() != PyType.TUPLE) {
                        throw PyException.typeError(t.name + ".__match_args__ must be a tuple (got "
                                + Ops.typeName(matchArgs) + ")");
                    }
                    allowed = tuple.size();
                } else {
                    self = matchesSelf(t);
                    allowed = self ? 1 : 0;
                }
                if (allowed < nargs) {
                    throw PyException.typeError(t.name + "() accepts " + allowed + " positional sub-pattern"
                            + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
                }
                if (self) {
                    attrs[0] = subject;
                } else {
                    PyTuple names = (PyTuple) matchArgs;
                    for (int i = 0; i < nargs; i++) {
                        if (!(names.get(i) instanceof String name)) {
                            throw PyException.typeError("__match_args__ elements must be strings (got "
                                    + Ops.typeName(names.get(i)) + ")");
                        }
                        Object v = attribute(ts, t, subject, name, seen);
                        if (v == null) {
                            return false;
                        }
                        attrs[i] = v;
                    }
                }
            }
            for (int i = 0; i < kwNames.length; i++) {
                Object v = attribute(ts, t, subject, kwNames[i], seen);
                if (v == null) {
                    return false;
                }
                attrs[nargs + i] = v;
            }
            for (int i = 0; i < nargs; i++) {
                if (!positional[i].match(f, attrs[i], caps)) {
                    return false;
                }
            }
            for (int i = 0; i < kwNames.length; i++) {
                if (!kwPatterns[i].match(f, attrs[nargs + i], caps)) {
                    return false;
                }
            }
            return true;
        }

        /** The attribute, or null if the subject has none. */
        private static Object attribute(ThreadState ts, PyType t, Object subject, String name, List<String> seen) {
            if (seen.contains(name)) {
                throw PyException.typeError(t.name + "() got multiple sub-patterns for attribute '" + name + "'");
            }
            seen.add(name);
            try {
                return Ops.lookupAttr(ts, subject, name);
            } catch (PyException e) {
                if (e.exc.matches(Exc.AttributeError)) {
                    return null;
                }
                throw e;
            }
        }
    }

    // ---- the statement ----

    /** One {@code case}: its pattern, the names it binds (in capture-slot order), guard and body. */
    public static final class Case {
        final Pattern pattern;
        final Names.Store[] stores;
        final ExprNode guard;
        final StmtNode body;

        public Case(Pattern pattern, Names.Store[] stores, ExprNode guard, StmtNode body) {
            this.pattern = pattern;
            this.stores = stores;
            this.guard = guard;
            this.body = body;
        }
    }

    private static final Object[] NO_CAPTURES = new Object[0];

    /** {@code match subject:} the first case whose pattern matches and whose guard holds runs. */
    public static final class Match extends StmtNode {
        final ExprNode subject;
        final Case[] cases;

        public Match(ExprNode subject, Case[] cases) {
            this.subject = subject;
            this.cases = cases;
        }

        @Override
        public int exec(Frame f) {
            Object s = subject.eval(f);
            for (Case c : cases) {
                Object[] caps = c.stores.length == 0 ? NO_CAPTURES : new Object[c.stores.length];
                if (!c.pattern.match(f, s, caps)) {
                    continue;
                }
                for (int i = 0; i < caps.length; i++) {
                    c.stores[i].store(f, caps[i]);
                }
                if (c.guard != null && !Ops.isTrue(f.ts, c.guard.eval(f))) {
                    continue;
                }
                return c.body.exec(f);
            }
            return NORMAL;
        }
    }
}
