package org.pythebo.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds the arguments of a call to a built-in function or method, from its signature in
 * CPython's {@code __text_signature__} form, e.g. {@code "($self, object, /)"} or
 * {@code "($module, /, *args, sep=' ', end='\n', file=None, flush=False)"}. The errors are the
 * TypeErrors CPython's argument handling raises for the same kind of function: METH_NOARGS and
 * METH_O functions name themselves by qualified name ("list.append() takes exactly one argument
 * (0 given)"), Argument Clinic functions by plain name ("insert expected 2 arguments, got 1",
 * "sort() takes no positional arguments", "'x' is an invalid keyword argument for print()").
 *
 * <p>A default written {@code ?} means "optional, no default": the Java method receives null.
 */
public final class ArgParser {
    /** The default marker for an optional parameter without a value. */
    public static final Object MISSING_DEFAULT = new Object();

    final String name;
    final String qualname;
    /** How the receiver is written: "$self", "$type", "$module" or null. */
    final String receiver;
    final String[] names;
    final Object[] defaults;
    final int posonly;
    final int positional;
    final boolean varargs;
    final boolean varkw;
    private final int required;

    public ArgParser(String name, String qualname, String text) {
        this.name = name;
        this.qualname = qualname;
        String body = text.trim();
        if (!body.startsWith("(") || !body.endsWith(")")) {
            throw new IllegalArgumentException("bad signature " + text);
        }
        body = body.substring(1, body.length() - 1).trim();
        List<String> params = splitParams(body);
        String recv = null;
        List<String> ns = new ArrayList<>();
        List<Object> defs = new ArrayList<>();
        int slash = -1;
        int star = -1;
        boolean va = false;
        boolean vk = false;
        for (String p : params) {
            if (p.startsWith("$")) {
                recv = p;
            } else if (p.equals("/")) {
                slash = ns.size();
            } else if (p.equals("*")) {
                star = ns.size();
            } else if (p.startsWith("**")) {
                vk = true;
            } else if (p.startsWith("*")) {
                va = true;
                star = ns.size();
            } else {
                int eq = p.indexOf('=');
                if (eq < 0) {
                    ns.add(p);
                    defs.add(null);
                } else {
                    ns.add(p.substring(0, eq).trim());
                    defs.add(parseDefault(p.substring(eq + 1).trim()));
                }
            }
        }
        this.receiver = recv;
        this.names = ns.toArray(new String[0]);
        this.defaults = defs.toArray();
        this.posonly = Math.max(slash, 0);
        this.positional = star >= 0 ? star : names.length;
        this.varargs = va;
        this.varkw = vk;
        int req = 0;
        for (int i = 0; i < positional && defaults[i] == null; i++) {
            req++;
        }
        this.required = req;
    }

    private static List<String> splitParams(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(body.substring(start, i).trim());
                start = i + 1;
            }
        }
        String last = body.substring(start).trim();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    private static Object parseDefault(String s) {
        return switch (s) {
            case "None" -> Singleton.NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "?" -> MISSING_DEFAULT;
            case "()" -> PyTuple.EMPTY;
            default -> {
                if (s.startsWith("'") || s.startsWith("\"")) {
                    yield s.substring(1, s.length() - 1).replace("\\n", "\n").replace("\\t", "\t")
                            .replace("\\'", "'").replace("\\\\", "\\");
                }
                yield s.contains(".") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
            }
        };
    }

    /** The number of Java arguments {@link #bind} produces. */
    public int arity() {
        return names.length + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    }

    private boolean methO() {
        return names.length == 1 && posonly == 1 && defaults[0] == null && !varargs && !varkw;
    }

    private boolean noArgs() {
        return names.length == 0 && !varargs && !varkw;
    }

    private boolean allPositionalOnly() {
        return posonly == names.length && !varkw;
    }

    /**
     * Binds {@code args[from..]} (positional, then keyword values named by kwnames) into one array
     * in the signature's order, which the Java method's parameters follow: the positional
     * parameters, Object[] for *args, the keyword-only ones, then a PyDict for **kwargs (null
     * where an optional parameter was not given).
     */
    public Object[] bind(Object[] args, int from, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - from - nkw;
        if (noArgs()) {
            if (nkw > 0) {
                throw PyException.typeError(qualname + "() takes no keyword arguments");
            }
            if (npos != 0) {
                throw PyException.typeError(qualname + "() takes no arguments (" + npos + " given)");
            }
            return new Object[0];
        }
        if (methO()) {
            if (nkw > 0) {
                throw PyException.typeError(qualname + "() takes no keyword arguments");
            }
            if (npos != 1) {
                throw PyException.typeError(qualname + "() takes exactly one argument (" + npos + " given)");
            }
            return new Object[] {args[from]};
        }
        Object[] out = new Object[arity()];
        if (allPositionalOnly()) {
            if (nkw > 0) {
                throw PyException.typeError(name + "() takes no keyword arguments");
            }
            int max = varargs ? Integer.MAX_VALUE : names.length;
            if (npos < required || npos > max) {
                String how = required == names.length && !varargs ? "" : npos < required ? "at least " : "at most ";
                int n = npos < required ? required : names.length;
                throw PyException.typeError(name + " expected " + how + n + " argument" + (n == 1 ? "" : "s")
                        + ", got " + npos);
            }
        } else if (posonly == positional && positional > 0 && !varargs && (npos < required || npos > positional)) {
            // Positional-only parameters before keyword-only ones (sorted, list.sort's kin) are
            // unpacked like METH_FASTCALL arguments: "sorted expected 1 argument, got 0".
            String how = required == positional ? "" : npos < required ? "at least " : "at most ";
            int n = npos < required ? required : positional;
            throw PyException.typeError(name + " expected " + how + n + " argument" + (n == 1 ? "" : "s") + ", got " + npos);
        } else {
            int total = npos + nkw;
            if (!varargs && !varkw && total > names.length) {
                throw PyException.typeError(name + "() takes at most " + names.length + " "
                        + (npos == 0 ? "keyword " : "") + "argument" + (names.length == 1 ? "" : "s")
                        + " (" + total + " given)");
            }
            if (!varargs && npos > positional) {
                if (positional == 0) {
                    throw PyException.typeError(name + "() takes no positional arguments");
                }
                throw PyException.typeError(name + "() takes " + (required < positional ? "at most" : "exactly") + " "
                        + positional + " positional argument" + (positional == 1 ? "" : "s") + " (" + npos + " given)");
            }
        }
        Object[] rest = null;
        int direct = Math.min(npos, positional);
        for (int i = 0; i < direct; i++) {
            out[i] = args[from + i];
        }
        if (varargs) {
            rest = new Object[Math.max(0, npos - positional)];
            System.arraycopy(args, from + direct, rest, 0, rest.length);
        }
        PyDict kwargs = varkw ? new PyDict() : null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            Object value = args[args.length - nkw + k];
            int idx = -1;
            for (int i = posonly; i < names.length; i++) {
                if (names[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (kwargs != null) {
                    kwargs.setItem(kw, value);
                    continue;
                }
                throw PyException.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
            }
            if (out[idx] != null) {
                throw PyException.typeError("argument for " + name + "() given by name ('" + kw + "') and position ("
                        + (idx + 1) + ")");
            }
            out[idx] = value;
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null) {
                Object d = defaults[i];
                if (d == null) {
                    if (i < posonly) {
                        throw PyException.typeError(name + "() takes " + (required < positional ? "at least" : "exactly")
                                + " " + required + " positional argument" + (required == 1 ? "" : "s") + " (" + npos
                                + " given)");
                    }
                    throw PyException.typeError(name + "() missing required argument '" + names[i] + "' (pos "
                            + (i + 1) + ")");
                }
                out[i] = d == MISSING_DEFAULT ? null : d;
            }
        }
        if (varkw) {
            out[arity() - 1] = kwargs;
        }
        if (varargs) {
            // Java parameter order follows the signature: positional, *args, keyword-only, **kwargs.
            System.arraycopy(out, positional, out, positional + 1, names.length - positional);
            out[positional] = rest;
        }
        return out;
    }
}
