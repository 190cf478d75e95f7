package org.pythebo.runtime.exposure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotations that declare a built-in type or module to Python: each exposed method or
 * attribute declared once, next to its Java code, with its Python signature. Argument parsing and
 * its error messages are derived from that declaration ({@link ArgParser}); {@link Exposer} reads
 * them when a type's dict is first used ({@link PyType} names the declaring Java class).
 */
public final class PyAttrs {
    private PyAttrs() {}

    /**
     * A method of a type, or a function of a module: a public static Java method. {@code value}
     * is its Python signature in the {@code __text_signature__} form, e.g.
     * {@code "($self, object, /)"} or {@code "($module, /, *args, sep=' ', end='\n')"}; a default
     * of {@code ?} means optional without a value (the Java method receives null). The receiver
     * says what the method is: {@code $self} an instance method (a method descriptor),
     * {@code $type} a {@code __new__} (a staticmethod) or a classmethod, {@code $module} a plain
     * function. The Java parameters are an optional leading {@link ThreadState}, the receiver
     * (except for {@code $module}), then one {@code Object} per Python parameter in signature
     * order ({@code Object[]} for {@code *args}, {@link PyDict} for {@code **kwargs}). A void or
     * null result is None. The Python name is the Java name unless {@link #name} gives it;
     * {@link #args} picks the wording of its argument errors, {@link #doc} is its {@code __doc__}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface PyMethod {
        String value();

        String name() default "";

        ArgStyle args() default ArgStyle.CLINIC;

        /** The docstring, or none ({@code __doc__} is None) when empty. */
        String doc() default "";

        /**
         * On an instance of a Python subclass of the built-in type, the method receives that
         * instance (a {@link org.pythebo.runtime.objects.PyValueInstance}) instead of the built-in
         * value inside it, and a {@code $type} method receives the subclass itself (and makes its
         * instance): for what shows or rebuilds the instance's own class, such as a repr naming
         * it, {@code copy} or {@code __reduce__}.
         */
        boolean seesSubclass() default false;
    }

    /**
     * How CPython parses a built-in's arguments, which decides the wording of its argument errors
     * (the count and keyword checks; METH_O and METH_NOARGS functions are recognised by shape).
     */
    public enum ArgStyle {
        /**
         * Argument Clinic (the default): "prod() takes exactly 1 positional argument (0 given)",
         * "isclose() missing required argument 'b' (pos 2)"; all positional-only:
         * "atan2 expected 2 arguments, got 0", "math.atan2() takes no keyword arguments".
         */
        CLINIC,
        /**
         * Hand-written unpacking of the positional arguments before any keyword is looked at
         * (sorted, reversed, time.asctime): "sorted expected 1 argument, got 0"; a module
         * function's keyword error names it unqualified ("asctime() takes no keyword arguments").
         */
        UNPACK,
        /**
         * METH_VARARGS parsed by PyArg_ParseTuple: "strftime() takes at least 1 argument (0
         * given)"; a module function's keyword error names it unqualified ("strftime() takes no
         * keyword arguments").
         */
        TUPLE,
        /**
         * Argument Clinic optional groups, positional-only (math.log): "math.log requires 1 to 2
         * arguments", and TUPLE's keyword error.
         */
        GROUPS
    }

    /** The setter of a {@link PyGetter} attribute: a static (self, value) method; value null deletes. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface PySetter {
        String value();
    }

    /** An attribute computed by a static {@code (Object self)} Java method (a getset descriptor). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface PyGetter {
        String value();

        /**
         * CPython declares the attribute as a read-only struct member (PyMemberDef, READONLY)
         * rather than a getset: assigning it fails with "readonly attribute".
         */
        boolean member() default false;
    }
}
