package org.pythebo.parser.ast;

/**
 * The abstract syntax tree, node for node the one of CPython 3.11's {@code ast} module:
 * the same classes, the same fields in the same order, and the same positions
 * ({@code lineno}, {@code col_offset} in UTF-8 bytes, {@code end_lineno}, {@code end_col_offset}).
 *
 * <p>Nodes are immutable records. A field that Python declares optional ({@code expr?})
 * is {@code null} when absent; list fields are never null. Python's lower-case classes
 * ({@code arg}, {@code keyword}, ...) are capitalised here, and the statement
 * {@code ast.Expr} is {@link ExprStmt} so that it does not clash with the {@link Expr} sum type.
 *
 * <p>{@link Constant#value()} holds {@link Long} or {@link java.math.BigInteger} for int,
 * {@link Double} for float, {@link Imaginary} for an imaginary literal, {@link String} for str
 * (or {@link StrWithSurrogates} where a String cannot hold it), {@code byte[]} for bytes, {@link Boolean}, or a {@link Singleton} for None and Ellipsis.
 */
public final class Ast {
    private Ast() {}

    /** Every node; {@link #accept} dispatches to the matching {@link Visitor} method. */
    public sealed interface Node {
        <R> R accept(Visitor<R> v);
    }

    /** Nodes that carry source positions. */
    public sealed interface Located extends Node {
        int lineno();
        int colOffset();
        int endLineno();
        int endColOffset();
    }

    /** Constants with no Java counterpart. */
    public enum Singleton { NONE, ELLIPSIS }

    /** The value of an imaginary literal such as {@code 2j}. */
    public record Imaginary(double imag) {}

    /**
     * A str that a Java String cannot hold exactly: one where an escaped surrogate code point
     * stands next to another surrogate ({@code '\ud800\udc00'} is two code points in Python, while
     * a String would read the pair as one character).
     */
    public record StrWithSurrogates(int[] codePoints) {}

    public enum ExprContext { Load, Store, Del }

    public enum BoolOperator { And, Or }

    public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

    public enum UnaryOperator { Invert, Not, UAdd, USub }

    public enum CmpOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

    public sealed interface Mod extends Node {}
    public record Module(java.util.List<Stmt> body, java.util.List<TypeIgnore> typeIgnores) implements Mod {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Interactive(java.util.List<Stmt> body) implements Mod {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Expression(Expr body) implements Mod {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record FunctionType(java.util.List<Expr> argtypes, Expr returns) implements Mod {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public sealed interface Stmt extends Located {}
    public record FunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<Expr> decoratorList, Expr returns, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<Expr> decoratorList, Expr returns, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record ClassDef(String name, java.util.List<Expr> bases, java.util.List<Keyword> keywords, java.util.List<Stmt> body, java.util.List<Expr> decoratorList, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Return(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Delete(java.util.List<Expr> targets, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Assign(java.util.List<Expr> targets, Expr value, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record AugAssign(Expr target, Operator op, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record AnnAssign(Expr target, Expr annotation, Expr value, int simple, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record For(Expr target, Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record AsyncFor(Expr target, Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record While(Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record If(Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record With(java.util.List<WithItem> items, java.util.List<Stmt> body, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Match(Expr subject, java.util.List<MatchCase> cases, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Raise(Expr exc, Expr cause, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Assert(Expr test, Expr msg, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Import(java.util.List<Alias> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record ImportFrom(String module, java.util.List<Alias> names, int level, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Global(java.util.List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Nonlocal(java.util.List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    /** Python's {@code ast.Expr}: an expression used as a statement. */
    public record ExprStmt(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Pass(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Break(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Continue(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public sealed interface Expr extends Located {}
    public record BoolOp(BoolOperator op, java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record NamedExpr(Expr target, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record BinOp(Expr left, Operator op, Expr right, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record UnaryOp(UnaryOperator op, Expr operand, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Lambda(Arguments args, Expr body, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record IfExp(Expr test, Expr body, Expr orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Set(java.util.List<Expr> elts, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record ListComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record SetComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Await(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Yield(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record YieldFrom(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Compare(Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record FormattedValue(Expr value, int conversion, Expr formatSpec, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record JoinedStr(java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Constant(Object value, String kind, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Attribute(Expr value, String attr, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Subscript(Expr value, Expr slice, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Starred(Expr value, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Name(String id, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record List(java.util.List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Tuple(java.util.List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Slice(Expr lower, Expr upper, Expr step, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public sealed interface Pattern extends Located {}
    public record MatchValue(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record MatchSingleton(Object value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record MatchSequence(java.util.List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, String rest, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwdAttrs, java.util.List<Pattern> kwdPatterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record MatchStar(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record MatchAs(Pattern pattern, String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record MatchOr(java.util.List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record ExceptHandler(Expr type, String name, java.util.List<Stmt> body, int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, Arg vararg, java.util.List<Arg> kwonlyargs, java.util.List<Expr> kwDefaults, Arg kwarg, java.util.List<Expr> defaults) implements Node {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Arg(String arg, Expr annotation, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Keyword(String arg, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Alias(String name, String asname, int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record MatchCase(Pattern pattern, Expr guard, java.util.List<Stmt> body) implements Node {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record Comprehension(Expr target, Expr iter, java.util.List<Expr> ifs, int isAsync) implements Node {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }
    public record TypeIgnore(int lineno, String tag) implements Node {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    public interface Visitor<R> {
        R visit(Module node);
        R visit(Interactive node);
        R visit(Expression node);
        R visit(FunctionType node);
        R visit(FunctionDef node);
        R visit(AsyncFunctionDef node);
        R visit(ClassDef node);
        R visit(Return node);
        R visit(Delete node);
        R visit(Assign node);
        R visit(AugAssign node);
        R visit(AnnAssign node);
        R visit(For node);
        R visit(AsyncFor node);
        R visit(While node);
        R visit(If node);
        R visit(With node);
        R visit(AsyncWith node);
        R visit(Match node);
        R visit(Raise node);
        R visit(Try node);
        R visit(TryStar node);
        R visit(Assert node);
        R visit(Import node);
        R visit(ImportFrom node);
        R visit(Global node);
        R visit(Nonlocal node);
        R visit(ExprStmt node);
        R visit(Pass node);
        R visit(Break node);
        R visit(Continue node);
        R visit(BoolOp node);
        R visit(NamedExpr node);
        R visit(BinOp node);
        R visit(UnaryOp node);
        R visit(Lambda node);
        R visit(IfExp node);
        R visit(Dict node);
        R visit(Set node);
        R visit(ListComp node);
        R visit(SetComp node);
        R visit(DictComp node);
        R visit(GeneratorExp node);
        R visit(Await node);
        R visit(Yield node);
        R visit(YieldFrom node);
        R visit(Compare node);
        R visit(Call node);
        R visit(FormattedValue node);
        R visit(JoinedStr node);
        R visit(Constant node);
        R visit(Attribute node);
        R visit(Subscript node);
        R visit(Starred node);
        R visit(Name node);
        R visit(List node);
        R visit(Tuple node);
        R visit(Slice node);
        R visit(MatchValue node);
        R visit(MatchSingleton node);
        R visit(MatchSequence node);
        R visit(MatchMapping node);
        R visit(MatchClass node);
        R visit(MatchStar node);
        R visit(MatchAs node);
        R visit(MatchOr node);
        R visit(ExceptHandler node);
        R visit(Arguments node);
        R visit(Arg node);
        R visit(Keyword node);
        R visit(Alias node);
        R visit(WithItem node);
        R visit(MatchCase node);
        R visit(Comprehension node);
        R visit(TypeIgnore node);
    }
}
