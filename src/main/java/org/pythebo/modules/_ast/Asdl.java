package org.pythebo.modules._ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node types of Python 3.11's syntax tree, read from the same ASDL description that CPython
 * generates its {@code _ast} module from (the node classes' docstrings are its lines): every
 * class, its fields in order with their types, and the position attributes of each sum.
 *
 * <p>A sum type ({@code expr}) is an abstract class whose constructors ({@code Name}, ...)
 * subclass it; a sum of constructors without fields ({@code expr_context}) is "simple" and each
 * constructor has one shared instance. A product type ({@code arguments}) is one concrete class.
 */
final class Asdl {
    private Asdl() {}

    /** Python 3.11's Parser/Python.asdl, without the comments. */
    private static final String SOURCE = """
            mod = Module(stmt* body, type_ignore* type_ignores)
                | Interactive(stmt* body)
                | Expression(expr body)
                | FunctionType(expr* argtypes, expr returns)

            stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
                 | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
                 | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
                 | Return(expr? value)
                 | Delete(expr* targets)
                 | Assign(expr* targets, expr value, string? type_comment)
                 | AugAssign(expr target, operator op, expr value)
                 | AnnAssign(expr target, expr annotation, expr? value, int simple)
                 | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
                 | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
                 | While(expr test, stmt* body, stmt* orelse)
                 | If(expr test, stmt* body, stmt* orelse)
                 | With(withitem* items, stmt* body, string? type_comment)
                 | AsyncWith(withitem* items, stmt* body, string? type_comment)
                 | Match(expr subject, match_case* cases)
                 | Raise(expr? exc, expr? cause)
                 | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
                 | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
                 | Assert(expr test, expr? msg)
                 | Import(alias* names)
                 | ImportFrom(identifier? module, alias* names, int? level)
                 | Global(identifier* names)
                 | Nonlocal(identifier* names)
                 | Expr(expr value)
                 | Pass
                 | Break
                 | Continue
                 attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

            expr = BoolOp(boolop op, expr* values)
                 | NamedExpr(expr target, expr value)
                 | BinOp(expr left, operator op, expr right)
                 | UnaryOp(unaryop op, expr operand)
                 | Lambda(arguments args, expr body)
                 | IfExp(expr test, expr body, expr orelse)
                 | Dict(expr* keys, expr* values)
                 | Set(expr* elts)
                 | ListComp(expr elt, comprehension* generators)
                 | SetComp(expr elt, comprehension* generators)
                 | DictComp(expr key, expr value, comprehension* generators)
                 | GeneratorExp(expr elt, comprehension* generators)
                 | Await(expr value)
                 | Yield(expr? value)
                 | YieldFrom(expr value)
                 | Compare(expr left, cmpop* ops, expr* comparators)
                 | Call(expr func, expr* args, keyword* keywords)
                 | FormattedValue(expr value, int conversion, expr? format_spec)
                 | JoinedStr(expr* values)
                 | Constant(constant value, string? kind)
                 | Attribute(expr value, identifier attr, expr_context ctx)
                 | Subscript(expr value, expr slice, expr_context ctx)
                 | Starred(expr value, expr_context ctx)
                 | Name(identifier id, expr_context ctx)
                 | List(expr* elts, expr_context ctx)
                 | Tuple(expr* elts, expr_context ctx)
                 | Slice(expr? lower, expr? upper, expr? step)
                 attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

            expr_context = Load | Store | Del

            boolop = And | Or

            operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv

            unaryop = Invert | Not | UAdd | USub

            cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

            comprehension = (expr target, expr iter, expr* ifs, int is_async)

            excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
                 attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

            arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)

            arg = (identifier arg, expr? annotation, string? type_comment)
                 attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

            keyword = (identifier? arg, expr value)
                 attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

            alias = (identifier name, identifier? asname)
                 attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

            withitem = (expr context_expr, expr? optional_vars)

            match_case = (pattern pattern, expr? guard, stmt* body)

            pattern = MatchValue(expr value)
                    | MatchSingleton(constant value)
                    | MatchSequence(pattern* patterns)
                    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
                    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
                    | MatchStar(identifier? name)
                    | MatchAs(pattern? pattern, identifier? name)
                    | MatchOr(pattern* patterns)
                 attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)

            type_ignore = TypeIgnore(int lineno, string tag)
            """;

    /** What a field holds: one of the built-in ASDL types, or nodes of a type of this description. */
    enum Builtin { IDENTIFIER, STRING, INT, CONSTANT, NODE }

    /** A field or attribute: {@code expr? value} is optional, {@code stmt* body} a sequence (a list). */
    record Field(String name, String typeName, Builtin builtin, boolean optional, boolean sequence) {
        /** The field as the docstrings print it. */
        String spelling() {
            return typeName + (sequence ? "*" : optional ? "?" : "") + " " + name;
        }
    }

    /**
     * One class of the {@code _ast} module. A sum type has {@link #constructors} and
     * {@link #attributes}; its constructors have {@link #sum} set; a product type has fields and
     * possibly attributes. {@link #index} numbers the classes in declaration order.
     */
    static final class NodeType {
        final String name;
        final int index;
        /** The sum this is a constructor of, or null for sums and products (which derive from AST). */
        final NodeType sum;
        final List<Field> fields;
        final List<Field> attributes;
        final List<NodeType> constructors = new ArrayList<>();
        /** A sum whose constructors all lack fields: expr_context, boolop, operator, unaryop, cmpop. */
        boolean simple;
        String doc;

        NodeType(String name, int index, NodeType sum, List<Field> fields, List<Field> attributes) {
            this.name = name;
            this.index = index;
            this.sum = sum;
            this.fields = fields;
            this.attributes = attributes;
        }

        boolean isSum() {
            return sum == null && !constructors.isEmpty();
        }

        /** The attributes a node of this class carries: its sum's, or its own for a product. */
        List<Field> nodeAttributes() {
            return sum != null ? sum.attributes : attributes;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every class, in declaration order (sum first, then its constructors). */
    static final List<NodeType> ALL;
    /** The classes by Python name. */
    static final Map<String, NodeType> BY_NAME;

    static {
        List<NodeType> all = new ArrayList<>();
        for (String definition : SOURCE.strip().split("\n\\s*\n")) {
            parseDefinition(definition.strip(), all);
        }
        Map<String, NodeType> byName = new LinkedHashMap<>();
        for (NodeType t : all) {
            byName.put(t.name, t);
        }
        ALL = Collections.unmodifiableList(all);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    static NodeType get(String name) {
        NodeType t = BY_NAME.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no ASDL type " + name);
        }
        return t;
    }

    private static void parseDefinition(String text, List<NodeType> all) {
        int eq = text.indexOf('=');
        String name = text.substring(0, eq).strip();
        String body = text.substring(eq + 1).strip();
        List<Field> attributes = List.of();
        int attr = body.indexOf("attributes");
        if (attr >= 0) {
            attributes = parseFields(body.substring(body.indexOf('(', attr) + 1, body.lastIndexOf(')')));
            body = body.substring(0, attr).strip();
        }
        if (body.startsWith("(")) {
            NodeType product = new NodeType(name, all.size(), null, parseFields(body.substring(1, body.length() - 1)),
                    attributes);
            product.doc = name + "(" + spellings(product.fields) + ")";
            all.add(product);
            return;
        }
        NodeType sum = new NodeType(name, all.size(), null, List.of(), attributes);
        all.add(sum);
        boolean simple = true;
        for (String alternative : body.split("\\|")) {
            String c = alternative.strip();
            int paren = c.indexOf('(');
            List<Field> fields = paren < 0 ? List.of() : parseFields(c.substring(paren + 1, c.length() - 1));
            NodeType constructor = new NodeType(paren < 0 ? c : c.substring(0, paren), all.size(), sum, fields, List.of());
            constructor.doc = fields.isEmpty() ? constructor.name : constructor.name + "(" + spellings(fields) + ")";
            simple &= fields.isEmpty();
            sum.constructors.add(constructor);
            all.add(constructor);
        }
        sum.simple = simple;
        StringBuilder doc = new StringBuilder(name).append(" = ");
        for (int i = 0; i < sum.constructors.size(); i++) {
            if (i > 0) {
                // Simple sums fit on one line; the others put each constructor on its own.
                doc.append(simple ? " | " : "\n" + " ".repeat(name.length() + 1) + "| ");
            }
            doc.append(sum.constructors.get(i).doc);
        }
        sum.doc = doc.toString();
    }

    private static List<Field> parseFields(String text) {
        List<Field> fields = new ArrayList<>();
        for (String f : text.split(",")) {
            String[] parts = f.strip().split("\\s+");
            String type = parts[0];
            boolean optional = type.endsWith("?");
            boolean sequence = type.endsWith("*");
            if (optional || sequence) {
                type = type.substring(0, type.length() - 1);
            }
            Builtin builtin = switch (type) {
                case "identifier" -> Builtin.IDENTIFIER;
                case "string" -> Builtin.STRING;
                case "int" -> Builtin.INT;
                case "constant" -> Builtin.CONSTANT;
                default -> Builtin.NODE;
            };
            fields.add(new Field(parts[1], type, builtin, optional, sequence));
        }
        return List.copyOf(fields);
    }

    private static String spellings(List<Field> fields) {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(f.spelling());
        }
        return sb.toString();
    }
}
