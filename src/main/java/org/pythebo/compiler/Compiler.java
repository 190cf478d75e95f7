package org.pythebo.compiler;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.compiler.nodes.Exprs;
import org.pythebo.compiler.nodes.Generators;
import org.pythebo.compiler.nodes.ImportNodes;
import org.pythebo.compiler.nodes.Names;
import org.pythebo.compiler.nodes.Resumable;
import org.pythebo.compiler.nodes.Stmts;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Node;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.Singleton;

/**
 * Lowers a module's AST, with its scope analysis, into executable node trees: one {@link PyCode}
 * per module, class body, function, lambda and comprehension. Names become slot, cell, global or
 * namespace nodes according to their {@link Symbol.Resolution}; nodes carry source positions for
 * tracebacks (with the operator and bracket anchors CPython 3.11 underlines).
 */
public final class Compiler {
    private final String filename;
    private final String[] lines;
    private Scope scope;
    private String qualname;
    /** {@code from __future__ import annotations}: annotations become their source text, never evaluated. */
    private boolean futureAnnotations;
    /** While lowering a re-entrant generator body: the lowering that takes its yielding statements. */
    private ResumableLowering resumable;

    private Compiler(String filename, String[] lines) {
        this.filename = filename;
        this.lines = lines;
    }

    /** The code of a module; {@code source} gives the lines tracebacks show. */
    public static PyCode compileModule(Ast.Module module, Scope top, String filename, String source) {
        Compiler c = new Compiler(filename, source.split("\n", -1));
        c.scope = top;
        c.qualname = "";
        try {
            c.futureAnnotations = FutureFeatures.of(module, filename).annotations();
        } catch (ParseError e) {
            // Symtable.build has read the same future imports and reported any error in them.
            c.futureAnnotations = false;
        }
        PyCode code = new PyCode(PyCode.Kind.MODULE, "<module>", "<module>", filename, 1, new String[0], 0, 0, 0,
                false, false, new String[0], new String[0], new int[0], c.lines);
        code.body = c.namespaceBody(new ArrayList<>(), module.body(), null);
        return code;
    }

    // ---- statements ----

    StmtNode block(List<Ast.Stmt> body) {
        if (resumable != null) {
            StmtNode r = resumable.block(body);
            if (r != null) {
                return r;
            }
        }
        StmtNode[] out = new StmtNode[body.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = stmt(body.get(i));
        }
        return new Stmts.Block(out);
    }

    /**
     * What a for loop or a comprehension iterates: a set display of constants is the frozenset
     * constant CPython's AST optimizer folds it into (its order is that frozenset's).
     */
    ExprNode iterable(Ast.Expr e) {
        if (e instanceof Ast.Set s && s.elts().stream().allMatch(x -> x instanceof Ast.Constant)) {
            return at(new Exprs.FoldedFrozenSet(exprs(s.elts())), e);
        }
        return expr(e);
    }

    StmtNode blockOrNull(List<Ast.Stmt> body) {
        return body.isEmpty() ? null : block(body);
    }

    static <T extends Node> T at(T node, Ast.Located l) {
        node.at(l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
        return node;
    }

    /** Code CPython places at the start of a line with no columns (a body's prologue): no carets. */
    private static <T extends Node> T atLine(T node, int lineno) {
        node.lineno = lineno;
        node.endLineno = lineno;
        node.colOffset = 0;
        node.endColOffset = 0;
        return node;
    }

    StmtNode stmt(Ast.Stmt s) {
        if (resumable != null) {
            StmtNode r = resumable.stmt(s);
            if (r != null) {
                return r instanceof Resumable.Yield ? r : at(r, s);
            }
        }
        StmtNode n = switch (s) {
            case Ast.ExprStmt e -> new Stmts.ExprStmt(expr(e.value()));
            case Ast.Assign a -> {
                Stmts.Target[] targets = new Stmts.Target[a.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(a.targets().get(i));
                }
                yield new Stmts.Assign(targets, expr(a.value()));
            }
            case Ast.AugAssign a -> augAssign(a);
            case Ast.AnnAssign a -> annAssign(a);
            case Ast.Pass p -> new Stmts.Pass();
            case Ast.Break b -> new Stmts.Break();
            case Ast.Continue c -> new Stmts.Continue();
            case Ast.Return r -> new Stmts.Return(r.value() == null ? null : expr(r.value()));
            case Ast.If i -> new Stmts.If(expr(i.test()), block(i.body()), blockOrNull(i.orelse()));
            case Ast.While w -> new Stmts.While(expr(w.test()), block(w.body()), blockOrNull(w.orelse()));
            case Ast.For f -> new Stmts.For(target(f.target()), iterable(f.iter()), block(f.body()), blockOrNull(f.orelse()));
            case Ast.Raise r -> new Stmts.Raise(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
            case Ast.Try t -> tryStmt(t);
            case Ast.Assert a -> new Stmts.Assert(expr(a.test()), a.msg() == null ? null : expr(a.msg()));
            case Ast.Delete d -> {
                Stmts.Target[] targets = new Stmts.Target[d.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(d.targets().get(i));
                }
                yield new Stmts.Delete(targets);
            }
            case Ast.Global g -> new Stmts.Pass();
            case Ast.Nonlocal nl -> new Stmts.Pass();
            case Ast.FunctionDef fd -> functionDef(fd, fd.name(), fd.args(), fd.body(), fd.decoratorList());
            case Ast.ClassDef cd -> classDef(cd);
            case Ast.With w -> with(w.items(), 0, w.body());
            case Ast.Import im -> importStmt(im);
            case Ast.ImportFrom im -> importFrom(im);
            case Ast.AsyncFunctionDef fd -> functionDef(fd, fd.name(), fd.args(), fd.body(), fd.decoratorList());
            case Ast.AsyncFor f -> new Generators.AsyncFor(target(f.target()), expr(f.iter()), block(f.body()),
                    blockOrNull(f.orelse()));
            case Ast.AsyncWith w -> asyncWith(w.items(), 0, w.body());
            case Ast.Match m -> MatchCompiler.match(this, m);
            case Ast.TryStar t -> MatchCompiler.tryStar(this, t);
        };
        return at(n, s);
    }

    /**
     * {@code target: annotation [= value]} as CPython compiles it: the value is stored first; in
     * a module or class body a simple name's annotation is then evaluated and stored in
     * {@code __annotations__} (looked up by name), other targets only evaluate what they would
     * read; function bodies never evaluate annotations of their variables.
     */
    private StmtNode annAssign(Ast.AnnAssign a) {
        List<StmtNode> out = new ArrayList<>();
        if (a.value() != null) {
            out.add(at(new Stmts.Assign(new Stmts.Target[] {target(a.target())}, expr(a.value())), a));
        }
        boolean evaluated = scope.kind == Scope.Kind.MODULE || scope.kind == Scope.Kind.CLASS;
        switch (a.target()) {
            case Ast.Name n when a.simple() != 0 -> {
                if (evaluated) {
                    Symbol s = symbol(n, n.id());
                    String key = s != null ? s.name : n.id();
                    Stmts.ItemTarget entry = new Stmts.ItemTarget(at(new Names.LoadName("__annotations__"), a),
                            at(new Exprs.Const(key), a));
                    out.add(at(new Stmts.Assign(new Stmts.Target[] {at(entry, a)}, annotation(a.annotation())), a));
                }
            }
            case Ast.Attribute t when a.value() == null -> out.add(evaluateOnly(t.value()));
            case Ast.Subscript t when a.value() == null -> {
                out.add(evaluateOnly(t.value()));
                evaluateSlice(t.slice(), out);
            }
            default -> { }
        }
        if (a.simple() == 0 && evaluated && !futureAnnotations) {
            out.add(evaluateOnly(a.annotation()));
        }
        return out.size() == 1 ? out.get(0) : new Stmts.Block(out.toArray(new StmtNode[0]));
    }

    private StmtNode evaluateOnly(Ast.Expr e) {
        return at(new Stmts.ExprStmt(expr(e)), e);
    }

    /** The parts of an annotated subscript target's index, each evaluated as CPython checks them. */
    private void evaluateSlice(Ast.Expr slice, List<StmtNode> out) {
        switch (slice) {
            case Ast.Slice s -> {
                for (Ast.Expr part : new Ast.Expr[] {s.lower(), s.upper(), s.step()}) {
                    if (part != null) {
                        out.add(evaluateOnly(part));
                    }
                }
            }
            case Ast.Tuple t -> {
                for (Ast.Expr elt : t.elts()) {
                    evaluateSlice(elt, out);
                }
            }
            default -> out.add(evaluateOnly(slice));
        }
    }

    /** An annotation's value: evaluated here, or under PEP 563 its source text. */
    private ExprNode annotation(Ast.Expr e) {
        return futureAnnotations ? at(new Exprs.Const(Unparser.unparse(e)), e) : expr(e);
    }

    /**
     * Whether a body binds annotated names, so that it starts with SETUP_ANNOTATIONS: CPython
     * looks into the blocks of compound statements, not into nested functions or classes.
     */
    private static boolean hasAnnotations(List<Ast.Stmt> body) {
        for (Ast.Stmt s : body) {
            boolean found = switch (s) {
                case Ast.AnnAssign a -> true;
                case Ast.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Ast.AsyncFor f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Ast.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Ast.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Ast.With w -> hasAnnotations(w.body());
                case Ast.AsyncWith w -> hasAnnotations(w.body());
                case Ast.Try t -> handlersHaveAnnotations(t.handlers()) || hasAnnotations(t.body())
                        || hasAnnotations(t.finalbody()) || hasAnnotations(t.orelse());
                case Ast.TryStar t -> handlersHaveAnnotations(t.handlers()) || hasAnnotations(t.body())
                        || hasAnnotations(t.finalbody()) || hasAnnotations(t.orelse());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersHaveAnnotations(List<Ast.ExceptHandler> handlers) {
        for (Ast.ExceptHandler h : handlers) {
            if (hasAnnotations(h.body())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A module or class body after its prologue: SETUP_ANNOTATIONS when it has annotated names,
     * then the statements. In a class body a docstring is stored as {@code __doc__} (a module's
     * is bound by whoever runs it).
     */
    private StmtNode namespaceBody(List<StmtNode> prologue, List<Ast.Stmt> body, Ast.Located where) {
        List<StmtNode> out = new ArrayList<>(prologue);
        if (hasAnnotations(body)) {
            out.add(atLine(new Names.SetupAnnotations(), where != null ? where.lineno() : body.get(0).lineno()));
        }
        int first = 0;
        if (where != null && docstring(body) instanceof String doc) {
            Names.StoreName store = new Names.StoreName("__doc__");
            out.add(at(new Stmts.Assign(new Stmts.Target[] {new Stmts.NameTarget(store)}, new Exprs.Const(doc)),
                    (Ast.Located) body.get(0)));
            first = 1;
        }
        for (int i = first; i < body.size(); i++) {
            out.add(stmt(body.get(i)));
        }
        return new Stmts.Block(out.toArray(new StmtNode[0]));
    }

    private StmtNode augAssign(Ast.AugAssign a) {
        Arith.Op op = binop(a.op());
        ExprNode value = expr(a.value());
        return switch (a.target()) {
            case Ast.Name n -> new Stmts.AugAssign(at(loadName(n), n), storeName(n), op, value);
            case Ast.Attribute at -> new Stmts.AugAssign(expr(at.value()), attrName(at), null, op, value);
            case Ast.Subscript sub -> new Stmts.AugAssign(expr(sub.value()), null, expr(sub.slice()), op, value);
            default -> new Stmts.Unsupported("this augmented assignment target");
        };
    }

    private StmtNode tryStmt(Ast.Try t) {
        Stmts.Handler[] handlers = new Stmts.Handler[t.handlers().size()];
        for (int i = 0; i < handlers.length; i++) {
            Ast.ExceptHandler h = t.handlers().get(i);
            Names.Store name = h.name() == null ? null : storeFor(h.name(), null);
            handlers[i] = at(new Stmts.Handler(h.type() == null ? null : expr(h.type()), name, block(h.body())), h);
        }
        return new Stmts.Try(block(t.body()), handlers, blockOrNull(t.orelse()), blockOrNull(t.finalbody()));
    }

    private StmtNode with(List<Ast.WithItem> items, int i, List<Ast.Stmt> body) {
        Ast.WithItem item = items.get(i);
        StmtNode inner = i + 1 < items.size() ? with(items, i + 1, body) : block(body);
        if (i + 1 < items.size()) {
            inner = new Stmts.Block(new StmtNode[] {at(inner, (Ast.Located) item.contextExpr())});
        }
        return new Stmts.With(expr(item.contextExpr()), item.optionalVars() == null ? null : target(item.optionalVars()),
                inner);
    }

    private StmtNode asyncWith(List<Ast.WithItem> items, int i, List<Ast.Stmt> body) {
        Ast.WithItem item = items.get(i);
        StmtNode inner = i + 1 < items.size() ? asyncWith(items, i + 1, body) : block(body);
        if (i + 1 < items.size()) {
            inner = new Stmts.Block(new StmtNode[] {at(inner, (Ast.Located) item.contextExpr())});
        }
        return new Generators.AsyncWith(expr(item.contextExpr()),
                item.optionalVars() == null ? null : target(item.optionalVars()), inner);
    }

    private StmtNode importStmt(Ast.Import im) {
        StmtNode[] out = new StmtNode[im.names().size()];
        for (int i = 0; i < out.length; i++) {
            Ast.Alias a = im.names().get(i);
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            out[i] = at(new ImportNodes.Import(a.name(), new Stmts.NameTarget(storeFor(bound, null)), a.asname() != null), im);
        }
        return out.length == 1 ? out[0] : new Stmts.Block(out);
    }

    private StmtNode importFrom(Ast.ImportFrom im) {
        String module = im.module() == null ? "" : im.module();
        if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
            return new ImportNodes.ImportStar(module, im.level());
        }
        String[] names = new String[im.names().size()];
        Stmts.Target[] targets = new Stmts.Target[names.length];
        for (int i = 0; i < names.length; i++) {
            Ast.Alias a = im.names().get(i);
            names[i] = a.name();
            targets[i] = new Stmts.NameTarget(storeFor(a.asname() != null ? a.asname() : a.name(), null));
        }
        return new ImportNodes.ImportFrom(module, im.level(), names, targets);
    }

    // ---- functions and classes ----

    private String childQualname(String name) {
        return switch (scope.kind) {
            case MODULE -> name;
            case CLASS -> qualname + "." + name;
            default -> qualname + ".<locals>." + name;
        };
    }

    private static Object docstring(List<Ast.Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private StmtNode functionDef(Ast.Stmt fd, String name, Ast.Arguments args, List<Ast.Stmt> body,
                                 List<Ast.Expr> decorators) {
        Ast.Located where = (Ast.Located) fd;
        Exprs.MakeFunction make = makeFunction(scope.childFor(fd), name, args, body, null, where.lineno());
        Ast.Expr returns = fd instanceof Ast.FunctionDef f ? f.returns() : ((Ast.AsyncFunctionDef) fd).returns();
        annotations(make, args, returns);
        ExprNode value = at(make, where);
        if (!decorators.isEmpty()) {
            value = at(new Exprs.Decorate(exprs(decorators), make), where);
        }
        return new Stmts.Assign(new Stmts.Target[] {new Stmts.NameTarget(storeFor(name, null))}, value);
    }

    /** The def's annotations, in CPython's order (parameters as declared, then 'return'), evaluated in this scope. */
    private void annotations(Exprs.MakeFunction make, Ast.Arguments args, Ast.Expr returns) {
        List<Ast.Arg> params = new ArrayList<>(args.posonlyargs());
        params.addAll(args.args());
        if (args.vararg() != null) {
            params.add(args.vararg());
        }
        params.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            params.add(args.kwarg());
        }
        List<String> names = new ArrayList<>();
        List<ExprNode> values = new ArrayList<>();
        for (Ast.Arg a : params) {
            if (a.annotation() != null) {
                names.add(a.arg());
                values.add(annotation(a.annotation()));
            }
        }
        if (returns != null) {
            names.add("return");
            values.add(annotation(returns));
        }
        if (!names.isEmpty()) {
            make.annotate(names.toArray(new String[0]), values.toArray(new ExprNode[0]));
        }
    }

    /** Compiles a function-like scope and the node that creates its function object. */
    private Exprs.MakeFunction makeFunction(Scope child, String name, Ast.Arguments args, List<Ast.Stmt> body,
                                            Ast.Expr lambdaBody, int lineno) {
        List<ExprNode> defaults = new ArrayList<>();
        for (Ast.Expr d : args.defaults()) {
            defaults.add(expr(d));
        }
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Ast.Expr d = args.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(args.kwonlyargs().get(i).arg());
                kwValues.add(expr(d));
            }
        }
        String qn = childQualname(name);
        Scope saved = scope;
        String savedQual = qualname;
        scope = child;
        qualname = qn;
        PyCode code = newCode(PyCode.Kind.FUNCTION, name, qn, lineno, args);
        code.flavor = flavor(child);
        ResumableLowering savedResumable = resumable;
        resumable = lambdaBody == null && code.flavor == PyCode.Flavor.GENERATOR && ResumableLowering.eligible(body)
                ? new ResumableLowering(this) : null;
        if (lambdaBody != null) {
            code.body = at(new Stmts.Return(expr(lambdaBody)), lambdaBody);
        } else {
            code.body = block(body);
        }
        if (resumable != null) {
            code.resumeSlots = resumable.slots;
        }
        resumable = savedResumable;
        scope = saved;
        qualname = savedQual;
        return new Exprs.MakeFunction(code, defaults.toArray(new ExprNode[0]), kwNames.toArray(new String[0]),
                kwValues.toArray(new ExprNode[0]), closureFor(child), lambdaBody == null ? docOrNone(body) : Singleton.NONE);
    }

    /** An attribute's name as the code uses it: {@code obj.__x} inside class C reads {@code obj._C__x}. */
    private String attrName(Ast.Attribute a) {
        return Scope.mangle(scope.privateName, a.attr());
    }

    /** Whether calling the scope's function runs it or makes a generator, coroutine or async generator. */
    private static PyCode.Flavor flavor(Scope s) {
        if (s.isCoroutine()) {
            return s.isGenerator() ? PyCode.Flavor.ASYNC_GENERATOR : PyCode.Flavor.COROUTINE;
        }
        return s.isGenerator() ? PyCode.Flavor.GENERATOR : PyCode.Flavor.PLAIN;
    }

    private static Object docOrNone(List<Ast.Stmt> body) {
        Object d = docstring(body);
        return d == null ? Singleton.NONE : d;
    }

    private PyCode newCode(PyCode.Kind kind, String name, String qn, int lineno, Ast.Arguments args) {
        Scope s = scope;
        String[] varnames = s.varnames().toArray(new String[0]);
        int posonly = args == null ? 0 : args.posonlyargs().size();
        int argcount = args == null ? 0 : posonly + args.args().size();
        int kwonly = args == null ? 0 : args.kwonlyargs().size();
        String[] cellvars = s.cellvars().toArray(new String[0]);
        String[] freevars = s.freevars().toArray(new String[0]);
        int nparams = argcount + kwonly + (s.hasVarargs() ? 1 : 0) + (s.hasVarkeywords() ? 1 : 0);
        if (kind == PyCode.Kind.FUNCTION && args == null) {
            nparams = 1;
            argcount = 1;
        }
        int[] cellFromParam = new int[cellvars.length];
        for (int i = 0; i < cellvars.length; i++) {
            cellFromParam[i] = -1;
            for (int p = 0; p < nparams && p < varnames.length; p++) {
                if (varnames[p].equals(cellvars[i])) {
                    cellFromParam[i] = p;
                }
            }
        }
        return new PyCode(kind, name, qn, filename, lineno, varnames, argcount, posonly, kwonly, s.hasVarargs(),
                s.hasVarkeywords(), cellvars, freevars, cellFromParam, lines);
    }

    /** For each free variable of {@code child}: the index of the cell in the current frame. */
    private int[] closureFor(Scope child) {
        List<String> frees = child.freevars();
        int[] out = new int[frees.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cellIndex(scope, frees.get(i));
        }
        return out;
    }

    private static int cellIndex(Scope s, String name) {
        int i = s.cellvars().indexOf(name);
        if (i >= 0) {
            return i;
        }
        int j = s.freevars().indexOf(name);
        if (j < 0) {
            throw new IllegalStateException("no cell for " + name + " in " + s);
        }
        return s.cellvars().size() + j;
    }

    private StmtNode classDef(Ast.ClassDef cd) {
        Scope child = scope.childFor(cd);
        ExprNode[] bases = exprs(cd.bases());
        String[] kwnames = new String[cd.keywords().size()];
        ExprNode[] kwvalues = new ExprNode[kwnames.length];
        for (int i = 0; i < kwnames.length; i++) {
            Ast.Keyword k = cd.keywords().get(i);
            kwnames[i] = k.arg();
            kwvalues[i] = expr(k.value());
        }
        ExprNode[] decorators = exprs(cd.decoratorList());
        String qn = childQualname(cd.name());
        Scope saved = scope;
        String savedQual = qualname;
        scope = child;
        qualname = qn;
        PyCode body = newCode(PyCode.Kind.CLASS, cd.name(), qn, cd.lineno(), null);
        // The prologue CPython's class bodies start with: __module__ = __name__, __qualname__ = '...'.
        int line = cd.lineno();
        List<StmtNode> prologue = List.of(
                atLine(new Stmts.Assign(new Stmts.Target[] {new Stmts.NameTarget(new Names.StoreName("__module__"))},
                        atLine(new Names.LoadName("__name__"), line)), line),
                atLine(new Stmts.Assign(new Stmts.Target[] {new Stmts.NameTarget(new Names.StoreName("__qualname__"))},
                        new Exprs.Const(qn)), line));
        body.body = namespaceBody(prologue, cd.body(), cd);
        scope = saved;
        qualname = savedQual;
        Exprs.MakeFunction make = at(new Exprs.MakeFunction(body, new ExprNode[0], new String[0], new ExprNode[0],
                closureFor(child), Singleton.NONE), cd);
        Stmts.Target target = new Stmts.NameTarget(storeFor(cd.name(), null));
        return new Stmts.ClassDef(cd.name(), make, bases, kwnames, kwvalues, decorators, target);
    }

    // ---- names ----

    private Symbol symbol(Ast.Node node, String id) {
        Symbol s = node == null ? null : scope.symbolOf(node);
        return s != null ? s : scope.lookup(id);
    }

    private ExprNode loadName(Ast.Name n) {
        Symbol s = symbol(n, n.id());
        String name = s != null ? s.name : n.id();
        Symbol.Resolution r = s != null ? s.resolution() : Symbol.Resolution.GLOBAL_IMPLICIT;
        if (scope.kind.isFunctionLike()) {
            return switch (r) {
                case LOCAL -> new Names.LoadLocal(s.localSlot(), name);
                case CELL -> new Names.LoadCell(cellIndex(scope, name), name, false);
                case FREE -> new Names.LoadCell(cellIndex(scope, name), name, true);
                default -> new Names.LoadGlobal(name);
            };
        }
        if (scope.kind == Scope.Kind.CLASS) {
            return switch (r) {
                case GLOBAL_EXPLICIT -> new Names.LoadGlobal(name);
                case FREE -> new Names.LoadClassDeref(name, cellIndex(scope, name));
                default -> new Names.LoadName(name);
            };
        }
        return new Names.LoadName(name);
    }

    private Names.Store storeName(Ast.Name n) {
        return storeFor(n.id(), n);
    }

    Names.Store storeFor(String id, Ast.Node node) {
        Symbol s = symbol(node, id);
        String name = s != null ? s.name : id;
        Symbol.Resolution r = s != null ? s.resolution() : Symbol.Resolution.LOCAL;
        if (scope.kind.isFunctionLike()) {
            return switch (r) {
                case LOCAL -> new Names.StoreLocal(s.localSlot(), name);
                case CELL, FREE -> new Names.StoreCell(cellIndex(scope, name), name);
                default -> new Names.StoreGlobal(name);
            };
        }
        if (scope.kind == Scope.Kind.CLASS) {
            return switch (r) {
                case GLOBAL_EXPLICIT -> new Names.StoreGlobal(name);
                case FREE, CELL -> new Names.StoreCell(cellIndex(scope, name), name);
                default -> new Names.StoreName(name);
            };
        }
        return new Names.StoreName(name);
    }

    // ---- targets ----

    Stmts.Target target(Ast.Expr e) {
        Stmts.Target t = switch (e) {
            case Ast.Name n -> new Stmts.NameTarget(storeName(n));
            case Ast.Attribute a -> new Stmts.AttrTarget(expr(a.value()), attrName(a));
            case Ast.Subscript s -> {
                Stmts.ItemTarget it = new Stmts.ItemTarget(expr(s.value()), expr(s.slice()));
                subscriptAnchors(it, s);
                yield it;
            }
            case Ast.Tuple tu -> unpack(tu.elts());
            case Ast.List l -> unpack(l.elts());
            case Ast.Starred s -> target(s.value());
            default -> throw new IllegalStateException("not an assignment target: " + e);
        };
        if (!(t.lineno > 0)) {
            at(t, e);
        }
        return t;
    }

    private Stmts.Target unpack(List<Ast.Expr> elts) {
        Stmts.Target[] targets = new Stmts.Target[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            if (elts.get(i) instanceof Ast.Starred) {
                star = i;
            }
            targets[i] = target(elts.get(i));
        }
        return new Stmts.UnpackTarget(targets, star);
    }

    // ---- expressions ----

    private ExprNode[] exprs(List<Ast.Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    private static Arith.Op binop(Ast.Operator op) {
        return switch (op) {
            case Add -> Arith.Op.ADD;
            case Sub -> Arith.Op.SUB;
            case Mult -> Arith.Op.MUL;
            case MatMult -> Arith.Op.MATMUL;
            case Div -> Arith.Op.TRUEDIV;
            case Mod -> Arith.Op.MOD;
            case Pow -> Arith.Op.POW;
            case LShift -> Arith.Op.LSHIFT;
            case RShift -> Arith.Op.RSHIFT;
            case BitOr -> Arith.Op.OR;
            case BitXor -> Arith.Op.XOR;
            case BitAnd -> Arith.Op.AND;
            case FloorDiv -> Arith.Op.FLOORDIV;
        };
    }

    private static int cmpop(Ast.CmpOperator op) {
        return switch (op) {
            case Lt -> Compare.LT;
            case LtE -> Compare.LE;
            case Eq -> Compare.EQ;
            case NotEq -> Compare.NE;
            case Gt -> Compare.GT;
            case GtE -> Compare.GE;
            case Is -> 6;
            case IsNot -> 7;
            case In -> 8;
            case NotIn -> 9;
        };
    }

    ExprNode expr(Ast.Expr e) {
        ExprNode n = switch (e) {
            case Ast.Constant c -> constant(c.value());
            case Ast.Name n2 -> loadName(n2);
            case Ast.BinOp b -> {
                ExprNode l = expr(b.left());
                ExprNode r = expr(b.right());
                ExprNode node = switch (b.op()) {
                    case Add -> new Exprs.Add(l, r);
                    case Sub -> new Exprs.Sub(l, r);
                    default -> new Exprs.BinOp(l, binop(b.op()), r);
                };
                binOpAnchors(node, b);
                yield node;
            }
            case Ast.UnaryOp u -> new Exprs.Unary(switch (u.op()) {
                case Not -> Exprs.Unary.Kind.NOT;
                case USub -> Exprs.Unary.Kind.NEG;
                case UAdd -> Exprs.Unary.Kind.POS;
                case Invert -> Exprs.Unary.Kind.INVERT;
            }, expr(u.operand()));
            case Ast.BoolOp b -> b.op() == Ast.BoolOperator.And ? new Exprs.And(exprs(b.values())) : new Exprs.Or(exprs(b.values()));
            case Ast.Compare c -> {
                if (c.ops().size() == 1) {
                    yield new Exprs.Cmp(expr(c.left()), cmpop(c.ops().get(0)), expr(c.comparators().get(0)));
                }
                ExprNode[] operands = new ExprNode[c.ops().size() + 1];
                operands[0] = expr(c.left());
                int[] ops = new int[c.ops().size()];
                for (int i = 0; i < ops.length; i++) {
                    ops[i] = cmpop(c.ops().get(i));
                    operands[i + 1] = expr(c.comparators().get(i));
                }
                yield new Exprs.ChainedCmp(operands, ops);
            }
            case Ast.IfExp i -> new Exprs.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Ast.Call c -> call(c);
            case Ast.Attribute a -> new Exprs.Attribute(expr(a.value()), attrName(a));
            case Ast.Subscript s -> {
                Exprs.Subscript node = new Exprs.Subscript(expr(s.value()), expr(s.slice()));
                subscriptAnchors(node, s);
                yield node;
            }
            case Ast.Slice s -> new Exprs.Slice(s.lower() == null ? null : expr(s.lower()),
                    s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
            case Ast.List l -> new Exprs.ListDisplay(exprs(l.elts()));
            case Ast.Tuple t -> new Exprs.TupleDisplay(exprs(t.elts()));
            // CPython folds a display of more than two constants into a frozenset constant that
            // the new set is updated from, so the set's order is the frozenset's.
            case Ast.Set s -> new Exprs.SetDisplay(exprs(s.elts()),
                    s.elts().size() > 2 && s.elts().stream().allMatch(x -> x instanceof Ast.Constant));
            case Ast.Dict d -> {
                ExprNode[] keys = new ExprNode[d.keys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                }
                yield new Exprs.DictDisplay(keys, exprs(d.values()));
            }
            case Ast.Starred s -> new Exprs.Starred(expr(s.value()));
            case Ast.JoinedStr j -> new Exprs.JoinedStr(exprs(j.values()));
            case Ast.FormattedValue fv -> new Exprs.FormattedValue(expr(fv.value()), fv.conversion(),
                    fv.formatSpec() == null ? null : expr(fv.formatSpec()));
            case Ast.NamedExpr ne -> new Exprs.NamedExpr(storeName((Ast.Name) ne.target()), expr(ne.value()));
            case Ast.Lambda l -> makeFunction(scope.childFor(l), "<lambda>", l.args(), null, l.body(), l.lineno());
            case Ast.ListComp lc -> comprehension(lc, lc.generators(), lc.elt(), null, Exprs.ComprehensionBody.Kind.LIST, false);
            case Ast.SetComp sc -> comprehension(sc, sc.generators(), sc.elt(), null, Exprs.ComprehensionBody.Kind.SET, false);
            case Ast.DictComp dc -> comprehension(dc, dc.generators(), dc.key(), dc.value(), Exprs.ComprehensionBody.Kind.DICT,
                    false);
            case Ast.GeneratorExp ge -> comprehension(ge, ge.generators(), ge.elt(), null,
                    Exprs.ComprehensionBody.Kind.GENERATOR, true);
            case Ast.Await a -> new Generators.Await(expr(a.value()));
            case Ast.Yield y -> new Generators.Yield(y.value() == null ? new Exprs.Const(Singleton.NONE) : expr(y.value()));
            case Ast.YieldFrom y -> new Generators.YieldFrom(expr(y.value()));
        };
        if (n.lineno == 0) {
            at(n, e);
        }
        return n;
    }

    private ExprNode constant(Object v) {
        return switch (v) {
            case Long l -> new Exprs.Const(l);
            case BigInteger b -> new Exprs.Const(Arith.norm(b));
            case Double d -> new Exprs.Const(d);
            case String s -> new Exprs.Const(s);
            case Boolean b -> new Exprs.Const(b);
            case Ast.Singleton s -> new Exprs.Const(s == Ast.Singleton.NONE ? Singleton.NONE : Singleton.ELLIPSIS);
            case byte[] b -> new Exprs.Const(org.pythebo.runtime.bytes.PyBytes.of(b));
            case Ast.Imaginary i -> new Exprs.Const(new org.pythebo.runtime.numbers.PyComplex(0.0, i.imag()));
            // A tree built by Python code may hold any constant object (a tuple, a complex number).
            case PyObject o -> new Exprs.Const(o);
            default -> new Exprs.Unsupported("this constant");
        };
    }

    private ExprNode call(Ast.Call c) {
        boolean complex = false;
        for (Ast.Expr a : c.args()) {
            if (a instanceof Ast.Starred) {
                complex = true;
            }
        }
        for (Ast.Keyword k : c.keywords()) {
            if (k.arg() == null) {
                complex = true;
            }
        }
        String[] kwnames = new String[c.keywords().size()];
        ExprNode[] kwvalues = new ExprNode[kwnames.length];
        for (int i = 0; i < kwnames.length; i++) {
            kwnames[i] = c.keywords().get(i).arg();
            kwvalues[i] = expr(c.keywords().get(i).value());
        }
        if (complex) {
            return new Exprs.CallEx(expr(c.func()), exprs(c.args()), kwnames, kwvalues);
        }
        ExprNode[] args = new ExprNode[c.args().size() + kwnames.length];
        ExprNode[] pos = exprs(c.args());
        System.arraycopy(pos, 0, args, 0, pos.length);
        System.arraycopy(kwvalues, 0, args, pos.length, kwvalues.length);
        String[] names = kwnames.length == 0 ? null : kwnames;
        if (c.func() instanceof Ast.Attribute a) {
            Node attrNode = at(new Exprs.Const(Singleton.NONE), a);
            return new Exprs.CallMethod(expr(a.value()), attrName(a), args, names, attrNode);
        }
        return new Exprs.Call(expr(c.func()), args, names);
    }

    private ExprNode comprehension(Ast.Expr node, List<Ast.Comprehension> gens, Ast.Expr elt, Ast.Expr value,
                                   Exprs.ComprehensionBody.Kind kind, boolean generator) {
        Scope child = scope.childFor(node);
        ExprNode firstIter = iterable(gens.get(0).iter());
        String name = switch (kind) {
            case LIST -> "<listcomp>";
            case GENERATOR -> "<genexpr>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
        };
        String qn = childQualname(name);
        Scope saved = scope;
        String savedQual = qualname;
        scope = child;
        qualname = qn;
        PyCode code = newCode(PyCode.Kind.FUNCTION, name, qn, node.lineno(), null);
        code.flavor = flavor(child);
        Stmts.Target[] targets = new Stmts.Target[gens.size()];
        ExprNode[] iters = new ExprNode[gens.size()];
        ExprNode[][] conditions = new ExprNode[gens.size()][];
        boolean[] async = new boolean[gens.size()];
        for (int i = 0; i < targets.length; i++) {
            Ast.Comprehension g = gens.get(i);
            async[i] = g.isAsync() != 0;
            if (i > 0) {
                iters[i] = iterable(g.iter());
            }
            targets[i] = target(g.target());
            conditions[i] = exprs(g.ifs());
        }
        ExprNode eltNode = expr(elt);
        ExprNode valueNode = value == null ? null : expr(value);
        boolean anyAsync = false;
        for (boolean a : async) {
            anyAsync |= a;
        }
        if (code.flavor == PyCode.Flavor.GENERATOR && !anyAsync) {
            code.body = at(new Resumable.GenExp(targets, iters, conditions, eltNode), node);
            code.resumeSlots = 1;
        } else {
            Exprs.ComprehensionBody body = at(new Exprs.ComprehensionBody(kind, targets, iters, conditions, eltNode,
                    valueNode, async), node);
            code.body = at(new Stmts.Return(body), node);
        }
        scope = saved;
        qualname = savedQual;
        Exprs.MakeFunction make = new Exprs.MakeFunction(code, new ExprNode[0], new String[0], new ExprNode[0],
                closureFor(child), Singleton.NONE);
        return new Exprs.Comprehension(make, firstIter, generator, async[0]);
    }

    // ---- caret anchors (CPython 3.11's traceback underlines) ----

    /** The line's text, or null. */
    private String line(int lineno) {
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
    }

    private static int charIndex(String line, int byteCol) {
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int byteCol(String line, int charIndex) {
        return line.substring(0, Math.min(charIndex, line.length())).getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code ~~~^~~~}: the operator between the operands, skipping spaces and closing parentheses. */
    private void binOpAnchors(Node node, Ast.BinOp b) {
        String text = line(b.lineno());
        if (text == null || b.endLineno() != b.lineno() || b.left().endLineno() != b.lineno()) {
            return;
        }
        int i = charIndex(text, b.left().endColOffset());
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ')'
                || text.charAt(i) == '#')) {
            i++;
        }
        int end = i + 1;
        if (end < text.length() && !Character.isWhitespace(text.charAt(end)) && isOperatorChar(text.charAt(end))) {
            end++;
        }
        node.anchorStart = byteCol(text, i);
        node.anchorEnd = byteCol(text, end);
    }

    private static boolean isOperatorChar(char c) {
        return "*/<>=".indexOf(c) >= 0;
    }

    /** {@code ~~~^^^^}: from the opening bracket to the closing one. */
    private void subscriptAnchors(Node node, Ast.Subscript s) {
        String text = line(s.lineno());
        if (text == null || s.endLineno() != s.lineno() || s.value().endLineno() != s.lineno()) {
            return;
        }
        int i = charIndex(text, s.value().endColOffset());
        while (i < text.length() && text.charAt(i) != '[') {
            i++;
        }
        int end = charIndex(text, s.endColOffset());
        node.anchorStart = byteCol(text, i);
        node.anchorEnd = byteCol(text, end);
    }
}
