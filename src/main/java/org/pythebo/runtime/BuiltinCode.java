package org.pythebo.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * A Java method exposed to Python: its {@link ArgParser} and a MethodHandle adapted once to
 * {@code (ThreadState, Object[]) -> Object}, so a call is a bind plus one invokeExact.
 */
final class BuiltinCode {
    final ArgParser parser;
    final MethodHandle handle;
    /** The receiver (self, or the type of __new__) comes first in the Java parameters. */
    final boolean takesReceiver;
    /** A method of a built-in type other than object: on subclass instances it works on the value (PyValueInstance). */
    final boolean onValue;
    /** Such a {@code $type} method ({@code __new__}) called on a subclass makes the value for a subclass instance. */
    final boolean onType;

    BuiltinCode(ArgParser parser, Method m) {
        this.parser = parser;
        this.takesReceiver = parser.receiver != null && !parser.receiver.equals("$module");
        this.onValue = takesReceiver && m.getDeclaringClass() != ObjectMethods.class && m.getDeclaringClass() != TypeMethods.class;
        this.onType = onValue && parser.receiver.equals("$type");
        try {
            MethodHandle mh = MethodHandles.lookup().unreflect(m);
            Class<?>[] params = m.getParameterTypes();
            if (params.length == 0 || params[0] != ThreadState.class) {
                mh = MethodHandles.dropArguments(mh, 0, ThreadState.class);
            }
            int n = mh.type().parameterCount() - 1;
            int expected = parser.arity() + (takesReceiver ? 1 : 0);
            if (n != expected) {
                throw new IllegalStateException(m + " does not match signature " + parser.name);
            }
            mh = mh.asType(MethodType.genericMethodType(n).insertParameterTypes(0, ThreadState.class));
            this.handle = mh.asSpreader(Object[].class, n);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls with the receiver (or null) and the bound arguments. */
    Object invoke(ThreadState ts, Object receiver, Object[] args, int from, String[] kwnames) {
        if (onValue && (receiver instanceof PyValueInstance || onType && receiver instanceof PyType t && t.valueBase != null)) {
            return PyValueInstance.invoke(this, ts, receiver, args, from, kwnames);
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
            r = (Object) handle.invokeExact(ts, bound);
        } catch (PyException | StackOverflowError | OutOfMemoryError e) {
            throw e;
        } catch (ClassCastException e) {
            throw PyException.typeError("descriptor '" + parser.name + "' got an argument of the wrong type");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return r == null ? Singleton.NONE : r;
    }
}
