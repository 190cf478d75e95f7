package org.pythebo.parser.ast;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a syntax tree, for the code cache: reading it back is several times
 * cheaper than tokenizing and parsing the source again.
 *
 * <p>Each node is a tag byte (0 for an absent optional node) followed by its fields in record
 * order; ints and list lengths are variable-length; strings are written once per tree and then
 * referred to by number, so a module's identifiers cost one or two bytes each. {@link #decode}
 * throws {@link IllegalArgumentException} on any data it did not write, which the cache treats as
 * a damaged entry.
 */
public final class AstCodec {
    private AstCodec() {}

    /** The tree of a module as bytes. */
    public static byte[] encode(Ast.Module module) {
        Writer w = new Writer();
        w.node(module);
        return w.bytes();
    }

    /** The module {@link #encode} wrote; IllegalArgumentException when the data is not such a tree. */
    public static Ast.Module decode(byte[] data) {
        Reader r = new Reader(data);
        try {
            if (r.node() instanceof Ast.Module m && r.at == data.length) {
                return m;
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("damaged syntax tree data", e);
        }
        throw new IllegalArgumentException("damaged syntax tree data");
    }

    // Constant values: one tag byte, then the value.
    private static final int C_NONE = 0, C_ELLIPSIS = 1, C_TRUE = 2, C_FALSE = 3, C_INT = 4, C_BIGINT = 5,
            C_FLOAT = 6, C_IMAGINARY = 7, C_STR = 8, C_SURROGATES = 9, C_BYTES = 10;

    private static final class Writer {
        private byte[] out = new byte[4096];
        private int size;
        private final Map<String, Integer> strings = new HashMap<>();

        byte[] bytes() {
            return Arrays.copyOf(out, size);
        }

        private void b(int v) {
            if (size == out.length) {
                out = Arrays.copyOf(out, size * 2);
            }
            out[size++] = (byte) v;
        }

        /** An unsigned LEB128 number: seven bits a byte, the high bit set on all but the last. */
        private void u(long v) {
            while ((v & ~0x7fL) != 0) {
                b((int) (v & 0x7f) | 0x80);
                v >>>= 7;
            }
            b((int) v);
        }

        /** An int that may be negative (zigzag). */
        private void i(int v) {
            u(((v << 1) ^ (v >> 31)) & 0xffffffffL);
        }

        private void pos(Ast.Located n) {
            i(n.lineno());
            i(n.colOffset());
            i(n.endLineno());
            i(n.endColOffset());
        }

        /** 0 for null, k + 2 for the k-th string seen, 1 followed by the chars for a new one. */
        private void str(String s) {
            if (s == null) {
                b(0);
                return;
            }
            Integer seen = strings.get(s);
            if (seen != null) {
                u(seen + 2L);
                return;
            }
            strings.put(s, strings.size());
            b(1);
            chars(s);
        }

        private void chars(String s) {
            u(s.length());
            for (int k = 0; k < s.length(); k++) {
                u(s.charAt(k));
            }
        }

        private void strs(List<String> list) {
            u(list.size());
            for (String s : list) {
                str(s);
            }
        }

        private void nodes(List<? extends Ast.Node> list) {
            u(list.size());
            for (Ast.Node n : list) {
                node(n);
            }
        }

        private void ops(List<Ast.CmpOperator> list) {
            u(list.size());
            for (Ast.CmpOperator op : list) {
                b(op.ordinal());
            }
        }

        private void constant(Object v) {
            switch (v) {
                case Ast.Singleton s -> b(s == Ast.Singleton.NONE ? C_NONE : C_ELLIPSIS);
                case Boolean flag -> b(flag ? C_TRUE : C_FALSE);
                case Long n -> {
                    b(C_INT);
                    u((n << 1) ^ (n >> 63));
                }
                case BigInteger n -> {
                    b(C_BIGINT);
                    bytes(n.toByteArray());
                }
                case Double d -> {
                    b(C_FLOAT);
                    u(Double.doubleToRawLongBits(d));
                }
                case Ast.Imaginary j -> {
                    b(C_IMAGINARY);
                    u(Double.doubleToRawLongBits(j.imag()));
                }
                case String s -> {
                    b(C_STR);
                    chars(s);
                }
                case Ast.StrWithSurrogates s -> {
                    b(C_SURROGATES);
                    u(s.codePoints().length);
                    for (int cp : s.codePoints()) {
                        u(cp);
                    }
                }
                case byte[] data -> {
                    b(C_BYTES);
                    bytes(data);
                }
                default -> throw new IllegalArgumentException("no constant: " + v.getClass().getName());
            }
        }

        private void bytes(byte[] data) {
            u(data.length);
            for (byte x : data) {
                b(x);
            }
        }

        /** The tags here and in {@link Reader#node} are the same numbers in the same order. */
        void node(Ast.Node node) {
            switch (node) {
                case null -> b(0);
                case Ast.Module n -> { b(1); nodes(n.body()); nodes(n.typeIgnores()); }
                case Ast.Interactive n -> { b(2); nodes(n.body()); }
                case Ast.Expression n -> { b(3); node(n.body()); }
                case Ast.FunctionType n -> { b(4); nodes(n.argtypes()); node(n.returns()); }
                case Ast.FunctionDef n -> {
                    b(5); str(n.name()); node(n.args()); nodes(n.body()); nodes(n.decoratorList()); node(n.returns());
                    str(n.typeComment()); pos(n);
                }
                case Ast.AsyncFunctionDef n -> {
                    b(6); str(n.name()); node(n.args()); nodes(n.body()); nodes(n.decoratorList()); node(n.returns());
                    str(n.typeComment()); pos(n);
                }
                case Ast.ClassDef n -> {
                    b(7); str(n.name()); nodes(n.bases()); nodes(n.keywords()); nodes(n.body()); nodes(n.decoratorList());
                    pos(n);
                }
                case Ast.Return n -> { b(8); node(n.value()); pos(n); }
                case Ast.Delete n -> { b(9); nodes(n.targets()); pos(n); }
                case Ast.Assign n -> { b(10); nodes(n.targets()); node(n.value()); str(n.typeComment()); pos(n); }
                case Ast.AugAssign n -> { b(11); node(n.target()); b(n.op().ordinal()); node(n.value()); pos(n); }
                case Ast.AnnAssign n -> {
                    b(12); node(n.target()); node(n.annotation()); node(n.value()); i(n.simple()); pos(n);
                }
                case Ast.For n -> {
                    b(13); node(n.target()); node(n.iter()); nodes(n.body()); nodes(n.orelse()); str(n.typeComment());
                    pos(n);
                }
                case Ast.AsyncFor n -> {
                    b(14); node(n.target()); node(n.iter()); nodes(n.body()); nodes(n.orelse()); str(n.typeComment());
                    pos(n);
                }
                case Ast.While n -> { b(15); node(n.test()); nodes(n.body()); nodes(n.orelse()); pos(n); }
                case Ast.If n -> { b(16); node(n.test()); nodes(n.body()); nodes(n.orelse()); pos(n); }
                case Ast.With n -> { b(17); nodes(n.items()); nodes(n.body()); str(n.typeComment()); pos(n); }
                case Ast.AsyncWith n -> { b(18); nodes(n.items()); nodes(n.body()); str(n.typeComment()); pos(n); }
                case Ast.Match n -> { b(19); node(n.subject()); nodes(n.cases()); pos(n); }
                case Ast.Raise n -> { b(20); node(n.exc()); node(n.cause()); pos(n); }
                case Ast.Try n -> {
                    b(21); nodes(n.body()); nodes(n.handlers()); nodes(n.orelse()); nodes(n.finalbody()); pos(n);
                }
                case Ast.TryStar n -> {
                    b(22); nodes(n.body()); nodes(n.handlers()); nodes(n.orelse()); nodes(n.finalbody()); pos(n);
                }
                case Ast.Assert n -> { b(23); node(n.test()); node(n.msg()); pos(n); }
                case Ast.Import n -> { b(24); nodes(n.names()); pos(n); }
                case Ast.ImportFrom n -> { b(25); str(n.module()); nodes(n.names()); i(n.level()); pos(n); }
                case Ast.Global n -> { b(26); strs(n.names()); pos(n); }
                case Ast.Nonlocal n -> { b(27); strs(n.names()); pos(n); }
                case Ast.ExprStmt n -> { b(28); node(n.value()); pos(n); }
                case Ast.Pass n -> { b(29); pos(n); }
                case Ast.Break n -> { b(30); pos(n); }
                case Ast.Continue n -> { b(31); pos(n); }
                case Ast.BoolOp n -> { b(32); b(n.op().ordinal()); nodes(n.values()); pos(n); }
                case Ast.NamedExpr n -> { b(33); node(n.target()); node(n.value()); pos(n); }
                case Ast.BinOp n -> { b(34); node(n.left()); b(n.op().ordinal()); node(n.right()); pos(n); }
                case Ast.UnaryOp n -> { b(35); b(n.op().ordinal()); node(n.operand()); pos(n); }
                case Ast.Lambda n -> { b(36); node(n.args()); node(n.body()); pos(n); }
                case Ast.IfExp n -> { b(37); node(n.test()); node(n.body()); node(n.orelse()); pos(n); }
                case Ast.Dict n -> { b(38); nodes(n.keys()); nodes(n.values()); pos(n); }
                case Ast.Set n -> { b(39); nodes(n.elts()); pos(n); }
                case Ast.ListComp n -> { b(40); node(n.elt()); nodes(n.generators()); pos(n); }
                case Ast.SetComp n -> { b(41); node(n.elt()); nodes(n.generators()); pos(n); }
                case Ast.DictComp n -> { b(42); node(n.key()); node(n.value()); nodes(n.generators()); pos(n); }
                case Ast.GeneratorExp n -> { b(43); node(n.elt()); nodes(n.generators()); pos(n); }
                case Ast.Await n -> { b(44); node(n.value()); pos(n); }
                case Ast.Yield n -> { b(45); node(n.value()); pos(n); }
                case Ast.YieldFrom n -> { b(46); node(n.value()); pos(n); }
                case Ast.Compare n -> { b(47); node(n.left()); ops(n.ops()); nodes(n.comparators()); pos(n); }
                case Ast.Call n -> { b(48); node(n.func()); nodes(n.args()); nodes(n.keywords()); pos(n); }
                case Ast.FormattedValue n -> { b(49); node(n.value()); i(n.conversion()); node(n.formatSpec()); pos(n); }
                case Ast.JoinedStr n -> { b(50); nodes(n.values()); pos(n); }
                case Ast.Constant n -> { b(51); constant(n.value()); str(n.kind()); pos(n); }
                case Ast.Attribute n -> { b(52); node(n.value()); str(n.attr()); b(n.ctx().ordinal()); pos(n); }
                case Ast.Subscript n -> { b(53); node(n.value()); node(n.slice()); b(n.ctx().ordinal()); pos(n); }
                case Ast.Starred n -> { b(54); node(n.value()); b(n.ctx().ordinal()); pos(n); }
                case Ast.Name n -> { b(55); str(n.id()); b(n.ctx().ordinal()); pos(n); }
                case Ast.List n -> { b(56); nodes(n.elts()); b(n.ctx().ordinal()); pos(n); }
                case Ast.Tuple n -> { b(57); nodes(n.elts()); b(n.ctx().ordinal()); pos(n); }
                case Ast.Slice n -> { b(58); node(n.lower()); node(n.upper()); node(n.step()); pos(n); }
                case Ast.MatchValue n -> { b(59); node(n.value()); pos(n); }
                case Ast.MatchSingleton n -> { b(60); constant(n.value()); pos(n); }
                case Ast.MatchSequence n -> { b(61); nodes(n.patterns()); pos(n); }
                case Ast.MatchMapping n -> { b(62); nodes(n.keys()); nodes(n.patterns()); str(n.rest()); pos(n); }
                case Ast.MatchClass n -> {
                    b(63); node(n.cls()); nodes(n.patterns()); strs(n.kwdAttrs()); nodes(n.kwdPatterns()); pos(n);
                }
                case Ast.MatchStar n -> { b(64); str(n.name()); pos(n); }
                case Ast.MatchAs n -> { b(65); node(n.pattern()); str(n.name()); pos(n); }
                case Ast.MatchOr n -> { b(66); nodes(n.patterns()); pos(n); }
                case Ast.ExceptHandler n -> { b(67); node(n.type()); str(n.name()); nodes(n.body()); pos(n); }
                case Ast.Arguments n -> {
                    b(68); nodes(n.posonlyargs()); nodes(n.args()); node(n.vararg()); nodes(n.kwonlyargs());
                    nodes(n.kwDefaults()); node(n.kwarg()); nodes(n.defaults());
                }
                case Ast.Arg n -> { b(69); str(n.arg()); node(n.annotation()); str(n.typeComment()); pos(n); }
                case Ast.Keyword n -> { b(70); str(n.arg()); node(n.value()); pos(n); }
                case Ast.Alias n -> { b(71); str(n.name()); str(n.asname()); pos(n); }
                case Ast.WithItem n -> { b(72); node(n.contextExpr()); node(n.optionalVars()); }
                case Ast.MatchCase n -> { b(73); node(n.pattern()); node(n.guard()); nodes(n.body()); }
                case Ast.Comprehension n -> { b(74); node(n.target()); node(n.iter()); nodes(n.ifs()); i(n.isAsync()); }
                case Ast.TypeIgnore n -> { b(75); i(n.lineno()); str(n.tag()); }
            }
        }
    }

    private static final class Reader {
        private final byte[] in;
        int at;
        private String[] strings = new String[256];
        private int stringCount;

        Reader(byte[] in) {
            this.in = in;
        }

        private int b() {
            return in[at++] & 0xff;
        }

        private long u() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = b();
                v |= (long) (x & 0x7f) << shift;
                if (x < 0x80) {
                    return v;
                }
            }
            throw new IllegalArgumentException("damaged number");
        }

        private int count() {
            long n = u();
            if (n < 0 || n > in.length - at) {
                throw new IllegalArgumentException("damaged length");
            }
            return (int) n;
        }

        private int i() {
            int z = (int) u();
            return (z >>> 1) ^ -(z & 1);
        }

        private String str() {
            long k = u();
            if (k == 0) {
                return null;
            }
            if (k == 1) {
                String s = chars();
                if (stringCount == strings.length) {
                    strings = Arrays.copyOf(strings, stringCount * 2);
                }
                strings[stringCount++] = s;
                return s;
            }
            if (k - 2 >= stringCount) {
                throw new IllegalArgumentException("damaged string reference");
            }
            return strings[(int) (k - 2)];
        }

        private String chars() {
            char[] cs = new char[count()];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = (char) u();
            }
            return new String(cs);
        }

        private List<String> strs() {
            String[] list = new String[count()];
            for (int k = 0; k < list.length; k++) {
                list[k] = str();
            }
            return List.of(list);
        }

        /** A list of nodes, which may hold nulls (a Dict's keys for {@code **m}). */
        @SuppressWarnings("unchecked")
        private <T extends Ast.Node> List<T> nodes() {
            Object[] list = new Object[count()];
            for (int k = 0; k < list.length; k++) {
                list[k] = node();
            }
            return (List<T>) (List<?>) Arrays.asList(list);
        }

        private List<Ast.CmpOperator> ops() {
            Ast.CmpOperator[] list = new Ast.CmpOperator[count()];
            for (int k = 0; k < list.length; k++) {
                list[k] = CMP[b()];
            }
            return List.of(list);
        }

        private byte[] bytes() {
            int n = count();
            byte[] data = Arrays.copyOfRange(in, at, at + n);
            at += n;
            return data;
        }

        private Object constant() {
            return switch (b()) {
                case C_NONE -> Ast.Singleton.NONE;
                case C_ELLIPSIS -> Ast.Singleton.ELLIPSIS;
                case C_TRUE -> Boolean.TRUE;
                case C_FALSE -> Boolean.FALSE;
                case C_INT -> {
                    long z = u();
                    yield (z >>> 1) ^ -(z & 1);
                }
                case C_BIGINT -> new BigInteger(bytes());
                case C_FLOAT -> Double.longBitsToDouble(u());
                case C_IMAGINARY -> new Ast.Imaginary(Double.longBitsToDouble(u()));
                case C_STR -> chars();
                case C_SURROGATES -> {
                    int[] cps = new int[count()];
                    for (int k = 0; k < cps.length; k++) {
                        cps[k] = (int) u();
                    }
                    yield new Ast.StrWithSurrogates(cps);
                }
                case C_BYTES -> bytes();
                default -> throw new IllegalArgumentException("damaged constant");
            };
        }

        private Ast.Expr expr() {
            return (Ast.Expr) node();
        }

        private Ast.Pattern pattern() {
            return (Ast.Pattern) node();
        }

        private Ast.ExprContext ctx() {
            return CTX[b()];
        }

        private static final Ast.ExprContext[] CTX = Ast.ExprContext.values();
        private static final Ast.CmpOperator[] CMP = Ast.CmpOperator.values();
        private static final Ast.Operator[] OP = Ast.Operator.values();
        private static final Ast.UnaryOperator[] UNARY = Ast.UnaryOperator.values();
        private static final Ast.BoolOperator[] BOOL = Ast.BoolOperator.values();

        Ast.Node node() {
            return switch (b()) {
                case 0 -> null;
                case 1 -> new Ast.Module(nodes(), nodes());
                case 2 -> new Ast.Interactive(nodes());
                case 3 -> new Ast.Expression(expr());
                case 4 -> new Ast.FunctionType(nodes(), expr());
                case 5 -> new Ast.FunctionDef(str(), (Ast.Arguments) node(), nodes(), nodes(), expr(), str(),
                        i(), i(), i(), i());
                case 6 -> new Ast.AsyncFunctionDef(str(), (Ast.Arguments) node(), nodes(), nodes(), expr(), str(),
                        i(), i(), i(), i());
                case 7 -> new Ast.ClassDef(str(), nodes(), nodes(), nodes(), nodes(), i(), i(), i(), i());
                case 8 -> new Ast.Return(expr(), i(), i(), i(), i());
                case 9 -> new Ast.Delete(nodes(), i(), i(), i(), i());
                case 10 -> new Ast.Assign(nodes(), expr(), str(), i(), i(), i(), i());
                case 11 -> new Ast.AugAssign(expr(), OP[b()], expr(), i(), i(), i(), i());
                case 12 -> new Ast.AnnAssign(expr(), expr(), expr(), i(), i(), i(), i(), i());
                case 13 -> new Ast.For(expr(), expr(), nodes(), nodes(), str(), i(), i(), i(), i());
                case 14 -> new Ast.AsyncFor(expr(), expr(), nodes(), nodes(), str(), i(), i(), i(), i());
                case 15 -> new Ast.While(expr(), nodes(), nodes(), i(), i(), i(), i());
                case 16 -> new Ast.If(expr(), nodes(), nodes(), i(), i(), i(), i());
                case 17 -> new Ast.With(nodes(), nodes(), str(), i(), i(), i(), i());
                case 18 -> new Ast.AsyncWith(nodes(), nodes(), str(), i(), i(), i(), i());
                case 19 -> new Ast.Match(expr(), nodes(), i(), i(), i(), i());
                case 20 -> new Ast.Raise(expr(), expr(), i(), i(), i(), i());
                case 21 -> new Ast.Try(nodes(), nodes(), nodes(), nodes(), i(), i(), i(), i());
                case 22 -> new Ast.TryStar(nodes(), nodes(), nodes(), nodes(), i(), i(), i(), i());
                case 23 -> new Ast.Assert(expr(), expr(), i(), i(), i(), i());
                case 24 -> new Ast.Import(nodes(), i(), i(), i(), i());
                case 25 -> new Ast.ImportFrom(str(), nodes(), i(), i(), i(), i(), i());
                case 26 -> new Ast.Global(strs(), i(), i(), i(), i());
                case 27 -> new Ast.Nonlocal(strs(), i(), i(), i(), i());
                case 28 -> new Ast.ExprStmt(expr(), i(), i(), i(), i());
                case 29 -> new Ast.Pass(i(), i(), i(), i());
                case 30 -> new Ast.Break(i(), i(), i(), i());
                case 31 -> new Ast.Continue(i(), i(), i(), i());
                case 32 -> new Ast.BoolOp(BOOL[b()], nodes(), i(), i(), i(), i());
                case 33 -> new Ast.NamedExpr(expr(), expr(), i(), i(), i(), i());
                case 34 -> new Ast.BinOp(expr(), OP[b()], expr(), i(), i(), i(), i());
                case 35 -> new Ast.UnaryOp(UNARY[b()], expr(), i(), i(), i(), i());
                case 36 -> new Ast.Lambda((Ast.Arguments) node(), expr(), i(), i(), i(), i());
                case 37 -> new Ast.IfExp(expr(), expr(), expr(), i(), i(), i(), i());
                case 38 -> new Ast.Dict(nodes(), nodes(), i(), i(), i(), i());
                case 39 -> new Ast.Set(nodes(), i(), i(), i(), i());
                case 40 -> new Ast.ListComp(expr(), nodes(), i(), i(), i(), i());
                case 41 -> new Ast.SetComp(expr(), nodes(), i(), i(), i(), i());
                case 42 -> new Ast.DictComp(expr(), expr(), nodes(), i(), i(), i(), i());
                case 43 -> new Ast.GeneratorExp(expr(), nodes(), i(), i(), i(), i());
                case 44 -> new Ast.Await(expr(), i(), i(), i(), i());
                case 45 -> new Ast.Yield(expr(), i(), i(), i(), i());
                case 46 -> new Ast.YieldFrom(expr(), i(), i(), i(), i());
                case 47 -> new Ast.Compare(expr(), ops(), nodes(), i(), i(), i(), i());
                case 48 -> new Ast.Call(expr(), nodes(), nodes(), i(), i(), i(), i());
                case 49 -> new Ast.FormattedValue(expr(), i(), expr(), i(), i(), i(), i());
                case 50 -> new Ast.JoinedStr(nodes(), i(), i(), i(), i());
                case 51 -> new Ast.Constant(constant(), str(), i(), i(), i(), i());
                case 52 -> new Ast.Attribute(expr(), str(), ctx(), i(), i(), i(), i());
                case 53 -> new Ast.Subscript(expr(), expr(), ctx(), i(), i(), i(), i());
                case 54 -> new Ast.Starred(expr(), ctx(), i(), i(), i(), i());
                case 55 -> new Ast.Name(str(), ctx(), i(), i(), i(), i());
                case 56 -> new Ast.List(nodes(), ctx(), i(), i(), i(), i());
                case 57 -> new Ast.Tuple(nodes(), ctx(), i(), i(), i(), i());
                case 58 -> new Ast.Slice(expr(), expr(), expr(), i(), i(), i(), i());
                case 59 -> new Ast.MatchValue(expr(), i(), i(), i(), i());
                case 60 -> new Ast.MatchSingleton(constant(), i(), i(), i(), i());
                case 61 -> new Ast.MatchSequence(nodes(), i(), i(), i(), i());
                case 62 -> new Ast.MatchMapping(nodes(), nodes(), str(), i(), i(), i(), i());
                case 63 -> new Ast.MatchClass(expr(), nodes(), strs(), nodes(), i(), i(), i(), i());
                case 64 -> new Ast.MatchStar(str(), i(), i(), i(), i());
                case 65 -> new Ast.MatchAs(pattern(), str(), i(), i(), i(), i());
                case 66 -> new Ast.MatchOr(nodes(), i(), i(), i(), i());
                case 67 -> new Ast.ExceptHandler(expr(), str(), nodes(), i(), i(), i(), i());
                case 68 -> new Ast.Arguments(nodes(), nodes(), (Ast.Arg) node(), nodes(), nodes(), (Ast.Arg) node(),
                        nodes());
                case 69 -> new Ast.Arg(str(), expr(), str(), i(), i(), i(), i());
                case 70 -> new Ast.Keyword(str(), expr(), i(), i(), i(), i());
                case 71 -> new Ast.Alias(str(), str(), i(), i(), i(), i());
                case 72 -> new Ast.WithItem(expr(), expr());
                case 73 -> new Ast.MatchCase(pattern(), expr(), nodes());
                case 74 -> new Ast.Comprehension(expr(), expr(), nodes(), i());
                case 75 -> new Ast.TypeIgnore(i(), str());
                default -> throw new IllegalArgumentException("damaged syntax tree data");
            };
        }
    }
}
