package org.pythebo.compiler;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.compiler.nodes.ExceptStar;
import org.pythebo.compiler.nodes.Names;
import org.pythebo.compiler.nodes.Patterns;
import org.pythebo.compiler.nodes.Stmts;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstDump;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.objects.Singleton;

/**
 * Lowers the two statements of PEP 634 and PEP 654: {@code match} into {@link Patterns} nodes
 * (each case's captured names get slots, the same slot for a name in every alternative of an OR
 * pattern), and {@code try/except*} into {@link ExceptStar} nodes.
 */
final class MatchCompiler {
    private final Compiler c;
    /** The names the current case binds, in slot order. */
    private final List<String> names = new ArrayList<>();

    private MatchCompiler(Compiler c) {
        this.c = c;
    }

    static StmtNode match(Compiler c, Ast.Match m) {
        ExprNode subject = c.expr(m.subject());
        Patterns.Case[] cases = new Patterns.Case[m.cases().size()];
        for (int i = 0; i < cases.length; i++) {
            Ast.MatchCase mc = m.cases().get(i);
            MatchCompiler mcomp = new MatchCompiler(c);
            Patterns.Pattern p = mcomp.pattern(mc.pattern());
            Names.Store[] stores = new Names.Store[mcomp.names.size()];
            for (int j = 0; j < stores.length; j++) {
                stores[j] = c.storeFor(mcomp.names.get(j), null);
            }
            cases[i] = new Patterns.Case(p, stores, mc.guard() == null ? null : c.expr(mc.guard()), c.block(mc.body()));
        }
        return new Patterns.Match(subject, cases);
    }

    /** The slot of a captured name: a new one, or the one an earlier alternative gave it. */
    private int slot(String name) {
        if (name == null) {
            return -1;
        }
        int i = names.indexOf(name);
        if (i >= 0) {
            return i;
        }
        names.add(name);
        return names.size() - 1;
    }

    private Patterns.Pattern pattern(Ast.Pattern p) {
        Patterns.Pattern n = switch (p) {
            case Ast.MatchValue v -> new Patterns.Value(c.expr(v.value()));
            case Ast.MatchSingleton s -> new Patterns.SingletonValue(s.value() instanceof Boolean b ? b : Singleton.NONE);
            case Ast.MatchAs a -> {
                Patterns.Pattern inner = a.pattern() == null ? null : pattern(a.pattern());
                yield new Patterns.As(inner, slot(a.name()));
            }
            case Ast.MatchStar s -> new Patterns.Star(slot(s.name()));
            case Ast.MatchOr o -> new Patterns.Or(patterns(o.patterns()));
            case Ast.MatchSequence s -> {
                int star = -1;
                for (int i = 0; i < s.patterns().size(); i++) {
                    if (s.patterns().get(i) instanceof Ast.MatchStar) {
                        star = i;
                    }
                }
                yield new Patterns.Sequence(patterns(s.patterns()), star);
            }
            case Ast.MatchMapping m -> {
                ExprNode[] keys = new ExprNode[m.keys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = c.expr(m.keys().get(i));
                }
                Patterns.Pattern[] values = patterns(m.patterns());
                yield new Patterns.Mapping(keys, values, slot(m.rest()));
            }
            case Ast.MatchClass k -> new Patterns.ClassPattern(c.expr(k.cls()), patterns(k.patterns()),
                    k.kwdAttrs().toArray(new String[0]), patterns(k.kwdPatterns()));
        };
        return Compiler.at(n, p);
    }

    private Patterns.Pattern[] patterns(List<Ast.Pattern> list) {
        Patterns.Pattern[] out = new Patterns.Pattern[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pattern(list.get(i));
        }
        return out;
    }

    // ---- compile-time errors (raised where CPython's code generator raises them) ----

    /** The names a pattern binds so far, and where the last sub-pattern visited starts (for error positions). */
    private static final class Checker {
        final String filename;
        List<String> stores = new ArrayList<>();
        Ast.Located last;

        Checker(String filename) {
            this.filename = filename;
        }

        ParseError error(String msg, Ast.Located at) {
            return Symtable.syntaxError(msg, filename, at.lineno(), at.colOffset() + 1, at.endLineno(),
                    at.endColOffset() + 1);
        }

        void store(String name, Ast.Located at) throws ParseError {
            if (name.equals("__debug__")) {
                throw error("cannot assign to __debug__", at);
            }
            if (stores.contains(name)) {
                throw error("multiple assignments to name '" + name + "' in pattern", at);
            }
            stores.add(name);
        }

        void pattern(Ast.Pattern p, boolean allowIrrefutable) throws ParseError {
            last = p;
            switch (p) {
                case Ast.MatchValue v -> {
                    // What is left once CPython has folded negative numbers and complex literals into constants.
                    if (!(v.value() instanceof Ast.Constant || v.value() instanceof Ast.Attribute
                            || v.value() instanceof Ast.UnaryOp || v.value() instanceof Ast.BinOp)) {
                        throw error("patterns may only match literals and attribute lookups", v);
                    }
                }
                case Ast.MatchSingleton s -> { }
                case Ast.MatchAs a -> {
                    if (a.pattern() == null) {
                        if (!allowIrrefutable) {
                            throw error(a.name() != null
                                    ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                                    : "wildcard makes remaining patterns unreachable", a);
                        }
                    } else {
                        pattern(a.pattern(), allowIrrefutable);
                    }
                    if (a.name() != null) {
                        store(a.name(), a);
                    }
                }
                case Ast.MatchStar s -> {
                    if (s.name() != null) {
                        store(s.name(), s);
                    }
                }
                case Ast.MatchSequence s -> {
                    if (s.patterns().stream().filter(sub -> sub instanceof Ast.MatchStar).count() > 1) {
                        throw error("multiple starred names in sequence pattern", s);
                    }
                    subpatterns(s.patterns());
                }
                case Ast.MatchMapping m -> {
                    List<Object> seen = new ArrayList<>();
                    for (Ast.Expr k : m.keys()) {
                        Object key = constantKey(k);
                        if (key != null) {
                            if (seen.contains(key)) {
                                throw error("mapping pattern checks duplicate key (" + keyRepr(k) + ")", m);
                            }
                            seen.add(key);
                        } else if (!(k instanceof Ast.Attribute)) {
                            throw error("mapping pattern keys may only match literals and attribute lookups", m);
                        }
                    }
                    subpatterns(m.patterns());
                    if (m.rest() != null) {
                        store(m.rest(), m);
                    }
                }
                case Ast.MatchClass k -> {
                    List<String> attrs = k.kwdAttrs();
                    for (int i = 0; i < attrs.size(); i++) {
                        if (attrs.get(i).equals("__debug__")) {
                            throw error("cannot assign to __debug__", k.kwdPatterns().get(i));
                        }
                        for (int j = i + 1; j < attrs.size(); j++) {
                            if (attrs.get(i).equals(attrs.get(j))) {
                                throw error("attribute name repeated in class pattern: " + attrs.get(i),
                                        k.kwdPatterns().get(j));
                            }
                        }
                    }
                    subpatterns(k.patterns());
                    subpatterns(k.kwdPatterns());
                }
                case Ast.MatchOr o -> or(o, allowIrrefutable);
            }
        }

        private void subpatterns(List<Ast.Pattern> list) throws ParseError {
            for (Ast.Pattern p : list) {
                pattern(p, true);
            }
        }

        /** Every alternative binds the same names (checked once each has been visited). */
        private void or(Ast.MatchOr o, boolean allowIrrefutable) throws ParseError {
            List<String> before = stores;
            List<String> control = null;
            for (int i = 0; i < o.patterns().size(); i++) {
                stores = new ArrayList<>(before);
                pattern(o.patterns().get(i), allowIrrefutable && i == o.patterns().size() - 1);
                if (control == null) {
                    control = stores;
                } else if (stores.size() != control.size() || !stores.containsAll(control)) {
                    throw error("alternative patterns bind different names", last);
                }
            }
            stores = control;
        }
    }

    /** A literal key's value for duplicate detection (1, 1.0 and True are one key), or null. */
    private static Object constantKey(Ast.Expr k) {
        if (k instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOperator.USub && u.operand() instanceof Ast.Constant c) {
            Object v = numberKey(c.value());
            return v instanceof java.math.BigDecimal d ? d.negate() : v == null ? null : List.of("-", v);
        }
        if (k instanceof Ast.BinOp b) {
            Object l = constantKey(b.left());
            Object r = constantKey(b.right());
            return l == null || r == null ? null : List.of(l, b.op(), r);
        }
        if (k instanceof Ast.Constant c) {
            Object v = numberKey(c.value());
            if (v != null) {
                return v;
            }
            return c.value() instanceof byte[] bytes ? List.of("bytes", java.util.HexFormat.of().formatHex(bytes))
                    : c.value() == null ? Ast.Singleton.NONE : c.value();
        }
        return null;
    }

    private static Object numberKey(Object v) {
        return switch (v) {
            case Long l -> new java.math.BigDecimal(l);
            case java.math.BigInteger i -> new java.math.BigDecimal(i);
            case Boolean b -> new java.math.BigDecimal(b ? 1 : 0);
            case Double d when Double.isFinite(d) -> new java.math.BigDecimal(d).stripTrailingZeros();
            case null, default -> null;
        };
    }

    private static String keyRepr(Ast.Expr k) {
        return switch (k) {
            case Ast.UnaryOp u -> "-" + keyRepr(u.operand());
            case Ast.BinOp b -> "(" + keyRepr(b.left()) + (b.op() == Ast.Operator.Add ? "+" : "-") + keyRepr(b.right()) + ")";
            case Ast.Constant c -> AstDump.constantRepr(c.value());
            default -> "?";
        };
    }

    /**
     * CPython's code-generation errors for case {@code index} of a match statement: irrefutable
     * patterns before the last case, names bound twice, OR alternatives binding different names,
     * duplicate or non-literal mapping keys.
     */
    static void checkCase(Ast.Match m, Ast.MatchCase mc, String filename) throws ParseError {
        boolean last = m.cases().get(m.cases().size() - 1) == mc;
        new Checker(filename).pattern(mc.pattern(), mc.guard() != null || last);
    }

    /** break, continue (leaving a loop outside the handler) and return are errors in an except* block. */
    static void checkExceptStar(Ast.TryStar t, String filename) throws ParseError {
        for (Ast.ExceptHandler h : t.handlers()) {
            checkAll(h.body(), filename, false);
        }
    }

    private static void checkExceptStarStmt(Ast.Stmt s, String filename, boolean inLoop) throws ParseError {
        boolean bad = s instanceof Ast.Return || (!inLoop && (s instanceof Ast.Break || s instanceof Ast.Continue));
        if (bad) {
            throw Symtable.syntaxError("'break', 'continue' and 'return' cannot appear in an except* block", filename,
                    s.lineno(), s.colOffset() + 1, s.endLineno(), s.endColOffset() + 1);
        }
        switch (s) {
            case Ast.For f -> {
                checkAll(f.body(), filename, true);
                checkAll(f.orelse(), filename, inLoop);
            }
            case Ast.AsyncFor f -> {
                checkAll(f.body(), filename, true);
                checkAll(f.orelse(), filename, inLoop);
            }
            case Ast.While w -> {
                checkAll(w.body(), filename, true);
                checkAll(w.orelse(), filename, inLoop);
            }
            case Ast.If i -> {
                checkAll(i.body(), filename, inLoop);
                checkAll(i.orelse(), filename, inLoop);
            }
            case Ast.With w -> checkAll(w.body(), filename, inLoop);
            case Ast.AsyncWith w -> checkAll(w.body(), filename, inLoop);
            case Ast.Try t -> checkTry(t.body(), t.handlers(), t.orelse(), t.finalbody(), filename, inLoop);
            case Ast.TryStar t -> checkTry(t.body(), t.handlers(), t.orelse(), t.finalbody(), filename, inLoop);
            case Ast.Match m -> {
                for (Ast.MatchCase c : m.cases()) {
                    checkAll(c.body(), filename, inLoop);
                }
            }
            default -> { }
        }
    }

    private static void checkAll(List<Ast.Stmt> body, String filename, boolean inLoop) throws ParseError {
        for (Ast.Stmt s : body) {
            checkExceptStarStmt(s, filename, inLoop);
        }
    }

    private static void checkTry(List<Ast.Stmt> body, List<Ast.ExceptHandler> handlers, List<Ast.Stmt> orelse,
                                 List<Ast.Stmt> finalbody, String filename, boolean inLoop) throws ParseError {
        checkAll(body, filename, inLoop);
        for (Ast.ExceptHandler h : handlers) {
            checkAll(h.body(), filename, inLoop);
        }
        checkAll(orelse, filename, inLoop);
        checkAll(finalbody, filename, inLoop);
    }

    // ---- try/except* ----

    static StmtNode tryStar(Compiler c, Ast.TryStar t) {
        ExceptStar.Handler[] handlers = new ExceptStar.Handler[t.handlers().size()];
        for (int i = 0; i < handlers.length; i++) {
            Ast.ExceptHandler h = t.handlers().get(i);
            Names.Store name = h.name() == null ? null : c.storeFor(h.name(), null);
            handlers[i] = Compiler.at(new ExceptStar.Handler(c.expr(h.type()), name, c.block(h.body())), h);
        }
        StmtNode node = new ExceptStar.TryStar(c.block(t.body()), handlers, c.blockOrNull(t.orelse()));
        if (t.finalbody().isEmpty()) {
            return node;
        }
        StmtNode inner = Compiler.at(node, t);
        return new Stmts.Try(inner, new Stmts.Handler[0], null, c.block(t.finalbody()));
    }
}
