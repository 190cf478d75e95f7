package org.pythebo.compiler;

import java.math.BigInteger;
import java.util.List;

import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstDump;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.text.Repr;

/**
 * An expression back to source text, the way CPython's compiler writes annotations under
 * {@code from __future__ import annotations} (PEP 563): canonical spacing, and parentheses only
 * where the operator priorities need them.
 */
final class Unparser {
    // Priorities, lowest first.
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int EXPR = BOR;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {}

    /** The annotation text for {@code e}. */
    static String unparse(Ast.Expr e) {
        Unparser u = new Unparser();
        u.expr(e, TEST);
        return u.out.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            out.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            out.append(')');
        }
    }

    private void joined(List<Ast.Expr> items, int level) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(items.get(i), level);
        }
    }

    private void expr(Ast.Expr e, int level) {
        switch (e) {
            case Ast.BoolOp b -> {
                int pr = b.op() == Ast.BoolOperator.And ? AND : OR;
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        out.append(pr == AND ? " and " : " or ");
                    }
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Ast.BinOp b -> binOp(b, level);
            case Ast.UnaryOp u -> {
                int pr = u.op() == Ast.UnaryOperator.Not ? NOT : FACTOR;
                open(level > pr);
                out.append(switch (u.op()) {
                    case Invert -> "~";
                    case Not -> "not ";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                expr(u.operand(), pr);
                close(level > pr);
            }
            case Ast.Lambda l -> {
                open(level > TEST);
                boolean positional = !l.args().args().isEmpty() || !l.args().posonlyargs().isEmpty();
                out.append(positional ? "lambda " : "lambda");
                arguments(l.args());
                out.append(": ");
                expr(l.body(), TEST);
                close(level > TEST);
            }
            case Ast.IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                out.append(" if ");
                expr(i.test(), TEST + 1);
                out.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Ast.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    Ast.Expr key = d.keys().get(i);
                    if (key != null) {
                        expr(key, TEST);
                        out.append(": ");
                        expr(d.values().get(i), TEST);
                    } else {
                        out.append("**");
                        expr(d.values().get(i), EXPR);
                    }
                }
                out.append('}');
            }
            case Ast.Set s -> {
                out.append('{');
                joined(s.elts(), TEST);
                out.append('}');
            }
            case Ast.GeneratorExp g -> comprehension("(", g.elt(), null, g.generators(), ")");
            case Ast.ListComp c -> comprehension("[", c.elt(), null, c.generators(), "]");
            case Ast.SetComp c -> comprehension("{", c.elt(), null, c.generators(), "}");
            case Ast.DictComp c -> comprehension("{", c.key(), c.value(), c.generators(), "}");
            case Ast.Yield y -> {
                if (y.value() == null) {
                    out.append("(yield)");
                } else {
                    out.append("(yield ");
                    expr(y.value(), TEST);
                    out.append(')');
                }
            }
            case Ast.YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), TEST);
                out.append(')');
            }
            case Ast.Await a -> {
                open(level > AWAIT);
                out.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Ast.Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Ast.Call c -> call(c);
            case Ast.Constant c -> constant(c.value());
            case Ast.JoinedStr j -> {
                out.append('f');
                Repr.appendStr(out, fstringBody(j.values()));
            }
            case Ast.FormattedValue fv -> out.append(formattedValue(fv));
            case Ast.Attribute a -> {
                expr(a.value(), ATOM);
                // "1 .real": a dot right after an int literal would read as a float.
                boolean intLiteral = a.value() instanceof Ast.Constant c
                        && (c.value() instanceof Long || c.value() instanceof BigInteger);
                out.append(intLiteral ? " ." : ".").append(a.attr());
            }
            case Ast.Subscript s -> {
                expr(s.value(), ATOM);
                out.append('[');
                expr(s.slice(), TUPLE);
                out.append(']');
            }
            case Ast.Starred s -> {
                out.append('*');
                expr(s.value(), EXPR);
            }
            case Ast.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                out.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), TEST);
                }
            }
            case Ast.Name n -> out.append(n.id());
            case Ast.List l -> {
                out.append('[');
                joined(l.elts(), TEST);
                out.append(']');
            }
            case Ast.Tuple t -> {
                if (t.elts().isEmpty()) {
                    out.append("()");
                    return;
                }
                open(level > TUPLE);
                joined(t.elts(), TEST);
                if (t.elts().size() == 1) {
                    out.append(',');
                }
                close(level > TUPLE);
            }
            case Ast.NamedExpr ne -> {
                open(level > TUPLE);
                expr(ne.target(), ATOM);
                out.append(":=");
                expr(ne.value(), ATOM);
                close(level > TUPLE);
            }
        }
    }

    private void binOp(Ast.BinOp b, int level) {
        int pr = switch (b.op()) {
            case Add, Sub -> ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
            case LShift, RShift -> SHIFT;
            case BitOr -> BOR;
            case BitXor -> BXOR;
            case BitAnd -> BAND;
            case Pow -> POWER;
        };
        String op = switch (b.op()) {
            case Add -> " + ";
            case Sub -> " - ";
            case Mult -> " * ";
            case MatMult -> " @ ";
            case Div -> " / ";
            case Mod -> " % ";
            case FloorDiv -> " // ";
            case LShift -> " << ";
            case RShift -> " >> ";
            case BitOr -> " | ";
            case BitXor -> " ^ ";
            case BitAnd -> " & ";
            case Pow -> " ** ";
        };
        int rightAssoc = b.op() == Ast.Operator.Pow ? 1 : 0;
        open(level > pr);
        expr(b.left(), pr + rightAssoc);
        out.append(op);
        expr(b.right(), pr + 1 - rightAssoc);
        close(level > pr);
    }

    private void arguments(Ast.Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs().size();
        int positional = posonly + args.args().size();
        int defaults = args.defaults().size();
        for (int i = 0; i < positional; i++) {
            first = comma(first);
            arg(i < posonly ? args.posonlyargs().get(i) : args.args().get(i - posonly));
            int d = i - positional + defaults;
            if (d >= 0) {
                out.append('=');
                expr(args.defaults().get(d), TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                out.append(", /");
            }
        }
        if (args.vararg() != null || !args.kwonlyargs().isEmpty()) {
            first = comma(first);
            out.append('*');
            if (args.vararg() != null) {
                arg(args.vararg());
            }
        }
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            first = comma(first);
            arg(args.kwonlyargs().get(i));
            Ast.Expr d = args.kwDefaults().get(i);
            if (d != null) {
                out.append('=');
                expr(d, TEST);
            }
        }
        if (args.kwarg() != null) {
            comma(first);
            out.append("**");
            arg(args.kwarg());
        }
    }

    private boolean comma(boolean first) {
        if (!first) {
            out.append(", ");
        }
        return false;
    }

    private void arg(Ast.Arg a) {
        out.append(a.arg());
        if (a.annotation() != null) {
            out.append(": ");
            expr(a.annotation(), TEST);
        }
    }

    private void comprehension(String start, Ast.Expr elt, Ast.Expr value, List<Ast.Comprehension> gens, String end) {
        out.append(start);
        expr(elt, TEST);
        if (value != null) {
            out.append(": ");
            expr(value, TEST);
        }
        for (Ast.Comprehension g : gens) {
            out.append(g.isAsync() != 0 ? " async for " : " for ");
            expr(g.target(), TUPLE);
            out.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Ast.Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
        out.append(end);
    }

    private void call(Ast.Call c) {
        expr(c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Ast.GeneratorExp g) {
            expr(g, TEST);
            return;
        }
        out.append('(');
        boolean first = true;
        for (Ast.Expr a : c.args()) {
            first = comma(first);
            expr(a, TEST);
        }
        for (Ast.Keyword k : c.keywords()) {
            first = comma(first);
            out.append(k.arg() == null ? "**" : k.arg() + "=");
            expr(k.value(), TEST);
        }
        out.append(')');
    }

    private void constant(Object v) {
        if (v == Ast.Singleton.ELLIPSIS) {
            out.append("...");
            return;
        }
        // A tree built by Python code may hold any constant object, shown by its repr.
        String repr = v instanceof PyObject o ? Ops.repr(ThreadState.current(), o) : AstDump.constantRepr(v);
        // An infinite float or complex part reads back as the overflowing literal 1e309.
        out.append(v instanceof Double || v instanceof Ast.Imaginary ? repr.replace("inf", "1e309") : repr);
    }

    /** The text between an f-string's quotes: literal parts with braces doubled, replacement fields. */
    private static String fstringBody(List<Ast.Expr> values) {
        StringBuilder sb = new StringBuilder();
        for (Ast.Expr v : values) {
            switch (v) {
                case Ast.Constant c when c.value() instanceof String s -> sb.append(s.replace("{", "{{").replace("}", "}}"));
                case Ast.FormattedValue fv -> sb.append(formattedValue(fv));
                case Ast.JoinedStr j -> sb.append(fstringBody(j.values()));
                default -> sb.append(unparse(v));
            }
        }
        return sb.toString();
    }

    private static String formattedValue(Ast.FormattedValue fv) {
        Unparser u = new Unparser();
        u.expr(fv.value(), TEST + 1);
        String value = u.out.toString();
        StringBuilder sb = new StringBuilder(value.startsWith("{") ? "{ " : "{").append(value);
        if (fv.conversion() > 0) {
            sb.append('!').append((char) fv.conversion());
        }
        if (fv.formatSpec() != null) {
            sb.append(':');
            sb.append(fv.formatSpec() instanceof Ast.JoinedStr j ? fstringBody(j.values()) : unparse(fv.formatSpec()));
        }
        return sb.append('}').toString();
    }
}
