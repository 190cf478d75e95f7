package org.pythebo.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.ast.Ast;

/**
 * Scope analysis with CPython 3.11's rules ({@code Python/symtable.c}), in its two passes: a walk
 * of the AST that records for every scope the raw facts about each name (bound, used, parameter,
 * declared global...), then an analysis of the scope tree that resolves each name to exactly one
 * {@link Symbol.Resolution}. A last step lays out the slots of function scopes.
 *
 * <p>Errors are the SyntaxErrors symtable raises, with its messages and positions: offsets are
 * UTF-8 byte columns plus one, as CPython reports them for these errors, and there is no source text.
 */
public final class Symtable {

    private final String filename;
    private final boolean futureAnnotations;
    private Scope module;
    private Scope cur;
    /** The innermost enclosing class name, for private name mangling (CPython's st_private). */
    private String privateName;

    private Symtable(String filename, boolean futureAnnotations) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
    }

    /** The scope tree of a module (or of {@code eval} / {@code single} input), rooted at the module scope. */
    public static Scope build(Ast.Mod mod, String filename) throws ParseError {
        Symtable st = new Symtable(filename, FutureFeatures.of(mod, filename).annotations());
        st.module = st.enter(Scope.Kind.MODULE, "top", 0, mod, null);
        switch (mod) {
            case Ast.Module m -> st.visitStmts(m.body());
            case Ast.Interactive i -> st.visitStmts(i.body());
            case Ast.Expression e -> st.visitExpr(e.body());
            case Ast.FunctionType f -> {
                st.visitExprs(f.argtypes());
                st.visitExpr(f.returns());
            }
        }
        st.analyzeBlock(st.module, null, new HashSet<>(), new HashSet<>());
        layOutSlots(st.module);
        return st.module;
    }

    static ParseError syntaxError(String msg, String filename, int lineno, int offset, int endLineno, int endOffset) {
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, lineno, offset, null, endLineno, endOffset);
    }

    /** An error over a node's range, as PyErr_RangedSyntaxLocationObject with 1-based columns. */
    private ParseError error(String msg, Ast.Located at) {
        return syntaxError(msg, filename, at.lineno(), at.colOffset() + 1, at.endLineno(), at.endColOffset() + 1);
    }

    // ---- Pass 1: collect the facts about each name ----

    private Scope enter(Scope.Kind kind, String name, int lineno, Ast.Node node, Scope.Comprehension comprehension) {
        String scopePrivate = kind == Scope.Kind.CLASS ? name : privateName;
        Scope scope = new Scope(kind, name, lineno, node, cur, scopePrivate, comprehension);
        if (cur != null) {
            // A comprehension iterable forbids walrus even in lambdas and comprehensions inside it.
            scope.compIterExpr = cur.compIterExpr;
            if (kind != Scope.Kind.ANNOTATION) {
                cur.children.add(scope);
                cur.childByNode.put(node, scope);
            }
        }
        cur = scope;
        return scope;
    }

    private void exit() {
        cur = cur.parent;
    }

    private Symbol addDef(String name, int flag, Ast.Located at) throws ParseError {
        return addDef(cur, name, flag, at);
    }

    private Symbol addDef(Scope scope, String name, int flag, Ast.Located at) throws ParseError {
        String mangled = Scope.mangle(privateName, name);
        Symbol symbol = scope.symbols.get(mangled);
        int flags = symbol == null ? 0 : symbol.flags;
        if ((flag & Symbol.PARAM) != 0 && (flags & Symbol.PARAM) != 0) {
            throw error("duplicate argument '" + name + "' in function definition", at);
        }
        flags |= flag;
        if (scope.compIterTarget) {
            if ((flags & (Symbol.GLOBAL | Symbol.NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", at);
            }
            flags |= Symbol.COMP_ITER;
        }
        if (symbol == null) {
            symbol = new Symbol(mangled);
            scope.symbols.put(mangled, symbol);
        }
        symbol.flags = flags;
        if ((flag & Symbol.PARAM) != 0) {
            scope.params.add(mangled);
        } else if ((flag & Symbol.GLOBAL) != 0) {
            // A global declaration anywhere also marks the name in the module's table.
            module.symbols.computeIfAbsent(mangled, Symbol::new).flags |= flag;
        }
        return symbol;
    }

    private int flagsOf(Scope scope, String name) {
        Symbol symbol = scope.symbols.get(Scope.mangle(privateName, name));
        return symbol == null ? 0 : symbol.flags;
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

    private void visitStmt(Ast.Stmt s) throws ParseError {
        switch (s) {
            case Ast.FunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Ast.AsyncFunctionDef f ->
                    visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
            case Ast.ClassDef c -> {
                cur.symbolByNode.put(c, addDef(c.name(), Symbol.LOCAL, c));
                visitExprs(c.bases());
                for (Ast.Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
                visitExprs(c.decoratorList());
                enter(Scope.Kind.CLASS, c.name(), c.lineno(), c, null);
                String outerPrivate = privateName;
                privateName = c.name();
                visitStmts(c.body());
                privateName = outerPrivate;
                exit();
            }
            case Ast.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Ast.Delete d -> visitExprs(d.targets());
            case Ast.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Ast.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Ast.AnnAssign a -> visitAnnAssign(a);
            case Ast.For f -> visitFor(f.target(), f.iter(), f.body(), f.orelse());
            case Ast.AsyncFor f -> visitFor(f.target(), f.iter(), f.body(), f.orelse());
            case Ast.While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case Ast.If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Ast.With w -> visitWith(w.items(), w.body());
            case Ast.AsyncWith w -> visitWith(w.items(), w.body());
            case Ast.Match m -> {
                visitExpr(m.subject());
                for (Ast.MatchCase c : m.cases()) {
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
            case Ast.TryStar t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Ast.Assert a -> {
                visitExpr(a.test());
                visitOptional(a.msg());
            }
            case Ast.Import i -> visitAliases(i.names());
            case Ast.ImportFrom i -> visitAliases(i.names());
            case Ast.Global g -> visitDeclaration(g, g.names(), true);
            case Ast.Nonlocal n -> visitDeclaration(n, n.names(), false);
            case Ast.ExprStmt e -> visitExpr(e.value());
            case Ast.Pass p -> { }
            case Ast.Break b -> { }
            case Ast.Continue c -> { }
        }
    }

    private void visitFunction(Ast.Stmt def, String name, Ast.Arguments args, List<Ast.Stmt> body,
                               List<Ast.Expr> decorators, Ast.Expr returns, boolean async) throws ParseError {
        cur.symbolByNode.put(def, addDef(name, Symbol.LOCAL, def));
        visitExprs(args.defaults());
        visitExprs(args.kwDefaults());
        visitAnnotations(def, args, returns);
        visitExprs(decorators);
        Scope scope = enter(Scope.Kind.FUNCTION, name, def.lineno(), def, null);
        scope.coroutine = async;
        visitParams(args);
        visitStmts(body);
        exit();
    }

    private void visitFor(Ast.Expr target, Ast.Expr iter, List<Ast.Stmt> body, List<Ast.Stmt> orelse)
            throws ParseError {
        visitExpr(target);
        visitExpr(iter);
        visitStmts(body);
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
        for (Ast.ExceptHandler h : handlers) {
            visitOptional(h.type());
            if (h.name() != null) {
                cur.symbolByNode.put(h, addDef(h.name(), Symbol.LOCAL, h));
            }
            visitStmts(h.body());
        }
        visitStmts(finalbody);
    }

    private void visitAliases(List<Ast.Alias> names) throws ParseError {
        for (Ast.Alias a : names) {
            String bound = a.asname() != null ? a.asname() : a.name();
            if (bound.equals("*")) {
                if (cur.kind != Scope.Kind.MODULE) {
                    throw error("import * only allowed at module level", a);
                }
                continue;
            }
            int dot = bound.indexOf('.');
            cur.symbolByNode.put(a, addDef(dot < 0 ? bound : bound.substring(0, dot), Symbol.IMPORT, a));
        }
    }

    private void visitDeclaration(Ast.Stmt s, List<String> names, boolean global) throws ParseError {
        String what = global ? "global" : "nonlocal";
        for (String name : names) {
            int flags = flagsOf(cur, name);
            if ((flags & (Symbol.PARAM | Symbol.LOCAL | Symbol.USE | Symbol.ANNOT)) != 0) {
                String msg;
                if ((flags & Symbol.PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & Symbol.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & Symbol.ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, s);
            }
            addDef(name, global ? Symbol.GLOBAL : Symbol.NONLOCAL, s);
            cur.directives.add(new Scope.Directive(Scope.mangle(privateName, name), s));
        }
    }

    private void visitAnnAssign(Ast.AnnAssign a) throws ParseError {
        if (a.target() instanceof Ast.Name target) {
            int flags = flagsOf(cur, target.id());
            if ((flags & (Symbol.GLOBAL | Symbol.NONLOCAL)) != 0 && cur != module && a.simple() != 0) {
                String what = (flags & Symbol.GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + target.id() + "' can't be " + what, a);
            }
            if (a.simple() != 0) {
                cur.symbolByNode.put(target, addDef(target.id(), Symbol.ANNOT | Symbol.LOCAL, target));
            } else if (a.value() != null) {
                cur.symbolByNode.put(target, addDef(target.id(), Symbol.LOCAL, target));
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation(), a.annotation());
        visitOptional(a.value());
    }

    /** An annotation is evaluated where it stands, unless PEP 563 postpones it into a scope of its own. */
    private void visitAnnotation(Ast.Expr annotation, Ast.Node key) throws ParseError {
        if (futureAnnotations) {
            enter(Scope.Kind.ANNOTATION, "_annotation", annotation.lineno(), key, null);
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exit();
        }
    }

    private void visitAnnotations(Ast.Stmt def, Ast.Arguments args, Ast.Expr returns) throws ParseError {
        if (futureAnnotations) {
            enter(Scope.Kind.ANNOTATION, "_annotation", def.lineno(), def, null);
        }
        visitArgAnnotations(args.posonlyargs());
        visitArgAnnotations(args.args());
        if (args.vararg() != null) {
            visitOptional(args.vararg().annotation());
        }
        if (args.kwarg() != null) {
            visitOptional(args.kwarg().annotation());
        }
        visitArgAnnotations(args.kwonlyargs());
        if (futureAnnotations) {
            exit();
        }
        if (returns != null) {
            visitAnnotation(returns, returns);
        }
    }

    private void visitArgAnnotations(List<Ast.Arg> args) throws ParseError {
        for (Ast.Arg a : args) {
            visitOptional(a.annotation());
        }
    }

    /** The parameters, in the order that makes the local slots: positional, keyword-only, *args, **kwargs. */
    private void visitParams(Ast.Arguments args) throws ParseError {
        for (Ast.Arg a : args.posonlyargs()) {
            cur.symbolByNode.put(a, addDef(a.arg(), Symbol.PARAM, a));
        }
        for (Ast.Arg a : args.args()) {
            cur.symbolByNode.put(a, addDef(a.arg(), Symbol.PARAM, a));
        }
        for (Ast.Arg a : args.kwonlyargs()) {
            cur.symbolByNode.put(a, addDef(a.arg(), Symbol.PARAM, a));
        }
        if (args.vararg() != null) {
            cur.symbolByNode.put(args.vararg(), addDef(args.vararg().arg(), Symbol.PARAM, args.vararg()));
            cur.varargs = true;
        }
        if (args.kwarg() != null) {
            cur.symbolByNode.put(args.kwarg(), addDef(args.kwarg().arg(), Symbol.PARAM, args.kwarg()));
            cur.varkeywords = true;
        }
    }

    private void visitPattern(Ast.Pattern p) throws ParseError {
        switch (p) {
            case Ast.MatchValue v -> visitExpr(v.value());
            case Ast.MatchSingleton s -> { }
            case Ast.MatchSequence s -> visitPatterns(s.patterns());
            case Ast.MatchStar s -> {
                if (s.name() != null) {
                    cur.symbolByNode.put(s, addDef(s.name(), Symbol.LOCAL, s));
                }
            }
            case Ast.MatchMapping m -> {
                visitExprs(m.keys());
                visitPatterns(m.patterns());
                if (m.rest() != null) {
                    cur.symbolByNode.put(m, addDef(m.rest(), Symbol.LOCAL, m));
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
                    cur.symbolByNode.put(a, addDef(a.name(), Symbol.LOCAL, a));
                }
            }
            case Ast.MatchOr o -> visitPatterns(o.patterns());
        }
    }

    private void visitPatterns(List<Ast.Pattern> patterns) throws ParseError {
        for (Ast.Pattern p : patterns) {
            visitPattern(p);
        }
    }

    private void visitExpr(Ast.Expr e) throws ParseError {
        switch (e) {
            case Ast.BoolOp b -> visitExprs(b.values());
            case Ast.NamedExpr n -> {
                if (!(n.target() instanceof Ast.Name)) {
                    // Only a tree built by Python code can hold another target; the parser rejects it so.
                    throw error("cannot use assignment expressions with " + Parser.expressionName(n.target()), n.target());
                }
                raiseIfAnnotation("named expression", n);
                if (cur.compIterExpr > 0) {
                    throw error("assignment expression cannot be used in a comprehension iterable expression", n);
                }
                if (cur.comprehension != null) {
                    extendNamedExprScope((Ast.Name) n.target());
                }
                visitExpr(n.value());
                visitExpr(n.target());
            }
            case Ast.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Ast.UnaryOp u -> visitExpr(u.operand());
            case Ast.Lambda l -> {
                visitExprs(l.args().defaults());
                visitExprs(l.args().kwDefaults());
                enter(Scope.Kind.LAMBDA, "lambda", l.lineno(), l, null);
                visitParams(l.args());
                visitExpr(l.body());
                exit();
            }
            case Ast.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Ast.Dict d -> {
                visitExprs(d.keys());
                visitExprs(d.values());
            }
            case Ast.Set s -> visitExprs(s.elts());
            case Ast.ListComp c -> visitComprehension(c, Scope.Comprehension.LIST, c.generators(), c.elt(), null);
            case Ast.SetComp c -> visitComprehension(c, Scope.Comprehension.SET, c.generators(), c.elt(), null);
            case Ast.DictComp c ->
                    visitComprehension(c, Scope.Comprehension.DICT, c.generators(), c.key(), c.value());
            case Ast.GeneratorExp c ->
                    visitComprehension(c, Scope.Comprehension.GENERATOR, c.generators(), c.elt(), null);
            case Ast.Await a -> {
                raiseIfAnnotation("await expression", a);
                visitExpr(a.value());
                cur.coroutine = true;
            }
            case Ast.Yield y -> {
                raiseIfAnnotation("yield expression", y);
                visitOptional(y.value());
                cur.generator = true;
                raiseIfComprehension(y);
            }
            case Ast.YieldFrom y -> {
                raiseIfAnnotation("yield expression", y);
                visitExpr(y.value());
                cur.generator = true;
                raiseIfComprehension(y);
            }
            case Ast.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Ast.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                for (Ast.Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
            }
            case Ast.FormattedValue f -> {
                visitExpr(f.value());
                visitOptional(f.formatSpec());
            }
            case Ast.JoinedStr j -> visitExprs(j.values());
            case Ast.Constant c -> { }
            case Ast.Attribute a -> visitExpr(a.value());
            case Ast.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Ast.Starred s -> visitExpr(s.value());
            case Ast.Slice s -> {
                visitOptional(s.lower());
                visitOptional(s.upper());
                visitOptional(s.step());
            }
            case Ast.Name n -> {
                boolean load = n.ctx() == Ast.ExprContext.Load;
                cur.symbolByNode.put(n, addDef(n.id(), load ? Symbol.USE : Symbol.LOCAL, n));
                // super() without arguments reads the method's __class__ cell.
                if (load && cur.kind.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", Symbol.USE, n);
                }
            }
            case Ast.List l -> visitExprs(l.elts());
            case Ast.Tuple t -> visitExprs(t.elts());
        }
    }

    private void raiseIfAnnotation(String what, Ast.Expr e) throws ParseError {
        if (cur.kind == Scope.Kind.ANNOTATION) {
            throw error("'" + what + "' can not be used within an annotation", e);
        }
    }

    private void raiseIfComprehension(Ast.Expr e) throws ParseError {
        if (cur.comprehension == null) {
            return;
        }
        throw error(switch (cur.comprehension) {
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            case GENERATOR -> "'yield' inside generator expression";
        }, e);
    }

    /**
     * The target of a walrus in a comprehension binds in the nearest enclosing function or module:
     * the comprehension declares it nonlocal (or global) and that scope binds it.
     */
    private void extendNamedExprScope(Ast.Name target) throws ParseError {
        String name = target.id();
        for (Scope scope = cur; scope != null; scope = scope.parent) {
            if (scope.comprehension != null) {
                if ((flagsOf(scope, name) & Symbol.COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target);
                }
                continue;
            }
            if (scope.kind.isFunctionLike()) {
                boolean global = (flagsOf(scope, name) & Symbol.GLOBAL) != 0;
                addDef(name, global ? Symbol.GLOBAL : Symbol.NONLOCAL, target);
                cur.directives.add(new Scope.Directive(Scope.mangle(privateName, name), target));
                addDef(scope, name, Symbol.LOCAL, target);
                return;
            }
            if (scope.kind == Scope.Kind.MODULE) {
                addDef(name, Symbol.GLOBAL, target);
                cur.directives.add(new Scope.Directive(Scope.mangle(privateName, name), target));
                addDef(scope, name, Symbol.GLOBAL, target);
                return;
            }
            if (scope.kind == Scope.Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", target);
            }
        }
    }

    private void visitComprehension(Ast.Expr e, Scope.Comprehension kind, List<Ast.Comprehension> generators,
                                    Ast.Expr elt, Ast.Expr value) throws ParseError {
        Ast.Comprehension outermost = generators.getFirst();
        // The first iterable is evaluated in the enclosing scope and passed in as ".0".
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        String name = switch (kind) {
            case LIST -> "listcomp";
            case SET -> "setcomp";
            case DICT -> "dictcomp";
            case GENERATOR -> "genexpr";
        };
        Scope scope = enter(Scope.Kind.COMPREHENSION, name, e.lineno(), e, kind);
        if (outermost.isAsync() != 0) {
            scope.coroutine = true;
        }
        addDef(".0", Symbol.PARAM, e);
        scope.compIterTarget = true;
        visitExpr(outermost.target());
        scope.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Ast.Comprehension g = generators.get(i);
            scope.compIterTarget = true;
            visitExpr(g.target());
            scope.compIterTarget = false;
            scope.compIterExpr++;
            visitExpr(g.iter());
            scope.compIterExpr--;
            visitExprs(g.ifs());
            if (g.isAsync() != 0) {
                scope.coroutine = true;
            }
        }
        // CPython visits a dict comprehension's value before its key.
        visitOptional(value);
        visitExpr(elt);
        boolean generator = kind == Scope.Comprehension.GENERATOR;
        scope.generator = generator;
        exit();
        // Awaiting inside a list, set or dict comprehension makes the enclosing code a coroutine.
        if (scope.coroutine && !generator) {
            cur.coroutine = true;
        }
    }

    // ---- Pass 2: resolve every name (CPython's analyze_block) ----

    /**
     * Resolves the names of {@code scope}. {@code bound} holds the names bound by enclosing
     * functions (null at module level), {@code global} the names declared global above; the
     * free variables of this scope and its children are added to {@code free}.
     */
    private void analyzeBlock(Scope scope, Set<String> bound, Set<String> free, Set<String> global)
            throws ParseError {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Symbol.Resolution[] resolved = new Symbol.Resolution[scope.symbols.size()];
        // A class body's names are invisible to the functions inside it.
        if (scope.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        int index = 0;
        for (Symbol symbol : scope.symbols.values()) {
            resolved[index++] = analyzeName(scope, symbol, bound, local, free, global);
        }
        if (scope.kind != Scope.Kind.CLASS) {
            if (scope.kind.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : scope.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.hasFree || child.childFree) {
                scope.childFree = true;
            }
        }
        newFree.addAll(allFree);
        index = 0;
        for (Symbol symbol : scope.symbols.values()) {
            symbol.resolution = resolved[index++];
        }
        if (scope.kind.isFunctionLike()) {
            // Locals captured by nested scopes become cells.
            for (Symbol symbol : scope.symbols.values()) {
                if (symbol.resolution == Symbol.Resolution.LOCAL && newFree.remove(symbol.name)) {
                    symbol.resolution = Symbol.Resolution.CELL;
                }
            }
        } else if (scope.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
            scope.needsClassClosure = true;
        }
        updateSymbols(scope, bound, newFree);
        free.addAll(newFree);
    }

    private Symbol.Resolution analyzeName(Scope scope, Symbol symbol, Set<String> bound, Set<String> local,
                                          Set<String> free, Set<String> global) throws ParseError {
        String name = symbol.name;
        int flags = symbol.flags;
        if ((flags & Symbol.GLOBAL) != 0) {
            if ((flags & Symbol.NONLOCAL) != 0) {
                throw errorAtDirective(scope, name, "name '" + name + "' is nonlocal and global");
            }
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return Symbol.Resolution.GLOBAL_EXPLICIT;
        }
        if ((flags & Symbol.NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(scope, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(scope, name, "no binding for nonlocal '" + name + "' found");
            }
            scope.hasFree = true;
            free.add(name);
            return Symbol.Resolution.FREE;
        }
        if ((flags & Symbol.BOUND) != 0) {
            local.add(name);
            global.remove(name);
            return Symbol.Resolution.LOCAL;
        }
        if (bound != null && bound.contains(name)) {
            scope.hasFree = true;
            free.add(name);
            return Symbol.Resolution.FREE;
        }
        if (scope.nested) {
            scope.hasFree = true;
        }
        // Found in a global declaration above or not: either way a global (CPython says implicit).
        return Symbol.Resolution.GLOBAL_IMPLICIT;
    }

    private ParseError errorAtDirective(Scope scope, String name, String msg) {
        for (Scope.Directive d : scope.directives) {
            if (d.name().equals(name)) {
                return error(msg, d.at());
            }
        }
        return syntaxError(msg, filename, scope.lineno, 0, scope.lineno, -1);
    }

    /** Adds the free variables of children that only pass through this scope (CPython's update_symbols). */
    private static void updateSymbols(Scope scope, Set<String> bound, Set<String> free) {
        for (String name : sortedForDeterminism(free)) {
            Symbol symbol = scope.symbols.get(name);
            if (symbol != null) {
                // A method's free variable that the class body binds too: the class passes the cell on.
                if (scope.kind == Scope.Kind.CLASS && (symbol.flags & (Symbol.BOUND | Symbol.GLOBAL)) != 0) {
                    symbol.flags |= Symbol.FREE_CLASS;
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbol = new Symbol(name);
            symbol.resolution = Symbol.Resolution.FREE;
            scope.symbols.put(name, symbol);
        }
    }

    private static List<String> sortedForDeterminism(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }

    // ---- Slots for the engine ----

    private static void layOutSlots(Scope scope) {
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        for (Symbol symbol : scope.symbols.values()) {
            if (symbol.resolution == Symbol.Resolution.CELL) {
                cells.add(symbol.name);
            } else if (symbol.resolution == Symbol.Resolution.FREE || (symbol.flags & Symbol.FREE_CLASS) != 0) {
                frees.add(symbol.name);
            }
        }
        cells.sort(null);
        frees.sort(null);
        if (scope.needsClassClosure) {
            cells.addFirst("__class__");
        }
        if (scope.kind.isFunctionLike()) {
            List<String> varnames = new ArrayList<>(scope.params);
            for (Symbol symbol : scope.symbols.values()) {
                boolean isLocal = symbol.resolution == Symbol.Resolution.LOCAL
                        || symbol.resolution == Symbol.Resolution.CELL;
                if (isLocal && !symbol.isParameter()) {
                    varnames.add(symbol.name);
                }
            }
            for (int i = 0; i < varnames.size(); i++) {
                scope.symbols.get(varnames.get(i)).localSlot = i;
            }
            scope.varnames = List.copyOf(varnames);
        }
        for (int i = 0; i < cells.size(); i++) {
            Symbol symbol = scope.symbols.get(cells.get(i));
            if (symbol != null) {
                symbol.cellSlot = i;
            }
        }
        for (int i = 0; i < frees.size(); i++) {
            scope.symbols.get(frees.get(i)).cellSlot = cells.size() + i;
        }
        scope.cellvars = List.copyOf(cells);
        scope.freevars = List.copyOf(frees);
        for (Scope child : scope.children) {
            layOutSlots(child);
        }
    }
}
