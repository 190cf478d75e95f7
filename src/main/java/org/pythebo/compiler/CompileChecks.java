package org.pythebo.compiler;

import java.util.List;

import org.pythebo.parser.ParseError;
import org.pythebo.parser.ast.Ast;

/**
 * The SyntaxErrors CPython 3.11's compiler ({@code Python/compile.c}) raises once the symbol table
 * is built: statements and expressions out of place ({@code return}, {@code break},
 * {@code await}, {@code yield}...), starred expressions where no unpacking happens, repeated
 * keyword arguments, assignments to {@code __debug__}, a bare {@code except:} that is not last,
 * late future imports.
 *
 * <p>The walk follows the compiler's order (an assignment's value before its targets, a function's
 * decorators and defaults before its body, a comprehension's body before its first iterable), so
 * that of several errors the one CPython reports comes first. Positions are those of the statement
 * or expression being compiled, as CPython's compiler_error reports them.
 */
public final class CompileChecks {

    /** The kinds of code unit CPython's compiler distinguishes (COMPILER_SCOPE_*). */
    private enum Unit { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    private final String filename;
    private final FutureFeatures future;
    private Scope scope;
    private Unit unit;
    /** Loops whose body is being compiled in the current unit. */
    private int loops;
    /** The statement or expression being compiled: where errors point. */
    private Ast.Located at;

    private CompileChecks(String filename, FutureFeatures future) {
        this.filename = filename;
        this.future = future;
    }

    /** Checks {@code mod}, given the scopes {@link Symtable#build} made of this same tree. */
    public static void check(Ast.Mod mod, Scope module, String filename) throws ParseError {
        CompileChecks c = new CompileChecks(filename, FutureFeatures.of(mod, filename));
        c.scope = module;
        c.unit = Unit.MODULE;
        switch (mod) {
            case Ast.Module m -> c.visitBody(m.body());
            case Ast.Interactive i -> c.visitStmts(i.body());
            case Ast.Expression e -> c.visitExpr(e.body());
            case Ast.FunctionType f -> { }
        }
    }

    private ParseError error(String msg) {
        return error(msg, at);
    }

    private ParseError error(String msg, Ast.Located where) {
        return Symtable.syntaxError(msg, filename, where.lineno(), where.colOffset() + 1, where.endLineno(),
                where.endColOffset() + 1);
    }

    /** A module, class or function body: a docstring is a constant, not compiled code. */
    private void visitBody(List<Ast.Stmt> body) throws ParseError {
        visitStmts(FutureFeatures.hasDocstring(body) ? body.subList(1, body.size()) : body);
    }

    private void visitStmts(List<Ast.Stmt> body) throws ParseError {
        for (Ast.Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<Ast.Expr> exprs) throws ParseError {
        for (Ast.Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitOptional(Ast.Expr e) throws ParseError {
        if (e != null) {
            visitExpr(e);
        }
    }

    /** Compiles {@code body} as the unit of {@code node}'s scope, with no loop around it. */
    private void inUnit(Ast.Node node, Unit kind, Body body) throws ParseError {
        Scope outerScope = scope;
        Unit outerUnit = unit;
        int outerLoops = loops;
        scope = scope.childFor(node);
        if (scope == null) {
            throw new IllegalArgumentException("the scopes were built for another tree");
        }
        unit = kind;
        loops = 0;
        body.run();
        scope = outerScope;
        unit = outerUnit;
        loops = outerLoops;
    }

    private interface Body {
        void run() throws ParseError;
    }

    private void visitLoopBody(List<Ast.Stmt> body) throws ParseError {
        loops++;
        visitStmts(body);
        loops--;
    }

    private void forbidden(String name, Ast.ExprContext ctx) throws ParseError {
        if (name.equals("__debug__")) {
            if (ctx == Ast.ExprContext.Store) {
                throw error("cannot assign to __debug__");
            }
            if (ctx == Ast.ExprContext.Del) {
                throw error("cannot delete __debug__");
            }
        }
    }

    private void stored(String name) throws ParseError {
        forbidden(name, Ast.ExprContext.Store);
    }

    private void visitStmt(Ast.Stmt s) throws ParseError {
        Ast.Located outer = at;
        at = s;
        switch (s) {
            case Ast.FunctionDef f ->
                    visitFunction(f, f.args(), f.body(), f.decoratorList(), f.returns(), Unit.FUNCTION, f.name());
            case Ast.AsyncFunctionDef f ->
                    visitFunction(f, f.args(), f.body(), f.decoratorList(), f.returns(), Unit.ASYNC_FUNCTION, f.name());
            case Ast.ClassDef c -> {
                visitExprs(c.decoratorList());
                inUnit(c, Unit.CLASS, () -> visitBody(c.body()));
                visitCall(c.bases(), c.keywords());
                stored(c.name());
            }
            case Ast.Return r -> {
                if (!scope.kind.isFunctionLike()) {
                    throw error("'return' outside function");
                }
                if (r.value() != null && scope.isCoroutine() && scope.isGenerator()) {
                    throw error("'return' with value in async generator");
                }
                visitOptional(r.value());
            }
            case Ast.Delete d -> visitExprs(d.targets());
            case Ast.Assign a -> {
                visitExpr(a.value());
                visitExprs(a.targets());
            }
            case Ast.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Ast.AnnAssign a -> visitAnnAssign(a);
            case Ast.For f -> visitFor(f.target(), f.iter(), f.body(), f.orelse());
            case Ast.AsyncFor f -> {
                if (unit != Unit.ASYNC_FUNCTION) {
                    throw error("'async for' outside async function");
                }
                visitFor(f.target(), f.iter(), f.body(), f.orelse());
            }
            case Ast.While w -> {
                visitExpr(w.test());
                visitLoopBody(w.body());
                visitStmts(w.orelse());
            }
            case Ast.If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Ast.With w -> visitWith(w.items(), w.body());
            case Ast.AsyncWith w -> {
                if (unit != Unit.ASYNC_FUNCTION) {
                    throw error("'async with' outside async function");
                }
                visitWith(w.items(), w.body());
            }
            case Ast.Match m -> {
                visitExpr(m.subject());
                for (Ast.MatchCase c : m.cases()) {
                    MatchCompiler.checkCase(m, c, filename);
                    visitPattern(c.pattern());
                    visitOptional(c.guard());
                    visitStmts(c.body());
                }
            }
            case Ast.Raise r -> {
                visitOptional(r.exc());
                visitOptional(r.cause());
            }
            case Ast.Try t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Ast.TryStar t -> {
                MatchCompiler.checkExceptStar(t, filename);
                visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            }
            case Ast.Assert a -> {
                visitExpr(a.test());
                visitOptional(a.msg());
            }
            case Ast.Import i -> {
                for (Ast.Alias alias : i.names()) {
                    String name = alias.asname() != null ? alias.asname() : alias.name();
                    int dot = name.indexOf('.');
                    stored(dot < 0 ? name : name.substring(0, dot));
                }
            }
            case Ast.ImportFrom i -> {
                if (s.lineno() > future.lineno() && "__future__".equals(i.module())) {
                    throw error("from __future__ imports must occur at the beginning of the file");
                }
                for (Ast.Alias alias : i.names()) {
                    if (!alias.name().equals("*")) {
                        stored(alias.asname() != null ? alias.asname() : alias.name());
                    }
                }
            }
            case Ast.Global g -> { }
            case Ast.Nonlocal n -> { }
            case Ast.ExprStmt e -> visitExpr(e.value());
            case Ast.Pass p -> { }
            case Ast.Break b -> {
                if (loops == 0) {
                    throw error("'break' outside loop");
                }
            }
            case Ast.Continue c -> {
                if (loops == 0) {
                    throw error("'continue' not properly in loop");
                }
            }
        }
        at = outer;
    }

    private void visitFunction(Ast.Stmt def, Ast.Arguments args, List<Ast.Stmt> body, List<Ast.Expr> decorators,
                               Ast.Expr returns, Unit kind, String name) throws ParseError {
        checkDebugArgs(args);
        visitExprs(decorators);
        visitExprs(args.defaults());
        visitExprs(args.kwDefaults());
        if (!future.annotations()) {
            visitArgAnnotations(args.args());
            visitArgAnnotations(args.posonlyargs());
            if (args.vararg() != null) {
                visitArgAnnotation(args.vararg());
            }
            visitArgAnnotations(args.kwonlyargs());
            if (args.kwarg() != null) {
                visitArgAnnotation(args.kwarg());
            }
            visitOptional(returns);
        }
        inUnit(def, kind, () -> visitBody(body));
        stored(name);
    }

    private void visitArgAnnotations(List<Ast.Arg> args) throws ParseError {
        for (Ast.Arg a : args) {
            visitArgAnnotation(a);
        }
    }

    /** {@code *args: *Ts} (PEP 646) unpacks its annotation: the star is no error there. */
    private void visitArgAnnotation(Ast.Arg a) throws ParseError {
        Ast.Expr annotation = a.annotation();
        if (annotation != null) {
            visitExpr(annotation instanceof Ast.Starred s ? s.value() : annotation);
        }
    }

    private void checkDebugArgs(Ast.Arguments args) throws ParseError {
        for (Ast.Arg a : args.posonlyargs()) {
            stored(a.arg());
        }
        for (Ast.Arg a : args.args()) {
            stored(a.arg());
        }
        if (args.vararg() != null) {
            stored(args.vararg().arg());
        }
        for (Ast.Arg a : args.kwonlyargs()) {
            stored(a.arg());
        }
        if (args.kwarg() != null) {
            stored(args.kwarg().arg());
        }
    }

    private void visitAnnAssign(Ast.AnnAssign a) throws ParseError {
        if (a.value() != null) {
            visitExpr(a.value());
        }
        boolean evaluated = !future.annotations() && (unit == Unit.MODULE || unit == Unit.CLASS);
        switch (a.target()) {
            case Ast.Name n -> {
                if (a.value() != null) {
                    visitExpr(n);
                }
            }
            case Ast.Attribute t -> {
                if (a.value() != null) {
                    visitExpr(t);
                } else {
                    visitExpr(t.value());
                }
            }
            case Ast.Subscript t -> {
                if (a.value() != null) {
                    visitExpr(t);
                } else {
                    visitExpr(t.value());
                    visitExpr(t.slice());
                }
            }
            default -> visitExpr(a.target());
        }
        // Annotations are evaluated only in modules and classes, and not at all under PEP 563.
        if (evaluated) {
            visitExpr(a.annotation());
        }
    }

    private void visitFor(Ast.Expr target, Ast.Expr iter, List<Ast.Stmt> body, List<Ast.Stmt> orelse)
            throws ParseError {
        visitExpr(iter);
        visitExpr(target);
        visitLoopBody(body);
        visitStmts(orelse);
    }

    private void visitWith(List<Ast.WithItem> items, List<Ast.Stmt> body) throws ParseError {
        for (Ast.WithItem item : items) {
            visitExpr(item.contextExpr());
            visitOptional(item.optionalVars());
        }
        visitStmts(body);
    }

    private void visitTry(List<Ast.Stmt> body, List<Ast.ExceptHandler> handlers, List<Ast.Stmt> orelse,
                          List<Ast.Stmt> finalbody) throws ParseError {
        visitStmts(body);
        visitStmts(orelse);
        for (int i = 0; i < handlers.size(); i++) {
            Ast.ExceptHandler h = handlers.get(i);
            Ast.Located outer = at;
            at = h;
            if (h.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last");
            }
            visitOptional(h.type());
            if (h.name() != null) {
                stored(h.name());
            }
            visitStmts(h.body());
            at = outer;
        }
        visitStmts(finalbody);
    }

    private void visitPattern(Ast.Pattern p) throws ParseError {
        Ast.Located outer = at;
        at = p;
        switch (p) {
            case Ast.MatchValue v -> visitExpr(v.value());
            case Ast.MatchSingleton s -> { }
            case Ast.MatchSequence s -> visitPatterns(s.patterns());
            case Ast.MatchStar s -> {
                if (s.name() != null) {
                    stored(s.name());
                }
            }
            case Ast.MatchMapping m -> {
                visitExprs(m.keys());
                visitPatterns(m.patterns());
                if (m.rest() != null) {
                    stored(m.rest());
                }
            }
            case Ast.MatchClass c -> {
                visitExpr(c.cls());
                visitPatterns(c.patterns());
                visitPatterns(c.kwdPatterns());
            }
            case Ast.MatchAs a -> {
                if (a.pattern() != null) {
                    visitPattern(a.pattern());
                }
                if (a.name() != null) {
                    stored(a.name());
                }
            }
            case Ast.MatchOr o -> visitPatterns(o.patterns());
        }
        at = outer;
    }

    private void visitPatterns(List<Ast.Pattern> patterns) throws ParseError {
        for (Ast.Pattern p : patterns) {
            visitPattern(p);
        }
    }

    /** Arguments of a call or class bases: starred arguments are allowed, keywords must differ. */
    private void visitCall(List<Ast.Expr> args, List<Ast.Keyword> keywords) throws ParseError {
        for (int i = 0; i < keywords.size(); i++) {
            Ast.Keyword k = keywords.get(i);
            if (k.arg() == null) {
                continue;
            }
            stored(k.arg());
            for (int j = i + 1; j < keywords.size(); j++) {
                Ast.Keyword other = keywords.get(j);
                if (k.arg().equals(other.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), other);
                }
            }
        }
        visitElements(args);
        for (Ast.Keyword k : keywords) {
            visitExpr(k.value());
        }
    }

    /** Elements that may be starred: the value of a starred one is compiled. */
    private void visitElements(List<Ast.Expr> elts) throws ParseError {
        for (Ast.Expr e : elts) {
            visitExpr(e instanceof Ast.Starred s ? s.value() : e);
        }
    }

    /** The targets of an unpacking assignment: at most one starred, and not too many before it. */
    private void visitUnpackTargets(List<Ast.Expr> elts) throws ParseError {
        boolean seenStar = false;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Ast.Starred) {
                if (seenStar) {
                    throw error("multiple starred expressions in assignment");
                }
                if (i >= 1 << 8 || elts.size() - i - 1 >= Integer.MAX_VALUE >> 8) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                seenStar = true;
            }
        }
        visitElements(elts);
    }

    private void visitExpr(Ast.Expr e) throws ParseError {
        Ast.Located outer = at;
        at = e;
        switch (e) {
            case Ast.BoolOp b -> visitExprs(b.values());
            case Ast.NamedExpr n -> {
                visitExpr(n.value());
                visitExpr(n.target());
            }
            case Ast.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Ast.UnaryOp u -> visitExpr(u.operand());
            case Ast.Lambda l -> {
                checkDebugArgs(l.args());
                visitExprs(l.args().defaults());
                visitExprs(l.args().kwDefaults());
                inUnit(l, Unit.LAMBDA, () -> visitExpr(l.body()));
            }
            case Ast.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Ast.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    visitOptional(d.keys().get(i));
                    visitExpr(d.values().get(i));
                }
            }
            case Ast.Set s -> visitElements(s.elts());
            case Ast.ListComp c -> visitComprehension(c, c.generators(), c.elt(), null);
            case Ast.SetComp c -> visitComprehension(c, c.generators(), c.elt(), null);
            case Ast.DictComp c -> visitComprehension(c, c.generators(), c.key(), c.value());
            case Ast.GeneratorExp c -> visitComprehension(c, c.generators(), c.elt(), null);
            case Ast.Await a -> {
                if (!scope.kind.isFunctionLike()) {
                    throw error("'await' outside function");
                }
                if (unit != Unit.ASYNC_FUNCTION && unit != Unit.COMPREHENSION) {
                    throw error("'await' outside async function");
                }
                visitExpr(a.value());
            }
            case Ast.Yield y -> {
                if (!scope.kind.isFunctionLike()) {
                    throw error("'yield' outside function");
                }
                visitOptional(y.value());
            }
            case Ast.YieldFrom y -> {
                if (!scope.kind.isFunctionLike()) {
                    throw error("'yield' outside function");
                }
                if (unit == Unit.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function");
                }
                visitExpr(y.value());
            }
            case Ast.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Ast.Call c -> {
                visitExpr(c.func());
                visitCall(c.args(), c.keywords());
            }
            case Ast.FormattedValue f -> {
                visitExpr(f.value());
                visitOptional(f.formatSpec());
            }
            case Ast.JoinedStr j -> visitExprs(j.values());
            case Ast.Constant c -> { }
            case Ast.Attribute a -> {
                visitExpr(a.value());
                // Only assignment is checked: "del x.__debug__" compiles.
                if (a.ctx() == Ast.ExprContext.Store) {
                    stored(a.attr());
                }
            }
            case Ast.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Ast.Starred s -> throw error(s.ctx() == Ast.ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            case Ast.Name n -> forbidden(n.id(), n.ctx());
            case Ast.List l -> visitSequence(l.elts(), l.ctx());
            case Ast.Tuple t -> visitSequence(t.elts(), t.ctx());
            case Ast.Slice s -> {
                visitOptional(s.lower());
                visitOptional(s.upper());
                visitOptional(s.step());
            }
        }
        at = outer;
    }

    private void visitSequence(List<Ast.Expr> elts, Ast.ExprContext ctx) throws ParseError {
        switch (ctx) {
            case Store -> visitUnpackTargets(elts);
            case Load -> visitElements(elts);
            case Del -> visitExprs(elts);
        }
    }

    private void visitComprehension(Ast.Expr e, List<Ast.Comprehension> generators, Ast.Expr elt, Ast.Expr value)
            throws ParseError {
        Scope comprehension = scope.childFor(e);
        boolean asyncList = comprehension.isCoroutine() && !(e instanceof Ast.GeneratorExp);
        if (asyncList && unit != Unit.ASYNC_FUNCTION && unit != Unit.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        inUnit(e, Unit.COMPREHENSION, () -> {
            for (int i = 0; i < generators.size(); i++) {
                Ast.Comprehension g = generators.get(i);
                // The first iterable is compiled outside, after the comprehension's own code.
                if (i > 0) {
                    visitExpr(g.iter());
                }
                visitExpr(g.target());
                visitExprs(g.ifs());
            }
            visitExpr(elt);
            visitOptional(value);
        });
        visitExpr(generators.getFirst().iter());
    }
}
