package org.pythebo.runtime.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.ThreadState;

/**
 * The "Did you mean" suggestions of CPython 3.11 for NameError and AttributeError: the closest
 * name by its Levenshtein variant (a case change costs 1, other edits 2) within a length-based
 * bound, looking at no more than 750 candidates.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    public static String forException(ThreadState ts, PyBaseException exc) {
        if (exc.attrName == null) {
            return null;
        }
        if (exc.type() == Exc.AttributeError && exc.attrObj != null) {
            return best(dir(exc.attrObj), exc.attrName);
        }
        if (exc.type() == Exc.NameError && !exc.traceback.isEmpty()) {
            Frame f = exc.traceback.get(0).frame();
            List<String> locals = new ArrayList<>();
            if (f.namespace != null) {
                for (Object k : f.namespace.keys()) {
                    if (k instanceof String s) {
                        locals.add(s);
                    }
                }
            } else if (f.code.kind == PyCode.Kind.FUNCTION) {
                for (int i = 0; i < f.locals.length; i++) {
                    if (f.locals[i] != null) {
                        locals.add(f.code.varnames[i]);
                    }
                }
            }
            String s = best(locals, exc.attrName);
            if (s == null) {
                s = best(f.globals.names(), exc.attrName);
            }
            if (s == null && f.globals.builtins != null) {
                s = best(f.globals.builtins.names(), exc.attrName);
            }
            return s;
        }
        return null;
    }

    static List<String> dir(Object obj) {
        TreeSet<String> names = new TreeSet<>();
        if (obj instanceof HasDict hd && !(obj instanceof PyType)) {
            for (Object k : hd.dict().keys()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
        }
        PyType t = obj instanceof PyType pt ? pt : Ops.type(obj);
        for (PyType m : t.mro()) {
            // object's __dict__ getter serves the instance dicts of every type here, but CPython's
            // object has no __dict__: it is listed for objects that have a dict, or from a class.
            if (m != PyType.OBJECT || obj instanceof HasDict && !(obj instanceof PyType)) {
                names.addAll(m.typeDict().keySet());
            } else {
                for (String k : m.typeDict().keySet()) {
                    if (!k.equals("__dict__")) {
                        names.add(k);
                    }
                }
            }
        }
        if (obj instanceof PyModule m) {
            names.addAll(m.globals.names());
        }
        return new ArrayList<>(names);
    }

    static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        String suggestion = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < bestDistance) {
                suggestion = item;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return CASE_COST;
        }
        return MOVE_COST;
    }

    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int as = 0;
        int ae = a.length();
        int bs = 0;
        int be = b.length();
        while (as < ae && bs < be && a.charAt(as) == b.charAt(bs)) {
            as++;
            bs++;
        }
        while (ae > as && be > bs && a.charAt(ae - 1) == b.charAt(be - 1)) {
            ae--;
            be--;
        }
        int la = ae - as;
        int lb = be - bs;
        if (la == 0 || lb == 0) {
            return (la + lb) * MOVE_COST;
        }
        if (la > MAX_STRING_SIZE || lb > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (lb < la) {
            String t = a;
            a = b;
            b = t;
            int x = as;
            as = bs;
            bs = x;
            x = la;
            la = lb;
            lb = x;
        }
        if ((lb - la) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[la];
        for (int i = 0; i < la; i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < lb; bi++) {
            char code = b.charAt(bs + bi);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < la; ai++) {
                int substitute = distance + substitutionCost(code, a.charAt(as + ai));
                distance = buffer[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[ai] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
