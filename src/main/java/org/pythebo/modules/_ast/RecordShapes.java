package org.pythebo.modules._ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pythebo.modules._ast.Asdl.Field;
import org.pythebo.modules._ast.Asdl.NodeType;
import org.pythebo.parser.ast.Ast;

/**
 * How the parser's records ({@link Ast}) line up with the node classes: for each concrete node
 * class, its record class, the record's constructor and component readers in field order (then
 * the position attributes); for the operator and context enums, the class of each constant.
 * Described once, from the records themselves, and checked against the ASDL field by field.
 */
final class RecordShapes {
    private RecordShapes() {}

    /** One record component: the field (or attribute) it holds, read without boxing when an int. */
    record Component(Field field, MethodHandle getter, boolean isInt) {}

    /** A concrete node class and its record: {@code constructor} takes the components as an Object[]. */
    record Shape(NodeType type, MethodHandle constructor, Component[] components) {
        Ast.Node make(Object[] values) {
            try {
                return (Ast.Node) constructor.invokeExact(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private static final Shape[] BY_INDEX = new Shape[Asdl.ALL.size()];
    /** The enum constant of each constructor of a simple sum, by index. */
    private static final Enum<?>[] CONSTANTS = new Enum<?>[Asdl.ALL.size()];
    private static final Map<Class<?>, Shape> BY_RECORD;
    private static final Map<Class<?>, NodeType[]> BY_ENUM;

    static {
        Map<Class<?>, Shape> byRecord = new HashMap<>();
        Map<Class<?>, NodeType[]> byEnum = new HashMap<>();
        Map<String, Class<?>> records = new HashMap<>();
        for (Class<?> c : Ast.class.getDeclaredClasses()) {
            records.put(c.getSimpleName(), c);
        }
        for (NodeType t : Asdl.ALL) {
            if (t.isSum()) {
                if (t.simple) {
                    Class<?> enumClass = records.get(enumName(t.name));
                    Object[] constants = enumClass.getEnumConstants();
                    NodeType[] types = new NodeType[constants.length];
                    for (int i = 0; i < constants.length; i++) {
                        types[i] = Asdl.get(((Enum<?>) constants[i]).name());
                        if (types[i].sum != t) {
                            throw new IllegalStateException(constants[i] + " is no constructor of " + t);
                        }
                        CONSTANTS[types[i].index] = (Enum<?>) constants[i];
                    }
                    byEnum.put(enumClass, types);
                }
                continue;
            }
            if (t.sum != null && t.sum.simple) {
                continue;
            }
            Class<?> recordClass = records.get(recordName(t.name));
            Shape shape = describe(t, recordClass);
            BY_INDEX[t.index] = shape;
            byRecord.put(recordClass, shape);
        }
        BY_RECORD = Map.copyOf(byRecord);
        BY_ENUM = Map.copyOf(byEnum);
    }

    static Shape of(NodeType t) {
        return BY_INDEX[t.index];
    }

    static Shape of(Ast.Node node) {
        return BY_RECORD.get(node.getClass());
    }

    /** The node class of an operator or context constant. */
    static NodeType of(Enum<?> constant) {
        return BY_ENUM.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** The enum constant of a constructor of a simple sum. */
    static Enum<?> constant(NodeType constructor) {
        return CONSTANTS[constructor.index];
    }

    private static Shape describe(NodeType t, Class<?> recordClass) {
        List<Field> expected = new ArrayList<>(t.fields);
        expected.addAll(t.nodeAttributes());
        RecordComponent[] rc = recordClass.getRecordComponents();
        if (rc.length != expected.size()) {
            throw new IllegalStateException(recordClass + " does not have the fields of " + t.doc);
        }
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Component[] components = new Component[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        try {
            for (int i = 0; i < rc.length; i++) {
                if (!snakeCase(rc[i].getName()).equals(expected.get(i).name())) {
                    throw new IllegalStateException(recordClass + "." + rc[i].getName() + " is not " + expected.get(i));
                }
                types[i] = rc[i].getType();
                boolean isInt = types[i] == int.class;
                MethodHandle getter = lookup.unreflect(rc[i].getAccessor()).asType(
                        MethodType.methodType(isInt ? int.class : Object.class, Ast.Node.class));
                components[i] = new Component(expected.get(i), getter, isInt);
            }
            MethodHandle ctor = lookup.findConstructor(recordClass, MethodType.methodType(void.class, types))
                    .asType(MethodType.genericMethodType(rc.length).changeReturnType(Ast.Node.class))
                    .asSpreader(Object[].class, rc.length);
            return new Shape(t, ctor, components);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record of a node class: Python's lower-case products are capitalised, ast.Expr is ExprStmt. */
    private static String recordName(String pythonName) {
        return switch (pythonName) {
            case "Expr" -> "ExprStmt";
            case "match_case" -> "MatchCase";
            case "withitem" -> "WithItem";
            default -> Character.toUpperCase(pythonName.charAt(0)) + pythonName.substring(1);
        };
    }

    private static String enumName(String sumName) {
        return switch (sumName) {
            case "expr_context" -> "ExprContext";
            case "boolop" -> "BoolOperator";
            case "operator" -> "Operator";
            case "unaryop" -> "UnaryOperator";
            case "cmpop" -> "CmpOperator";
            default -> throw new IllegalArgumentException(sumName);
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
}
