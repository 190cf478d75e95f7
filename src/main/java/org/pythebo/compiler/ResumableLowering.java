package org.pythebo.compiler;

import java.lang.reflect.RecordComponent;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.pythebo.compiler.nodes.Resumable;
import org.pythebo.compiler.nodes.Stmts;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.StmtNode;

/**
 * Lowers a generator function's body to re-entrant nodes ({@link Resumable}) when every yield in
 * it stands where a re-entrant node can resume it: as a statement ({@code yield v},
 * {@code yield from it}) or the whole value of an assignment, inside blocks, if, while, for and
 * with bodies and try bodies. Any other generator keeps the continuation-based lowering.
 * Statements without a yield lower as usual; the {@link Compiler} asks this lowering first for
 * each block and statement while it is active.
 */
final class ResumableLowering {
    private final Compiler compiler;
    private final Map<Object, Boolean> yieldCache = new IdentityHashMap<>();
    /** Resume points handed out so far: the frame's resumeAt/resumeState size. */
    int slots;

    ResumableLowering(Compiler compiler) {
        this.compiler = compiler;
    }

    /** Whether a generator body can be lowered re-entrantly. */
    static boolean eligible(List<Ast.Stmt> body) {
        return new ResumableLowering(null).eligibleBlock(body);
    }

    private boolean eligibleBlock(List<Ast.Stmt> body) {
        for (Ast.Stmt s : body) {
            if (!eligible(s)) {
                return false;
            }
        }
        return true;
    }

    private boolean eligible(Ast.Stmt s) {
        if (!containsYield(s)) {
            return true;
        }
        return switch (s) {
            case Ast.ExprStmt e -> isYield(e.value()) && !containsYield(operand(e.value()));
            case Ast.Assign a -> isYield(a.value()) && !containsYield(operand(a.value())) && !containsYield(a.targets());
            case Ast.If i -> !containsYield(i.test()) && eligibleBlock(i.body()) && eligibleBlock(i.orelse());
            case Ast.While w -> !containsYield(w.test()) && eligibleBlock(w.body()) && eligibleBlock(w.orelse());
            case Ast.For f -> !containsYield(f.target()) && !containsYield(f.iter()) && eligibleBlock(f.body())
                    && eligibleBlock(f.orelse());
            case Ast.With w -> !containsYield(w.items()) && eligibleBlock(w.body());
            case Ast.Try t -> !containsYield(t.handlers()) && !containsYield(t.orelse()) && !containsYield(t.finalbody())
                    && eligibleBlock(t.body());
            default -> false;
        };
    }

    private static boolean isYield(Ast.Expr e) {
        return e instanceof Ast.Yield || e instanceof Ast.YieldFrom;
    }

    private static Ast.Expr operand(Ast.Expr yield) {
        return yield instanceof Ast.Yield y ? y.value() : ((Ast.YieldFrom) yield).value();
    }

    /**
     * Whether a yield of this scope occurs in the node: everything but the bodies of nested
     * functions, lambdas and classes (their decorators, defaults and bases belong to this scope).
     */
    boolean containsYield(Object node) {
        if (node == null || node instanceof String || node instanceof Number) {
            return false;
        }
        if (isYieldNode(node)) {
            return true;
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                if (containsYield(o)) {
                    return true;
                }
            }
            return false;
        }
        if (!(node instanceof Record r)) {
            return false;
        }
        Boolean known = yieldCache.get(node);
        if (known != null) {
            return known;
        }
        boolean found = false;
        boolean nestedScope = node instanceof Ast.FunctionDef || node instanceof Ast.AsyncFunctionDef
                || node instanceof Ast.ClassDef || node instanceof Ast.Lambda;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (nestedScope && c.getName().equals("body") || c.getType().isPrimitive()) {
                continue;
            }
            try {
                if (containsYield(c.getAccessor().invoke(r))) {
                    found = true;
                    break;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("AST record " + r.getClass().getSimpleName() + " unreadable", e);
            }
        }
        yieldCache.put(node, found);
        return found;
    }

    private static boolean isYieldNode(Object node) {
        return node instanceof Ast.Yield || node instanceof Ast.YieldFrom;
    }

    /** The block's lowering when it holds a yield, else null (the compiler lowers it as usual). */
    StmtNode block(List<Ast.Stmt> body) {
        if (!containsYield(body)) {
            return null;
        }
        StmtNode[] out = new StmtNode[body.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compiler.stmt(body.get(i));
        }
        return new Resumable.Block(out, slots++);
    }

    /**
     * The statement's lowering when it holds a yield, else null. A try statement is also left to
     * the compiler: only its body may hold yields, and that body comes back here as a block.
     */
    StmtNode stmt(Ast.Stmt s) {
        if (!containsYield(s)) {
            return null;
        }
        return switch (s) {
            case Ast.ExprStmt e -> yieldLeaf(e.value(), null);
            case Ast.Assign a -> {
                Stmts.Target[] targets = new Stmts.Target[a.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = compiler.target(a.targets().get(i));
                }
                yield yieldLeaf(a.value(), targets);
            }
            case Ast.If i -> new Resumable.If(compiler.expr(i.test()), compiler.block(i.body()),
                    compiler.blockOrNull(i.orelse()), slots++);
            case Ast.While w -> new Resumable.While(compiler.expr(w.test()), compiler.block(w.body()),
                    compiler.blockOrNull(w.orelse()), slots++);
            case Ast.For f -> new Resumable.For(compiler.target(f.target()), compiler.iterable(f.iter()),
                    compiler.block(f.body()), compiler.blockOrNull(f.orelse()), slots++);
            case Ast.With w -> with(w.items(), 0, w.body());
            default -> null;
        };
    }

    private StmtNode yieldLeaf(Ast.Expr yield, Stmts.Target[] targets) {
        Ast.Expr operand = operand(yield);
        ExprNode value = operand == null ? null : compiler.expr(operand);
        return Compiler.at(new Resumable.Yield(value, targets, yield instanceof Ast.YieldFrom, slots++), yield);
    }

    /** {@code with a, b:} as nested one-manager statements, like the compiler's own lowering. */
    private StmtNode with(List<Ast.WithItem> items, int i, List<Ast.Stmt> body) {
        Ast.WithItem item = items.get(i);
        StmtNode inner;
        if (i + 1 < items.size()) {
            inner = new Resumable.Block(new StmtNode[] {Compiler.at(with(items, i + 1, body),
                    (Ast.Located) item.contextExpr())}, slots++);
        } else {
            inner = compiler.block(body);
        }
        return new Resumable.With(compiler.expr(item.contextExpr()),
                item.optionalVars() == null ? null : compiler.target(item.optionalVars()), inner, slots++);
    }
}
