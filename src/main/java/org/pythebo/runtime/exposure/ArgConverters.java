package org.pythebo.runtime.exposure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * Argument Clinic's converters for typed parameters of exposed Java methods: a parameter
 * declared {@code long}, {@code int}, {@code double}, {@code boolean}, {@code String} or
 * {@link PyBuffer} receives the argument converted as CPython's converter of that kind converts
 * it ({@code Py_ssize_t}, {@code int}, {@code double}, {@code bool}, {@code str},
 * {@code Py_buffer}), with its error. The conversions themselves are {@link Convert}'s.
 */
final class ArgConverters {
    private ArgConverters() {}

    /** What a converter needs to word its errors: the function and the parameter. */
    record Param(String function, String label, boolean acceptsNone) {}

    private static final Map<Class<?>, MethodHandle> CONVERTERS;

    static {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            CONVERTERS = Map.of(
                    long.class, lookup.findStatic(ArgConverters.class, "toSsize",
                            MethodType.methodType(long.class, Param.class, Object.class)),
                    int.class, lookup.findStatic(ArgConverters.class, "toInt",
                            MethodType.methodType(int.class, Param.class, Object.class)),
                    double.class, lookup.findStatic(ArgConverters.class, "toDouble",
                            MethodType.methodType(double.class, Param.class, Object.class)),
                    boolean.class, lookup.findStatic(ArgConverters.class, "toBoolean",
                            MethodType.methodType(boolean.class, Param.class, Object.class)),
                    String.class, lookup.findStatic(ArgConverters.class, "toStr",
                            MethodType.methodType(String.class, Param.class, Object.class)),
                    PyBuffer.class, lookup.findStatic(ArgConverters.class, "toBuffer",
                            MethodType.methodType(PyBuffer.class, Param.class, Object.class)));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Whether parameters of this Java type are converted. */
    static boolean converts(Class<?> type) {
        return CONVERTERS.containsKey(type);
    }

    /** The {@code (Object) -> type} filter for parameter {@code i} of the function {@code parser} parses. */
    static MethodHandle filter(Class<?> type, ArgParser parser, int i) {
        Param p = new Param(parser.errorName(), parser.argumentLabel(i), parser.defaultsToNone(i));
        return MethodHandles.insertArguments(CONVERTERS.get(type), 0, p);
    }

    private static long toSsize(Param p, Object o) {
        return o instanceof Long l ? l : Convert.asSsize(ThreadState.current(), o);
    }

    private static int toInt(Param p, Object o) {
        return Convert.asInt(ThreadState.current(), o);
    }

    private static double toDouble(Param p, Object o) {
        return o instanceof Double d ? d : Convert.asDouble(ThreadState.current(), o);
    }

    private static boolean toBoolean(Param p, Object o) {
        return o instanceof Boolean b ? b : Ops.isTrue(ThreadState.current(), o);
    }

    private static String toStr(Param p, Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o == null || o == Singleton.NONE && p.acceptsNone()) {
            return null;
        }
        if (o instanceof PyValueInstance v && v.value instanceof String s) {
            return s;
        }
        throw ArgParser.badArgument(p.function(), p.label(), p.acceptsNone() ? "str or None" : "str", o);
    }

    private static PyBuffer toBuffer(Param p, Object o) {
        if (o == null || o == Singleton.NONE && p.acceptsNone()) {
            return null;
        }
        return Convert.buffer(o);
    }
}
