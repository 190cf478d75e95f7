package org.pythebo.runtime.exec;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * A variable shared between a function and the closures that capture it, and the per-name cell
 * of module globals. Null means unbound. Volatile: another thread may run the closure.
 */
public final class PyCell extends PyObject {
    /** The type {@code cell} ({@code types.CellType}); cells are unhashable. */
    public static final PyType TYPE = PyType.newBuiltin("cell", PyType.OBJECT, PyCell.class, PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__hash__", Singleton.NONE);
    }

    public volatile Object value;

    public PyCell(Object value) {
        this.value = value;
    }

    @Override
    public PyType type() { return TYPE; }

    /** {@code cell([contents])}, with CPython's messages (checked here: the generic ones name __new__). */
    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw PyException.typeError("cell() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyException.typeError("cell expected at most 1 argument, got " + args.length);
        }
        return new PyCell(args.length == 1 ? args[0] : null);
    }

    @PyGetter("cell_contents")
    public static Object getContents(Object self) {
        Object v = ((PyCell) self).value;
        if (v == null) {
            throw PyException.of(Exc.ValueError, "Cell is empty");
        }
        return v;
    }

    /** Setting stores the value; deleting empties the cell (never an error, even when empty). */
    @PySetter("cell_contents")
    public static void setContents(Object self, Object v) { ((PyCell) self).value = v; }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        Object v = ((PyCell) self).value;
        String at = "<cell at 0x" + Long.toHexString(Ops.id(self)) + ": ";
        if (v == null) {
            return at + "empty>";
        }
        return at + Ops.typeName(v) + " object at 0x" + Long.toHexString(Ops.id(v)) + ">";
    }

    /** Cells compare by contents; an empty cell is less than any full one. */
    private static Object compare(ThreadState ts, Object self, Object other, int op) {
        if (!(other instanceof PyCell o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        Object a = ((PyCell) self).value;
        Object b = o.value;
        if (a != null && b != null) {
            return Compare.richCompare(ts, a, b, op);
        }
        int c = Boolean.compare(a != null, b != null);
        return switch (op) {
            case Compare.LT -> c < 0;
            case Compare.LE -> c <= 0;
            case Compare.EQ -> c == 0;
            case Compare.NE -> c != 0;
            case Compare.GT -> c > 0;
            default -> c >= 0;
        };
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.EQ); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.NE); }

    @PyMethod("($self, value, /)")
    public static Object __lt__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.LT); }

    @PyMethod("($self, value, /)")
    public static Object __le__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.LE); }

    @PyMethod("($self, value, /)")
    public static Object __gt__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.GT); }

    @PyMethod("($self, value, /)")
    public static Object __ge__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.GE); }
}
