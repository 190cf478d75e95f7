package org.pythebo.runtime.exposure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.ObjectMethods;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.objects.TypeMethods;

/**
 * A Java method exposed to Python: its {@link ArgParser} and a MethodHandle adapted once to
 * {@code (ThreadState, Object[]) -> Object}, so a call is a bind plus one invokeExact. A call
 * that passes exactly the declared parameters by position (most calls of len, append, get, ...)
 * skips the bind and the argument array: it goes through a handle taking them one by one.
 */
public final class BuiltinCode {
    public final ArgParser parser;
    /** The receiver (self, or the type of __new__) comes first in the Java parameters. */
    final boolean takesReceiver;
    /** A method of a built-in type other than object: on subclass instances it works on the value (PyValueInstance). */
    final boolean onValue;
    /** Such a {@code $type} method ({@code __new__}) called on a subclass makes the value for a subclass instance. */
    final boolean onType;
    /** How many positional arguments fill every parameter with nothing left to bind, or -1. */
    private final int plainArity;
    private final Method method;
    /**
     * The adapted handles, made on the first call: adapting every built-in's handle up front
     * cost about a tenth of a second of start-up. Threads racing to make them make equal ones.
     */
    private volatile Handles handles;

    /**
     * {@code spread}: {@code (ThreadState, Object[]) -> Object}; {@code plain}: {@code (ThreadState,
     * Object x plainArity + receiver) -> Object}, or null when calls always bind.
     */
    private record Handles(MethodHandle spread, MethodHandle plain) {}

    BuiltinCode(ArgParser parser, Method m) {
        this.parser = parser;
        this.method = m;
        this.takesReceiver = parser.receiver != null && !parser.receiver.equals("$module");
        this.onValue = takesReceiver && m.getDeclaringClass() != ObjectMethods.class && m.getDeclaringClass() != TypeMethods.class
                && !m.getAnnotation(PyAttrs.PyMethod.class).seesSubclass();
        this.onType = onValue && parser.receiver.equals("$type");
        Class<?>[] params = m.getParameterTypes();
        int n = params.length - (params.length > 0 && params[0] == ThreadState.class ? 1 : 0);
        if (n != parser.arity() + (takesReceiver ? 1 : 0)) {
            throw new IllegalStateException(m + " does not match signature " + parser.name);
        }
        for (int j = params.length - n + (takesReceiver ? 1 : 0), i = 0; j < params.length; j++) {
            if (params[j] == Object[].class || params[j] == PyDict.class) {
                continue;
            }
            if (params[j].isPrimitive() && parser.optionalWithoutDefault(i)) {
                throw new IllegalStateException(m + ": parameter " + i + " of type " + params[j] + " needs a default");
            }
            i++;
        }
        boolean simple = !parser.varargs && !parser.varkw && parser.positional == parser.names.length && n <= 3;
        this.plainArity = simple ? parser.names.length : -1;
    }

    private Handles handles() {
        Handles h = handles;
        if (h == null) {
            try {
                method.setAccessible(true);
                MethodHandle mh = MethodHandles.lookup().unreflect(method);
                Class<?>[] params = method.getParameterTypes();
                int firstArg = (params.length > 0 && params[0] == ThreadState.class ? 1 : 0) + (takesReceiver ? 1 : 0);
                for (int j = firstArg, i = 0; j < params.length; j++) {
                    if (params[j] == Object[].class || params[j] == PyDict.class) {
                        continue;
                    }
                    if (ArgConverters.converts(params[j])) {
                        mh = MethodHandles.filterArguments(mh, j, ArgConverters.filter(params[j], parser, i));
                    }
                    i++;
                }
                if (params.length == 0 || params[0] != ThreadState.class) {
                    mh = MethodHandles.dropArguments(mh, 0, ThreadState.class);
                }
                int n = mh.type().parameterCount() - 1;
                mh = mh.asType(MethodType.genericMethodType(n).insertParameterTypes(0, ThreadState.class));
                h = new Handles(mh.asSpreader(Object[].class, n), plainArity >= 0 ? mh : null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            handles = h;
        }
        return h;
    }

    /** Calls with the receiver (or null) and the bound arguments. */
    public Object invoke(ThreadState ts, Object receiver, Object[] args, int from, String[] kwnames) {
        if (onValue && (receiver instanceof PyValueInstance || onType && receiver instanceof PyType t && t.valueBase != null)) {
            return PyValueInstance.invoke(this, ts, receiver, args, from, kwnames);
        }
        if (kwnames == null && args.length - from == plainArity) {
            return invokePlain(ts, receiver, args, from);
        }
        Object[] bound = parser.bind(args, from, kwnames);
        if (takesReceiver) {
            Object[] withSelf = new Object[bound.length + 1];
            withSelf[0] = receiver;
            System.arraycopy(bound, 0, withSelf, 1, bound.length);
            bound = withSelf;
        }
        Object r;
        try {
            r = (Object) handles().spread().invokeExact(ts, bound);
        } catch (Throwable t) {
            throw failure(t);
        }
        return r == null ? Singleton.NONE : r;
    }

    /**
     * What a failed handle call throws: Python exceptions and JVM errors as they are; a receiver
     * or argument of the wrong Java class (a descriptor applied to a foreign object) as CPython's
     * TypeError.
     */
    private RuntimeException failure(Throwable t) {
        if (t instanceof ClassCastException) {
            return PyException.typeError("descriptor '" + parser.name + "' got an argument of the wrong type");
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    private Object invokePlain(ThreadState ts, Object receiver, Object[] args, int from) {
        MethodHandle plain = handles().plain();
        Object r;
        try {
            if (takesReceiver) {
                r = switch (plainArity) {
                    case 0 -> (Object) plain.invokeExact(ts, receiver);
                    case 1 -> (Object) plain.invokeExact(ts, receiver, args[from]);
                    default -> (Object) plain.invokeExact(ts, receiver, args[from], args[from + 1]);
                };
            } else {
                r = switch (plainArity) {
                    case 0 -> (Object) plain.invokeExact(ts);
                    case 1 -> (Object) plain.invokeExact(ts, args[from]);
                    case 2 -> (Object) plain.invokeExact(ts, args[from], args[from + 1]);
                    default -> (Object) plain.invokeExact(ts, args[from], args[from + 1], args[from + 2]);
                };
            }
        } catch (Throwable t) {
            throw failure(t);
        }
        return r == null ? Singleton.NONE : r;
    }
}
