package org.pythebo.runtime;

import org.pythebo.runtime.PyAttrs.PyMethod;

/** The methods of {@code float}. */
public final class FloatMethods {
    private FloatMethods() {}

    @PyMethod("($type, x=0.0, /)")
    public static Object __new__(ThreadState ts, Object cls, Object x) {
        if (x instanceof Double) {
            return x;
        }
        if (Arith.isInt(x)) {
            return Arith.toDouble(x);
        }
        if (x instanceof String s) {
            return parse(s);
        }
        Object f = Ops.type(x).lookup("__float__");
        if (f != null) {
            return Ops.callDescr(ts, f, x, Ops.NO_ARGS);
        }
        Object idx = Ops.type(x).lookup("__index__");
        if (idx != null) {
            return Arith.toDouble(Ops.callDescr(ts, idx, x, Ops.NO_ARGS));
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '" + Ops.typeName(x) + "'");
    }

    static double parse(String text) {
        String s = text.strip().toLowerCase().replace("_", "");
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        double sign = s.startsWith("-") ? -1 : 1;
        switch (body) {
            case "inf", "infinity" -> {
                return sign * Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> { }
        }
        boolean ok = !body.isEmpty();
        for (int i = 0; i < body.length() && ok; i++) {
            char c = body.charAt(i);
            ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == '+' || c == '-';
        }
        if (ok && !text.contains("__") && !text.strip().startsWith("_") && !text.strip().endsWith("_")) {
            try {
                return sign * Double.parseDouble(body);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw PyException.valueError("could not convert string to float: " + Repr.str(text));
    }

    @PyMethod("($self, /)")
    public static Object is_integer(Object self) {
        double d = (Double) self;
        return !Double.isInfinite(d) && d == Math.floor(d);
    }

    @PyMethod("($self, /)")
    public static Object __int__(ThreadState ts, Object self) { return IntMethods.toInt(ts, self); }

    @PyMethod("($self, /)")
    public static Object __float__(Object self) { return self; }

    @PyMethod("($self, format_spec, /)")
    public static Object __format__(Object self, Object spec) {
        return Formatter.formatFloat((Double) self, (String) spec);
    }
}
