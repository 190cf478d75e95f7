package org.pythebo.runtime.exposure;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.PyGetSetDescr;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyStaticMethod;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** Turns the {@link PyAttrs} declarations of a Java class into type-dict or module entries. */
public final class Exposer {
    private Exposer() {}

    /**
     * The dunders that fill one of CPython's type slots: a built-in type's method of one of these
     * names is a slot wrapper (wrapper_descriptor), any other a method_descriptor.
     */
    private static final Set<String> SLOT_NAMES = Set.of(
            "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__",
            "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__",
            "__get__", "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__",
            "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
            "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
            "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__",
            "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__",
            "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
            "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__",
            "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__",
            "__delitem__", "__contains__");

    /** Slot dunders that CPython's types also define as ordinary methods (METH_COEXIST), which win. */
    private static final Set<String> COEXISTING_METHODS = Set.of(
            "dict.__contains__", "dict.__getitem__", "list.__getitem__", "set.__contains__",
            "frozenset.__contains__");

    public static void expose(PyType type, Class<?> cls, Map<String, Object> dict) {
        for (Method m : cls.getDeclaredMethods()) {
            PyMethod pm = m.getAnnotation(PyMethod.class);
            if (pm != null && Modifier.isStatic(m.getModifiers())) {
                String name = pm.name().isEmpty() ? m.getName() : pm.name();
                boolean slot = SLOT_NAMES.contains(name) && !COEXISTING_METHODS.contains(type.name + "." + name);
                // Errors name a method by its __qualname__ ("deque.append()"), a __new__ by the type's full name.
                String qualname = (name.equals("__new__") ? type.name : type.qualname()) + "." + name;
                ArgParser.Style style = (name.equals("__new__") || name.equals("__init__")) && type != PyType.OBJECT
                        ? ArgParser.Style.CONSTRUCTOR
                        : slot ? ArgParser.Style.SLOT_WRAPPER : ArgParser.Style.FUNCTION;
                ArgParser parser = new ArgParser(name, qualname, pm, style, type.shortName());
                BuiltinCode code = new BuiltinCode(parser, m);
                if ("$type".equals(parser.receiver)) {
                    dict.put(name, name.equals("__new__") ? new PyStaticMethod(new PyBuiltinFunction(code, null, type, false))
                            : new PyClassMethodDescr(type, code));
                } else {
                    dict.put(name, new PyMethodDescr(type, code, slot));
                }
            }
            PyGetter g = m.getAnnotation(PyGetter.class);
            if (g != null) {
                try {
                    m.setAccessible(true);
                    var mh = MethodHandles.lookup().unreflect(m).asType(MethodType.genericMethodType(1));
                    dict.put(g.value(), new PyGetSetDescr(type, g.value(), mh, g.member()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // A built-in type's docstring: the declaring class's static __doc__ string, else None.
        if (!dict.containsKey("__doc__")) {
            Object doc = Singleton.NONE;
            try {
                var field = cls.getDeclaredField("__doc__");
                field.setAccessible(true);
                if (field.get(null) instanceof String s) {
                    doc = s;
                }
            } catch (NoSuchFieldException | IllegalAccessException e) {
                // no docstring declared
            }
            dict.put("__doc__", doc);
        }
        for (Method m : cls.getDeclaredMethods()) {
            PySetter ps = m.getAnnotation(PySetter.class);
            if (ps != null && dict.get(ps.value()) instanceof PyGetSetDescr d) {
                try {
                    m.setAccessible(true);
                    d.setter = MethodHandles.lookup().unreflect(m)
                            .asType(MethodType.methodType(void.class, Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * The module-level functions a Java class declares, as built-in functions bound to
     * {@code module} (their {@code __self__} and {@code __module__}), put into its namespace.
     * Their errors name them as CPython's do: "math.sqrt() takes exactly one argument (0 given)",
     * but plainly for builtins ("len() takes ...").
     */
    public static void exposeFunctions(Class<?> cls, PyModule module) {
        String prefix = module.name.equals("builtins") ? "" : module.name + ".";
        for (Method m : cls.getDeclaredMethods()) {
            PyMethod pm = m.getAnnotation(PyMethod.class);
            if (pm != null && Modifier.isStatic(m.getModifiers())) {
                String name = pm.name().isEmpty() ? m.getName() : pm.name();
                ArgParser parser = new ArgParser(name, prefix + name, pm, ArgParser.Style.FUNCTION, name);
                module.globals.put(name, new PyBuiltinFunction(new BuiltinCode(parser, m), module));
            }
        }
    }

    /**
     * The {@code $module} functions a Java class declares, bound to no module (CPython's
     * functions made with no self, such as the codec error handlers): their {@code __self__} and
     * {@code __module__} are None and their errors name them plainly.
     */
    public static Map<String, Object> unboundFunctions(Class<?> cls) {
        Map<String, Object> functions = new LinkedHashMap<>();
        for (Method m : cls.getDeclaredMethods()) {
            PyMethod pm = m.getAnnotation(PyMethod.class);
            if (pm != null && Modifier.isStatic(m.getModifiers())) {
                String name = pm.name().isEmpty() ? m.getName() : pm.name();
                ArgParser parser = new ArgParser(name, name, pm, ArgParser.Style.FUNCTION, name);
                functions.put(name, new PyBuiltinFunction(new BuiltinCode(parser, m), null));
            }
        }
        return functions;
    }
}
