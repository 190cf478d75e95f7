package org.pythebo.modules._ast;

import java.math.BigInteger;
import java.util.List;

import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.Ast.ExprContext;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.numbers.PyComplex;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/**
 * What CPython checks in a tree given to compile() before compiling it (the parser never makes
 * such trees): expression contexts, required non-empty lists, consistent list lengths, the kinds
 * of constants, pattern shapes and the validity of source ranges, each with CPython's error.
 * Lists may hold nulls here (None in the tree); where CPython would crash on one, the error is
 * the converter's for that kind of node.
 */
final class AstValidator {
    private AstValidator() {}

    static void validate(Ast.Mod mod) {
        switch (mod) {
            case Ast.Module m -> stmts(m.body());
            case Ast.Interactive i -> stmts(i.body());
            case Ast.Expression e -> expr(e.body(), ExprContext.Load);
            case Ast.FunctionType f -> {
                exprs(f.argtypes(), ExprContext.Load, false);
                expr(f.returns(), ExprContext.Load);
            }
        }
    }

    private static PyException error(String msg) {
        return PyException.valueError(msg);
    }

    private static void positions(Ast.Located n) {
        int line = n.lineno();
        int endLine = n.endLineno();
        int col = n.colOffset();
        int endCol = n.endColOffset();
        if (line > endLine) {
            throw error("AST node line range (" + line + ", " + endLine + ") is not valid");
        }
        if ((line < 0 && endLine != line) || (col < 0 && col != endCol)) {
            throw error("AST node column range (" + col + ", " + endCol + ") for line range (" + line + ", "
                    + endLine + ") is not valid");
        }
        if (line == endLine && col > endCol) {
            throw error("line " + line + ", column " + col + "-" + endCol + " is not a valid range");
        }
    }

    private static void nonEmpty(List<?> list, String what, String owner) {
        if (list.isEmpty()) {
            throw error("empty " + what + " on " + owner);
        }
    }

    private static void body(List<Ast.Stmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private static void stmts(List<Ast.Stmt> stmts) {
        for (Ast.Stmt s : stmts) {
            if (s == null) {
                throw error("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private static void exprs(List<Ast.Expr> exprs, ExprContext ctx, boolean nullOk) {
        for (Ast.Expr e : exprs) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw error("None disallowed in expression list");
            }
        }
    }

    private static void optional(Ast.Expr e, ExprContext ctx) {
        if (e != null) {
            expr(e, ctx);
        }
    }

    /** A list of nodes CPython's validator assumes non-null: None there is reported as the converter would. */
    private static <T> void noneFree(List<T> nodes, String type) {
        for (T n : nodes) {
            if (n == null) {
                throw PyException.typeError("expected some sort of " + type + ", but got None");
            }
        }
    }

    private static void identifiers(List<String> names) {
        for (String n : names) {
            if (n == null) {
                throw PyException.typeError("AST identifier must be of type str");
            }
        }
    }

    private static void stmt(Ast.Stmt s) {
        positions(s);
        switch (s) {
            case Ast.FunctionDef f -> function(f.body(), "FunctionDef", f.args(), f.decoratorList(), f.returns());
            case Ast.AsyncFunctionDef f -> function(f.body(), "AsyncFunctionDef", f.args(), f.decoratorList(), f.returns());
            case Ast.ClassDef c -> {
                body(c.body(), "ClassDef");
                exprs(c.bases(), ExprContext.Load, false);
                keywords(c.keywords());
                exprs(c.decoratorList(), ExprContext.Load, false);
            }
            case Ast.Return r -> optional(r.value(), ExprContext.Load);
            case Ast.Delete d -> {
                nonEmpty(d.targets(), "targets", "Delete");
                exprs(d.targets(), ExprContext.Del, false);
            }
            case Ast.Assign a -> {
                nonEmpty(a.targets(), "targets", "Assign");
                expr(a.value(), ExprContext.Load);
                exprs(a.targets(), ExprContext.Store, false);
            }
            case Ast.AugAssign a -> {
                expr(a.target(), ExprContext.Store);
                expr(a.value(), ExprContext.Load);
            }
            case Ast.AnnAssign a -> {
                if (a.simple() != 0 && !(a.target() instanceof Ast.Name)) {
                    throw PyException.typeError("AnnAssign with simple non-Name target");
                }
                expr(a.target(), ExprContext.Store);
                optional(a.value(), ExprContext.Load);
                expr(a.annotation(), ExprContext.Load);
            }
            case Ast.For f -> loop(f.target(), f.iter(), f.body(), f.orelse(), "For");
            case Ast.AsyncFor f -> loop(f.target(), f.iter(), f.body(), f.orelse(), "AsyncFor");
            case Ast.While w -> {
                expr(w.test(), ExprContext.Load);
                body(w.body(), "While");
                stmts(w.orelse());
            }
            case Ast.If i -> {
                expr(i.test(), ExprContext.Load);
                body(i.body(), "If");
                stmts(i.orelse());
            }
            case Ast.With w -> with(w.items(), w.body(), "With");
            case Ast.AsyncWith w -> with(w.items(), w.body(), "AsyncWith");
            case Ast.Match m -> {
                expr(m.subject(), ExprContext.Load);
                nonEmpty(m.cases(), "cases", "Match");
                noneFree(m.cases(), "match_case");
                for (Ast.MatchCase c : m.cases()) {
                    pattern(c.pattern(), false);
                    optional(c.guard(), ExprContext.Load);
                    body(c.body(), "match_case");
                }
            }
            case Ast.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc(), ExprContext.Load);
                    optional(r.cause(), ExprContext.Load);
                } else if (r.cause() != null) {
                    throw error("Raise with cause but no exception");
                }
            }
            case Ast.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "Try");
            case Ast.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "TryStar");
            case Ast.Assert a -> {
                expr(a.test(), ExprContext.Load);
                optional(a.msg(), ExprContext.Load);
            }
            case Ast.Import i -> {
                nonEmpty(i.names(), "names", "Import");
                noneFree(i.names(), "alias");
            }
            case Ast.ImportFrom i -> {
                if (i.level() < 0) {
                    throw error("Negative ImportFrom level");
                }
                nonEmpty(i.names(), "names", "ImportFrom");
                noneFree(i.names(), "alias");
            }
            case Ast.Global g -> {
                nonEmpty(g.names(), "names", "Global");
                identifiers(g.names());
            }
            case Ast.Nonlocal n -> {
                nonEmpty(n.names(), "names", "Nonlocal");
                identifiers(n.names());
            }
            case Ast.ExprStmt e -> expr(e.value(), ExprContext.Load);
            case Ast.Pass p -> { }
            case Ast.Break b -> { }
            case Ast.Continue c -> { }
        }
    }

    private static void function(List<Ast.Stmt> body, String owner, Ast.Arguments args, List<Ast.Expr> decorators,
                                 Ast.Expr returns) {
        body(body, owner);
        arguments(args);
        exprs(decorators, ExprContext.Load, false);
        optional(returns, ExprContext.Load);
    }

    private static void loop(Ast.Expr target, Ast.Expr iter, List<Ast.Stmt> body, List<Ast.Stmt> orelse, String owner) {
        expr(target, ExprContext.Store);
        expr(iter, ExprContext.Load);
        body(body, owner);
        stmts(orelse);
    }

    private static void with(List<Ast.WithItem> items, List<Ast.Stmt> body, String owner) {
        nonEmpty(items, "items", owner);
        noneFree(items, "withitem");
        for (Ast.WithItem item : items) {
            expr(item.contextExpr(), ExprContext.Load);
            optional(item.optionalVars(), ExprContext.Store);
        }
        body(body, owner);
    }

    private static void tryStmt(List<Ast.Stmt> body, List<Ast.ExceptHandler> handlers, List<Ast.Stmt> orelse,
                                List<Ast.Stmt> finalbody, String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw error(owner + " has orelse but no except handlers");
        }
        noneFree(handlers, "excepthandler");
        for (Ast.ExceptHandler h : handlers) {
            positions(h);
            optional(h.type(), ExprContext.Load);
            body(h.body(), "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private static void keywords(List<Ast.Keyword> keywords) {
        noneFree(keywords, "keyword");
        for (Ast.Keyword k : keywords) {
            expr(k.value(), ExprContext.Load);
        }
    }

    private static void args(List<Ast.Arg> args) {
        noneFree(args, "arg");
        for (Ast.Arg a : args) {
            arg(a);
        }
    }

    private static void arg(Ast.Arg a) {
        positions(a);
        optional(a.annotation(), ExprContext.Load);
    }

    private static void arguments(Ast.Arguments a) {
        args(a.posonlyargs());
        args(a.args());
        if (a.vararg() != null) {
            arg(a.vararg());
        }
        args(a.kwonlyargs());
        if (a.kwarg() != null) {
            arg(a.kwarg());
        }
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw error("more positional defaults than args on arguments");
        }
        if (a.kwDefaults().size() != a.kwonlyargs().size()) {
            throw error("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.Load, false);
        exprs(a.kwDefaults(), ExprContext.Load, true);
    }

    private static void comprehensions(List<Ast.Comprehension> generators) {
        if (generators.isEmpty()) {
            throw error("comprehension with no generators");
        }
        noneFree(generators, "comprehension");
        for (Ast.Comprehension c : generators) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load, false);
        }
    }

    private static ExprContext contextOf(Ast.Expr e) {
        return switch (e) {
            case Ast.Attribute a -> a.ctx();
            case Ast.Subscript s -> s.ctx();
            case Ast.Starred s -> s.ctx();
            case Ast.Name n -> n.ctx();
            case Ast.List l -> l.ctx();
            case Ast.Tuple t -> t.ctx();
            default -> null;
        };
    }

    private static void expr(Ast.Expr e, ExprContext ctx) {
        positions(e);
        ExprContext actual = contextOf(e);
        if (actual == null) {
            if (ctx != ExprContext.Load) {
                throw error("expression which can't be assigned to in " + ctx + " context");
            }
        } else if (actual != ctx) {
            throw error("expression must have " + ctx + " context but has " + actual + " instead");
        }
        switch (e) {
            case Ast.BoolOp b -> {
                if (b.values().size() < 2) {
                    throw error("BoolOp with less than 2 values");
                }
                exprs(b.values(), ExprContext.Load, false);
            }
            case Ast.NamedExpr n -> expr(n.value(), ExprContext.Load);
            case Ast.BinOp b -> {
                expr(b.left(), ExprContext.Load);
                expr(b.right(), ExprContext.Load);
            }
            case Ast.UnaryOp u -> expr(u.operand(), ExprContext.Load);
            case Ast.Lambda l -> {
                arguments(l.args());
                expr(l.body(), ExprContext.Load);
            }
            case Ast.IfExp i -> {
                expr(i.test(), ExprContext.Load);
                expr(i.body(), ExprContext.Load);
                expr(i.orelse(), ExprContext.Load);
            }
            case Ast.Dict d -> {
                if (d.keys().size() != d.values().size()) {
                    throw error("Dict doesn't have the same number of keys as values");
                }
                exprs(d.keys(), ExprContext.Load, true);
                exprs(d.values(), ExprContext.Load, false);
            }
            case Ast.Set s -> exprs(s.elts(), ExprContext.Load, false);
            case Ast.ListComp c -> {
                comprehensions(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Ast.SetComp c -> {
                comprehensions(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Ast.GeneratorExp c -> {
                comprehensions(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Ast.DictComp c -> {
                comprehensions(c.generators());
                expr(c.key(), ExprContext.Load);
                expr(c.value(), ExprContext.Load);
            }
            case Ast.Await a -> expr(a.value(), ExprContext.Load);
            case Ast.Yield y -> optional(y.value(), ExprContext.Load);
            case Ast.YieldFrom y -> expr(y.value(), ExprContext.Load);
            case Ast.Compare c -> {
                if (c.comparators().isEmpty()) {
                    throw error("Compare with no comparators");
                }
                if (c.comparators().size() != c.ops().size()) {
                    throw error("Compare has a different number of comparators and operands");
                }
                exprs(c.comparators(), ExprContext.Load, false);
                expr(c.left(), ExprContext.Load);
            }
            case Ast.Call c -> {
                expr(c.func(), ExprContext.Load);
                exprs(c.args(), ExprContext.Load, false);
                keywords(c.keywords());
            }
            case Ast.Constant c -> constant(c.value());
            case Ast.JoinedStr j -> exprs(j.values(), ExprContext.Load, false);
            case Ast.FormattedValue f -> {
                expr(f.value(), ExprContext.Load);
                optional(f.formatSpec(), ExprContext.Load);
            }
            case Ast.Attribute a -> expr(a.value(), ExprContext.Load);
            case Ast.Subscript s -> {
                expr(s.slice(), ExprContext.Load);
                expr(s.value(), ExprContext.Load);
            }
            case Ast.Starred s -> expr(s.value(), ctx);
            case Ast.Slice s -> {
                optional(s.lower(), ExprContext.Load);
                optional(s.upper(), ExprContext.Load);
                optional(s.step(), ExprContext.Load);
            }
            case Ast.List l -> exprs(l.elts(), ctx, false);
            case Ast.Tuple t -> exprs(t.elts(), ctx, false);
            case Ast.Name n -> name(n.id());
        }
    }

    /** Names that would read as the constants None, True and False. */
    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw error("identifier field can't represent '" + id + "' constant");
        }
    }

    /** The values a Constant may hold: those of literals, and tuples and frozensets of them. */
    private static void constant(Object value) {
        if (!isConstant(value)) {
            throw PyException.typeError("got an invalid type in Constant: " + Ops.typeName(invalidPart(value)));
        }
    }

    private static boolean isConstant(Object v) {
        return switch (v) {
            case Ast.Singleton s -> true;
            case Singleton s -> s == Singleton.NONE || s == Singleton.ELLIPSIS;
            case Long l -> true;
            case BigInteger b -> true;
            case Double d -> true;
            case Boolean b -> true;
            case String s -> true;
            case byte[] b -> true;
            case Ast.Imaginary i -> true;
            case Ast.StrWithSurrogates s -> true;
            case PyComplex c -> true;
            case org.pythebo.runtime.bytes.PyBytes b -> true;
            case PyTuple t -> {
                for (Object item : t.items) {
                    if (!isConstant(item)) {
                        yield false;
                    }
                }
                yield true;
            }
            case PySet s when s.isFrozen() -> {
                for (Object item : s.toArray()) {
                    if (!isConstant(item)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    /** The first value inside a constant that no constant may hold (CPython names it, not the container). */
    private static Object invalidPart(Object v) {
        Object[] items = v instanceof PyTuple t ? t.items : v instanceof PySet s && s.isFrozen() ? s.toArray() : null;
        if (items != null) {
            for (Object item : items) {
                if (!isConstant(item)) {
                    return invalidPart(item);
                }
            }
        }
        return v;
    }

    private static void pattern(Ast.Pattern p, boolean starOk) {
        if (p == null) {
            throw PyException.typeError("expected some sort of pattern, but got None");
        }
        positions(p);
        switch (p) {
            case Ast.MatchValue v -> matchValue(v.value());
            case Ast.MatchSingleton s -> {
                Object v = s.value();
                if (!(v == Ast.Singleton.NONE || v instanceof Boolean)) {
                    throw error("MatchSingleton can only contain True, False and None");
                }
            }
            case Ast.MatchSequence s -> patterns(s.patterns(), true);
            case Ast.MatchMapping m -> {
                if (m.keys().size() != m.patterns().size()) {
                    throw error("MatchMapping doesn't have the same number of keys as patterns");
                }
                if (m.rest() != null) {
                    capture(m.rest());
                }
                for (Ast.Expr key : m.keys()) {
                    if (key == null) {
                        throw error("None disallowed in expression list");
                    }
                    // None, True and False may be keys, as no literal pattern may be.
                    if (!(key instanceof Ast.Constant c
                            && (c.value() == Ast.Singleton.NONE || c.value() instanceof Boolean))) {
                        matchValue(key);
                    }
                }
                patterns(m.patterns(), false);
            }
            case Ast.MatchClass c -> {
                expr(c.cls(), ExprContext.Load);
                Ast.Expr cls = c.cls();
                while (cls instanceof Ast.Attribute a) {
                    cls = a.value();
                }
                if (!(cls instanceof Ast.Name)) {
                    throw error("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                if (c.kwdAttrs().size() != c.kwdPatterns().size()) {
                    throw error("MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                identifiers(c.kwdAttrs());
                for (String attr : c.kwdAttrs()) {
                    name(attr);
                }
                patterns(c.patterns(), false);
                patterns(c.kwdPatterns(), false);
            }
            case Ast.MatchStar s -> {
                if (!starOk) {
                    throw error("can't use MatchStar here");
                }
                if (s.name() != null) {
                    capture(s.name());
                }
            }
            case Ast.MatchAs a -> {
                if (a.name() != null) {
                    capture(a.name());
                }
                if (a.pattern() != null) {
                    if (a.name() == null) {
                        throw error("MatchAs must specify a target name if a pattern is given");
                    }
                    pattern(a.pattern(), false);
                }
            }
            case Ast.MatchOr o -> {
                if (o.patterns().size() < 2) {
                    throw error("MatchOr requires at least 2 patterns");
                }
                patterns(o.patterns(), false);
            }
        }
    }

    /**
     * The value of a literal pattern: a number, string or bytes constant, an attribute lookup, a
     * negated number, a complex literal ({@code 1+2j}), or an f-string, which the compiler rejects.
     */
    private static void matchValue(Ast.Expr value) {
        expr(value, ExprContext.Load);
        switch (value) {
            case Ast.Constant c -> {
                Object v = c.value();
                if (!(v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof String
                        || v instanceof Ast.StrWithSurrogates || v instanceof byte[] || v instanceof Ast.Imaginary
                        || v instanceof PyComplex)) {
                    throw error("unexpected constant inside of a literal pattern");
                }
                return;
            }
            case Ast.Attribute a -> {
                return;
            }
            case Ast.JoinedStr j -> {
                return;
            }
            case Ast.UnaryOp u -> {
                if (negativeNumber(u, true, true)) {
                    return;
                }
            }
            case Ast.BinOp b -> {
                if ((b.op() == Ast.Operator.Add || b.op() == Ast.Operator.Sub)
                        && (number(b.left(), true, false) || negativeNumber(b.left(), true, false))
                        && number(b.right(), false, true)) {
                    return;
                }
            }
            default -> { }
        }
        throw error("patterns may only match literals and attribute lookups");
    }

    private static boolean number(Ast.Expr e, boolean real, boolean imaginary) {
        if (!(e instanceof Ast.Constant c)) {
            return false;
        }
        Object v = c.value();
        return real && (v instanceof Long || v instanceof BigInteger || v instanceof Double)
                || imaginary && (v instanceof Ast.Imaginary || v instanceof PyComplex);
    }

    private static boolean negativeNumber(Ast.Expr e, boolean real, boolean imaginary) {
        return e instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOperator.USub && number(u.operand(), real, imaginary);
    }

    private static void patterns(List<Ast.Pattern> patterns, boolean starOk) {
        for (Ast.Pattern p : patterns) {
            pattern(p, starOk);
        }
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw error("can't capture name '_' in patterns");
        }
        name(name);
    }
}
