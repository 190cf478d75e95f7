package org.pythebo.modules._ast;

import java.util.List;

import org.pythebo.modules._ast.RecordShapes.Component;
import org.pythebo.modules._ast.RecordShapes.Shape;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.numbers.PyComplex;
import org.pythebo.runtime.objects.PyInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * The parser's records as Python node objects, as CPython's ast2obj makes them: each node an
 * instance of its class with its fields, then its positions, as instance attributes (an absent
 * optional field is None); operators and contexts are the shared instances of their classes.
 */
final class ToPython {
    private final NodeClasses classes;

    ToPython(NodeClasses classes) {
        this.classes = classes;
    }

    Object node(Ast.Node node) {
        Shape shape = RecordShapes.of(node);
        PyInstance obj = new PyInstance(classes.type(shape.type()));
        PyDict dict = obj.dict();
        for (Component c : shape.components()) {
            Object value;
            try {
                value = c.isInt() ? (Object) (long) (int) c.getter().invokeExact(node)
                        : (Object) c.getter().invokeExact(node);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            dict.setItem(c.field().name(), c.isInt() ? value
                    : c.field().builtin() == Asdl.Builtin.CONSTANT ? constant(value) : value(value));
        }
        return obj;
    }

    private Object value(Object v) {
        return switch (v) {
            case null -> Singleton.NONE;
            case Ast.Node n -> node(n);
            case List<?> list -> {
                Object[] items = new Object[list.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = value(list.get(i));
                }
                yield new PyList(items);
            }
            case Enum<?> e -> classes.singleton(RecordShapes.of(e));
            default -> v;
        };
    }

    /** A constant in Python form ({@link Ast.Constant#value()} lists the records' spellings). */
    static Object constant(Object v) {
        return switch (v) {
            case null -> Singleton.NONE;
            case Ast.Singleton s -> s == Ast.Singleton.NONE ? Singleton.NONE : Singleton.ELLIPSIS;
            case byte[] b -> PyBytes.of(b);
            case Ast.Imaginary im -> new PyComplex(0.0, im.imag());
            case Ast.StrWithSurrogates s -> new String(s.codePoints(), 0, s.codePoints().length);
            case Integer i -> (long) i;
            default -> v;
        };
    }
}
