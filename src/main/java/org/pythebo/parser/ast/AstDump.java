package org.pythebo.parser.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

import org.pythebo.runtime.text.Repr;

/**
 * Python 3.11's {@code ast.dump(node, annotate_fields=True, include_attributes=...)} without indent:
 * {@code Name(id='x', ctx=Load())}. A field Python declares optional is left out when it is None;
 * the position attributes follow the fields when {@code includeAttributes} is set.
 *
 * <p>Nodes are read through their record components, described once per class.
 */
public final class AstDump {
    private AstDump() {}

    /** How to print one record component; int components are read without boxing. */
    private record Field(String name, MethodHandle getter, boolean isInt, boolean attribute, boolean omitIfNone) {}

    /** How to print one node class. */
    private record NodeClass(String name, Field[] fields) {}

    private static final ClassValue<NodeClass> CLASSES = new ClassValue<>() {
        @Override
        protected NodeClass computeValue(Class<?> type) {
            return describe(type);
        }
    };

    public static String dump(Ast.Node node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder(1024);
        format(sb, node, includeAttributes);
        return sb.toString();
    }

    private static void format(StringBuilder sb, Object value, boolean includeAttributes) {
        switch (value) {
            case null -> sb.append("None");
            case Ast.Node node -> formatNode(sb, node, includeAttributes);
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    format(sb, list.get(i), includeAttributes);
                }
                sb.append(']');
            }
            case Ast.Singleton s -> sb.append(constantRepr(s));
            case Enum<?> e -> sb.append(e.name()).append("()");
            case String s -> Repr.appendStr(sb, s);
            default -> sb.append(constantRepr(value));
        }
    }

    private static void formatNode(StringBuilder sb, Ast.Node node, boolean includeAttributes) {
        NodeClass cls = CLASSES.get(node.getClass());
        sb.append(cls.name).append('(');
        boolean first = true;
        for (Field f : cls.fields) {
            if (f.attribute && !includeAttributes) {
                continue;
            }
            if (f.isInt) {
                int value;
                try {
                    value = (int) f.getter.invokeExact(node);
                } catch (Throwable t) {
                    throw new IllegalStateException("cannot read " + cls.name + "." + f.name, t);
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(f.name).append('=').append(value);
                continue;
            }
            Object value;
            try {
                value = f.getter.invokeExact(node);
            } catch (Throwable t) {
                throw new IllegalStateException("cannot read " + cls.name + "." + f.name, t);
            }
            if (value == null && f.omitIfNone) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(f.name).append('=');
            format(sb, value, includeAttributes);
        }
        sb.append(')');
    }

    private static NodeClass describe(Class<?> type) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        RecordComponent[] components = type.getRecordComponents();
        Field[] fields = new Field[components.length];
        boolean located = Ast.Located.class.isAssignableFrom(type);
        String name = pythonClassName(type.getSimpleName());
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String field = snakeCase(c.getName());
            boolean attribute = located && (field.equals("lineno") || field.equals("col_offset")
                    || field.equals("end_lineno") || field.equals("end_col_offset"));
            // Constant.value and MatchSingleton.value are required fields that may hold None.
            boolean omitIfNone = !field.equals("value") || !(name.equals("Constant") || name.equals("MatchSingleton"));
            boolean isInt = c.getType() == int.class;
            MethodHandle getter;
            try {
                getter = lookup.unreflect(c.getAccessor()).asType(
                        MethodType.methodType(isInt ? int.class : Object.class, Ast.Node.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            fields[i] = new Field(field, getter, isInt, attribute, omitIfNone);
        }
        return new NodeClass(name, fields);
    }

    /** Python's name for a node class: {@code ast.Expr} and the lower-case helper classes. */
    private static String pythonClassName(String javaName) {
        return switch (javaName) {
            case "ExprStmt" -> "Expr";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            case "MatchCase" -> "match_case";
            case "Comprehension" -> "comprehension";
            default -> javaName;
        };
    }

    /** colOffset -> col_offset. */
    private static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The repr of any constant a literal can produce (see {@link Ast.Constant#value()}), as ast.dump shows it. */
    public static String constantRepr(Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> Repr.str(s);
            case Ast.StrWithSurrogates s -> Repr.str(s.codePoints());
            case byte[] b -> Repr.bytes(b);
            case Long l -> l.toString();
            case BigInteger i -> i.toString();
            case Integer i -> i.toString();
            case Double d -> Repr.floatRepr(d);
            case Ast.Imaginary im -> Repr.complexRepr(0.0, im.imag());
            case Boolean b -> b ? "True" : "False";
            case Ast.Singleton s -> s == Ast.Singleton.NONE ? "None" : "Ellipsis";
            default -> throw new IllegalArgumentException("no Python repr for " + value.getClass().getName());
        };
    }
}
