package org.pythebo.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;

import org.pythebo.runtime.PyAttrs.PyGetter;
import org.pythebo.runtime.PyAttrs.PyMethod;
import org.pythebo.runtime.PyAttrs.PySetter;

/** Turns the {@link PyAttrs} declarations of a Java class into type-dict or module entries. */
public final class Exposer {
    private Exposer() {}

    static void expose(PyType type, Class<?> cls, Map<String, Object> dict) {
        for (Method m : cls.getDeclaredMethods()) {
            PyMethod pm = m.getAnnotation(PyMethod.class);
            if (pm != null && Modifier.isStatic(m.getModifiers())) {
                String name = pm.name().isEmpty() ? m.getName() : pm.name();
                ArgParser parser = new ArgParser(name, type.name + "." + name, pm.value());
                BuiltinCode code = new BuiltinCode(parser, m);
                if ("$type".equals(parser.receiver)) {
                    PyBuiltinFunction f = new PyBuiltinFunction(code, null);
                    dict.put(name, name.equals("__new__") ? new PyStaticMethod(f) : new PyClassMethod(f));
                } else {
                    dict.put(name, new PyMethodDescr(type, code));
                }
            }
            PyGetter g = m.getAnnotation(PyGetter.class);
            if (g != null) {
                try {
                    var mh = MethodHandles.lookup().unreflect(m).asType(MethodType.genericMethodType(1));
                    dict.put(g.value(), new PyGetSetDescr(type, g.value(), mh));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (Method m : cls.getDeclaredMethods()) {
            PySetter ps = m.getAnnotation(PySetter.class);
            if (ps != null && dict.get(ps.value()) instanceof PyGetSetDescr d) {
                try {
                    d.setter = MethodHandles.lookup().unreflect(m)
                            .asType(MethodType.methodType(void.class, Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The module-level functions a Java class declares, as built-in functions. */
    public static void exposeFunctions(Class<?> cls, Map<String, Object> into) {
        for (Method m : cls.getDeclaredMethods()) {
            PyMethod pm = m.getAnnotation(PyMethod.class);
            if (pm != null && Modifier.isStatic(m.getModifiers())) {
                String name = pm.name().isEmpty() ? m.getName() : pm.name();
                into.put(name, new PyBuiltinFunction(new BuiltinCode(new ArgParser(name, name, pm.value()), m), null));
            }
        }
    }
}
