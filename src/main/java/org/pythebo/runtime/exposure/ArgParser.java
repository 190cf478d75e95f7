package org.pythebo.runtime.exposure;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/**
 * Binds the arguments of a call to a built-in function or method, from its signature in
 * CPython's {@code __text_signature__} form, e.g. {@code "($self, object, /)"} or
 * {@code "($module, /, *args, sep=' ', end='\n', file=None, flush=False)"}. The errors are the
 * TypeErrors CPython's argument handling raises for the same kind of function: METH_NOARGS and
 * METH_O functions name themselves by qualified name ("list.append() takes exactly one argument
 * (0 given)", "math.sqrt() takes no keyword arguments"), Argument Clinic functions by plain name
 * ("insert expected 2 arguments, got 1", "sort() takes no positional arguments", "'x' is an
 * invalid keyword argument for print()"); {@link PyAttrs.ArgStyle} picks the older wordings.
 *
 * <p>A default written {@code ?} means "optional, no default": the Java method receives null.
 */
public final class ArgParser {
    /** The default marker for an optional parameter without a value. */
    public static final Object MISSING_DEFAULT = new Object();

    /** Which of CPython's argument-handling conventions a built-in's errors follow. */
    public enum Style {
        /** A function or method: METH_O/METH_NOARGS or Argument Clinic wording. */
        FUNCTION,
        /**
         * A slot wrapper ({@code int.__add__}): no keywords ("wrapper __add__() takes no keyword
         * arguments") and its wrapper's count check ("expected 1 argument, got 0").
         */
        SLOT_WRAPPER,
        /** A built-in type's {@code __new__} or {@code __init__}: errors name the type ("int() takes ..."). */
        CONSTRUCTOR
    }

    final String name;
    final String qualname;
    /** The name errors use: the function's, or the type's for a constructor. */
    private final String errName;
    /** The name of "takes no keyword arguments" for a function that takes none. */
    private final String noKeywordsName;
    private final PyAttrs.ArgStyle argStyle;
    private final String text;
    /** {@code __doc__}: the declared docstring or None. */
    final Object doc;
    private final boolean slotWrapper;
    private final boolean constructor;
    /** How the receiver is written: "$self", "$type", "$module" or null. */
    public final String receiver;
    final String[] names;
    final Object[] defaults;
    final int posonly;
    final int positional;
    final boolean varargs;
    final boolean varkw;
    private final int required;
    /** How many positional-only parameters must be given. */
    private final int requiredPosonly;

    /**
     * The parser of a declaration, whose errors follow {@code style} and the declared
     * {@link PyAttrs.ArgStyle}; {@code qualname} is the name METH_O-like errors use
     * ("list.append", "math.sqrt", "len"), {@code errName} names a constructor's type.
     */
    public ArgParser(String name, String qualname, PyAttrs.PyMethod decl, Style style, String errName) {
        this.name = name;
        this.qualname = qualname;
        this.text = decl.value();
        this.argStyle = decl.args();
        this.doc = decl.doc().isEmpty() ? Singleton.NONE : decl.doc();
        this.constructor = style == Style.CONSTRUCTOR;
        this.errName = constructor ? errName : name;
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
        this.requiredPosonly = Math.min(req, posonly);
        // A METH_VARARGS module function's keyword check names it plainly (cfunction_call), a
        // method's by its qualified name (the method descriptor's check).
        boolean plain = argStyle != PyAttrs.ArgStyle.CLINIC && "$module".equals(recv);
        this.noKeywordsName = constructor ? errName : plain ? name : qualname;
        // Wrappers that take *args/**kwargs (__init__, __call__) parse them as their function does.
        this.slotWrapper = style == Style.SLOT_WRAPPER && allPositionalOnly() && !varargs;
    }

    /**
     * {@code __text_signature__}: the declared signature, or None where it has a default Python
     * cannot show, CPython parses without Argument Clinic (which writes the signatures), or the
     * docstring shows an old-style signature of its own ("hypot(*coordinates) -> value").
     */
    Object textSignature() {
        boolean clinic = argStyle == PyAttrs.ArgStyle.CLINIC || argStyle == PyAttrs.ArgStyle.UNPACK;
        boolean ownSignature = doc instanceof String d && d.startsWith(name + "(");
        return !clinic || ownSignature || text.contains("=?") ? Singleton.NONE : text;
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
            case "?", "<unrepresentable>" -> MISSING_DEFAULT;
            case "()" -> PyTuple.EMPTY;
            case "b''" -> PyBytes.EMPTY;
            case "sys.maxsize" -> Long.MAX_VALUE;
            default -> {
                if (s.startsWith("'") || s.startsWith("\"")) {
                    yield s.substring(1, s.length() - 1).replace("\\n", "\n").replace("\\t", "\t")
                            .replace("\\'", "'").replace("\\\\", "\\");
                }
                boolean isFloat = s.contains(".") || s.contains("e") || s.contains("E");
                yield isFloat ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
            }
        };
    }

    /** The number of Java arguments {@link #bind} produces. */
    public int arity() {
        return names.length + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    }

    /**
     * How CPython's argument errors name parameter {@code i} (_PyArg_BadArgument): "argument"
     * for the one parameter of a METH_O function, "argument 2" for a positional-only one,
     * "argument 'name'" for the others.
     */
    public String argumentLabel(int i) {
        if (methO()) {
            return "argument";
        }
        return i < posonly ? "argument " + (i + 1) : "argument '" + names[i] + "'";
    }

    /**
     * Argument Clinic's error for an argument of the wrong type (_PyArg_BadArgument): "encode()
     * argument 'encoding' must be str, not int", naming None as "None".
     */
    public static PyException badArgument(String function, String label, String expected, Object arg) {
        String given = arg == Singleton.NONE ? "None" : Ops.typeName(arg);
        return PyException.typeError(function + "() " + label + " must be " + expected + ", not " + given);
    }

    /** The name argument errors give the function: "encode" in "encode() argument 'encoding' must be str". */
    public String errorName() {
        return errName;
    }

    /** Whether parameter {@code i} defaults to None (a typed parameter then takes None as Java null). */
    public boolean defaultsToNone(int i) {
        return defaults[i] == Singleton.NONE;
    }

    /** Whether parameter {@code i} may be left out without a default value (the Java method gets null). */
    public boolean optionalWithoutDefault(int i) {
        return defaults[i] == MISSING_DEFAULT;
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
        if (slotWrapper) {
            checkSlotWrapperArgs(npos, nkw);
        }
        // A type's constructor unpacks its arguments by count, even for one or none.
        if (!constructor && argStyle == PyAttrs.ArgStyle.CLINIC) {
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
        }
        if (allPositionalOnly()) {
            if (nkw > 0) {
                throw PyException.typeError(noKeywordsName + "() takes no keyword arguments");
            }
            checkPositionalCount(npos);
        } else if (argStyle != PyAttrs.ArgStyle.CLINIC) {
            // The positional arguments are unpacked before any keyword is looked at.
            checkPositionalCount(npos);
        } else {
            checkClinicCounts(npos, nkw);
        }
        Object[] out = new Object[arity()];
        int direct = Math.min(npos, positional);
        System.arraycopy(args, from, out, 0, direct);
        Object[] rest = null;
        if (varargs) {
            rest = new Object[Math.max(0, npos - positional)];
            System.arraycopy(args, from + direct, rest, 0, rest.length);
        }
        PyDict kwargs = varkw ? new PyDict() : null;
        // A keyword naming a parameter already given by position, and the first unknown keyword:
        // reported only after the missing-argument check, as CPython does.
        int byNameAndPosition = -1;
        String unknown = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            Object value = args[args.length - nkw + k];
            int idx = keywordIndex(kw);
            if (idx < 0) {
                if (kwargs != null) {
                    kwargs.setItem(kw, value);
                } else if (unknown == null) {
                    unknown = kw;
                }
            } else if (idx < direct) {
                if (byNameAndPosition < 0 || idx < byNameAndPosition) {
                    byNameAndPosition = idx;
                }
            } else {
                out[idx] = value;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null) {
                Object d = defaults[i];
                if (d == null) {
                    if (i < posonly) {
                        throw PyException.typeError(errName + "() takes " + (required < positional ? "at least" : "exactly")
                                + " " + required + " positional argument" + (required == 1 ? "" : "s") + " (" + npos
                                + " given)");
                    }
                    throw PyException.typeError(errName + "() missing required argument '" + names[i] + "' (pos "
                            + (i + 1) + ")");
                }
                out[i] = d == MISSING_DEFAULT ? null : d;
            }
        }
        if (byNameAndPosition >= 0) {
            throw PyException.typeError("argument for " + errName + "() given by name ('" + names[byNameAndPosition]
                    + "') and position (" + (byNameAndPosition + 1) + ")");
        }
        if (unknown != null) {
            throw PyException.typeError("'" + unknown + "' is an invalid keyword argument for " + errName + "()");
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

    /** The index of the parameter a keyword names, or -1 (positional-only ones have no keyword). */
    private int keywordIndex(String kw) {
        for (int i = posonly; i < names.length; i++) {
            if (names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    /** The count check of positional arguments unpacked by position alone, in the declared style's words. */
    private void checkPositionalCount(int npos) {
        int max = varargs ? Integer.MAX_VALUE : positional;
        if (npos >= required && npos <= max) {
            return;
        }
        int n = npos < required ? required : positional;
        String plural = n == 1 ? "" : "s";
        switch (argStyle) {
            case GROUPS -> throw PyException.typeError(qualname + " requires " + required + " to " + positional
                    + " arguments");
            case TUPLE -> throw PyException.typeError(errName + "() takes " + (required == max ? "exactly"
                    : npos < required ? "at least" : "at most") + " " + n + " argument" + plural + " (" + npos + " given)");
            default -> throw PyException.typeError(errName + " expected " + (required == max ? ""
                    : npos < required ? "at least " : "at most ") + n + " argument" + plural + ", got " + npos);
        }
    }

    /** Argument Clinic's checks of the counts (_PyArg_UnpackKeywords), before any keyword is matched. */
    private void checkClinicCounts(int npos, int nkw) {
        int total = npos + nkw;
        if (!varargs && !varkw && total > names.length) {
            throw PyException.typeError(errName + "() takes at most " + names.length + " "
                    + (npos == 0 ? "keyword " : "") + "argument" + (names.length == 1 ? "" : "s")
                    + " (" + total + " given)");
        }
        if (!varargs && npos > positional) {
            if (positional == 0) {
                throw PyException.typeError(errName + "() takes no positional arguments");
            }
            throw PyException.typeError(errName + "() takes " + (required < positional ? "at most" : "exactly") + " "
                    + positional + " positional argument" + (positional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        if (npos < requiredPosonly) {
            throw PyException.typeError(errName + "() takes " + (requiredPosonly < positional ? "at least" : "exactly")
                    + " " + requiredPosonly + " positional argument" + (requiredPosonly == 1 ? "" : "s") + " (" + npos
                    + " given)");
        }
    }

    /**
     * A slot wrapper's checks: no keywords, then the count, worded as CPython's check_num_args
     * (none or one argument) or, for wrappers that unpack more, PyArg_UnpackTuple with an empty
     * function name (hence the leading space).
     */
    private void checkSlotWrapperArgs(int npos, int nkw) {
        if (nkw > 0) {
            throw PyException.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (npos >= required && npos <= names.length) {
            return;
        }
        int n = npos < required ? required : names.length;
        String counted = n + " argument" + (n == 1 ? "" : "s") + ", got " + npos;
        if (required == names.length && n <= 1) {
            throw PyException.typeError("expected " + counted);
        }
        String how = required == names.length ? "" : npos < required ? "at least " : "at most ";
        throw PyException.typeError(" expected " + how + counted);
    }
}
