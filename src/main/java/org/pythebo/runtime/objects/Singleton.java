package org.pythebo.runtime.objects;

import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/** None, NotImplemented and Ellipsis: one instance each, compared by identity. */
public final class Singleton extends PyObject {
    public static final Singleton NONE = new Singleton("None", 0);
    public static final Singleton NOT_IMPLEMENTED = new Singleton("NotImplemented", 1);
    public static final Singleton ELLIPSIS = new Singleton("Ellipsis", 2);

    private final String repr;
    private final int which;

    private Singleton(String repr, int which) {
        this.repr = repr;
        this.which = which;
    }

    @Override
    public PyType type() {
        return switch (which) {
            case 0 -> PyType.NONE;
            case 1 -> PyType.NOT_IMPLEMENTED;
            default -> PyType.ELLIPSIS;
        };
    }

    /** NotImplemented and Ellipsis pickle as the names of the builtins they are. */
    @PyMethod("($self, /)")
    public static Object __reduce__(Object self) { return ((Singleton) self).repr; }

    @Override
    public String toString() {
        return repr;
    }
}
