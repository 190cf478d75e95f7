package org.pythebo.parser;

import static org.pythebo.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;

import org.pythebo.parser.ast.Ast.ExprContext;
import org.pythebo.parser.ast.Ast;

/**
 * The expression half of the grammar: everything from {@code star_expressions} down to atoms,
 * plus assignment targets, comprehensions, call arguments, slices and lambdas.
 *
 * <p>Like CPython's PEG parser, parsing runs in two passes. The first pass knows only the valid
 * grammar and fails with a generic "invalid syntax" at the furthest token it fetched. When it
 * fails, {@link #withErrorPass} parses again from the start with {@link #callInvalidRules} set:
 * that pass also tries CPython's {@code invalid_*} rules, which raise the specialised messages.
 * Keeping them out of the first pass keeps valid code fast, and reproduces which message wins.
 */
abstract class ExpressionParser extends ParserBase {

    /**
     * Nesting beyond which CPython 3.11 gives up: turning the tree into Python objects, ast.parse
     * allows a depth of 3000 less three per Python frame of its caller, 2994 for a script's
     * top-level call, which this bound of the parser's own nesting approximates. Reaching it takes
     * a few MB of Java stack, so parse on a thread with a large stack.
     */
    private static final int MAX_DEPTH = 2993;

    /** Which target grammar a CPython "invalid target" error talks about. */
    protected enum TargetKind { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    /** True during the second pass, which also runs CPython's invalid_* rules. */
    protected boolean callInvalidRules;
    /** Current recursion depth of the nesting rules, bounded by {@link #MAX_DEPTH}. */
    private int depth;
    /**
     * When parsing an f-string replacement field: the column its "(" was shifted to, which CPython
     * subtracts from error columns (and errors get the "f-string: " prefix); otherwise -1.
     */
    private int fstringShift = -1;

    /** Second-pass memo tables (position → result), as CPython memoises these rules. */
    private HashMap<Integer, Memo> expressionMemo;
    private HashMap<Integer, Memo> disjunctionMemo;
    /** Bracket nesting level after each token, computed on demand in the second pass. */
    private int[] levels = new int[0];
    private int levelsFilled;

    /**
     * The last error this parser made itself (as opposed to one the tokenizer threw): only those
     * let a tokenizer error further on in the source take precedence, as in CPython.
     */
    private ParseError lastParserError;

    private record Memo(Ast.Expr node, int end) {}

    private static final Memo FAILED = new Memo(null, -1);

    protected ExpressionParser(Tokenizer tokenizer, ParseOptions options) {
        super(tokenizer, options);
    }

    /** A grammar rule as a value: a start rule for {@link #withErrorPass}, or an operand rule. */
    @FunctionalInterface
    protected interface Rule<T> {
        T parse() throws ParseError;
    }

    /**
     * Runs a start rule as CPython runs its parser: if the fast pass fails with the generic error,
     * parse again from the same place with the invalid_* rules enabled, and raise what they raise;
     * when they find nothing, raise the first pass's error. Before a parser error is reported, the
     * rest of the source is tokenized, because CPython lets a tokenizer error there win.
     */
    protected final <T> T withErrorPass(Rule<T> rule) throws ParseError {
        int start = mark();
        ParseError first;
        try {
            return rule.parse();
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw preferTokenizerError(e);
            }
            first = e;
        } catch (StackOverflowError e) {
            throw stackOverflow();
        }
        reset(start);
        depth = 0;
        callInvalidRules = true;
        expressionMemo = new HashMap<>();
        disjunctionMemo = new HashMap<>();
        ParseError result = first;
        try {
            rule.parse();
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                result = e;
            }
        } catch (StackOverflowError e) {
            result = stackOverflow();
        } finally {
            callInvalidRules = false;
            expressionMemo = null;
            disjunctionMemo = null;
        }
        if (result == first && first.kind == ParseError.Kind.IndentationError) {
            throw first;                     // CPython reports an unexpected indent or unindent as is
        }
        throw result == first ? preferTokenizerError(first, true) : preferTokenizerError(result);
    }

    /**
     * CPython lets a tokenizer error further on in the source (or a bracket left open on an
     * earlier line) replace an error the parser raised itself.
     */
    private ParseError preferTokenizerError(ParseError e) {
        return preferTokenizerError(e, e == lastParserError);
    }

    private ParseError preferTokenizerError(ParseError e, boolean raisedByParser) {
        if (fstringShift < 0 && raisedByParser) {
            ParseError instead = tokenizer.errorInRestOfSource(furthest().lineno());
            if (instead != null) {
                return instead;
            }
        }
        return e;
    }

    /**
     * An expression whose failure is not final: a forced token or a specialised error follows
     * it. The first pass does not backtrack out of a failed trailer or operand, but CPython's PEG
     * parser does, and takes the longest prefix that is an expression ({@code a} of
     * {@code a[b c]}); so after a failure this parses again, with backtracking, to stop where
     * CPython stops. Returns null (reset to the start) when no prefix is an expression.
     */
    protected final Ast.Expr longestExpression() throws ParseError {
        int m = mark();
        int d = depth;
        try {
            return expression();
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        reset(m);
        depth = d;
        if (expressionMemo != null) {
            return null;
        }
        expressionMemo = new HashMap<>();
        disjunctionMemo = new HashMap<>();
        try {
            return expression();
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
            reset(m);
            depth = d;
            return null;
        } finally {
            expressionMemo = null;
            disjunctionMemo = null;
        }
    }

    /** Whether {@code e} is the generic failure of a rule (as opposed to a specialised error). */
    protected static boolean isGenericFailure(ParseError e) {
        String m = e.msg;
        return m.equals("invalid syntax") || m.equals("f-string: invalid syntax")
                || (e.kind == ParseError.Kind.IndentationError
                && (m.equals("unexpected indent") || m.equals("unexpected unindent")));
    }

    /** The body of an f-string replacement field: {@code (star_expressions)}, then ENDMARKER. */
    protected Ast.Expr fstringReplacementField() throws ParseError {
        // CPython's f-string sub-parser has no source encoding, so its error offsets stay in bytes.
        tokenizer.setByteOffsetErrors(true);
        fstringShift = peek().colOffset();
        return withErrorPass(() -> {
            Ast.Expr e = starExpressions();
            while (at(NEWLINE)) {
                next();
            }
            if (!at(ENDMARKER)) {
                throw fail();
            }
            return e;
        });
    }

    // ---------------------------------------------------------------- errors

    /**
     * The generic failure: "invalid syntax" at the furthest token fetched (an IndentationError when
     * that is an INDENT or DEDENT). It leaves the tokenizer alone:
     * a failure is not final until both passes are done, and {@link #withErrorPass} then looks
     * for tokenizer errors in the rest of the source.
     */
    protected final ParseError fail() {
        Token t = furthest();
        if (t.kind() == INDENT) {
            return parserError(ParseError.Kind.IndentationError, "unexpected indent", t);
        }
        if (t.kind() == DEDENT) {
            return parserError(ParseError.Kind.IndentationError, "unexpected unindent", t);
        }
        if ((t.kind() == ENDMARKER || tokenizer.isEndOfInputNewline(t)) && fstringShift < 0) {
            // CPython gives ENDMARKER column -1, and this error reports column + 1.
            lastParserError = new ParseError(ParseError.Kind.SyntaxError, "invalid syntax", filename, t.lineno(), 0,
                    tokenizer.line(t.lineno()), t.lineno(), 0);
            return lastParserError;
        }
        return raise("invalid syntax", t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /** An error of {@code kind} covering token {@code t}, made by the parser (see {@link #withErrorPass}). */
    protected final ParseError parserError(ParseError.Kind kind, String msg, Token t) {
        lastParserError = error(kind, msg, t);
        return lastParserError;
    }

    private ParseError raise(String msg, int lineno, int col, int endLineno, int endCol) {
        if (fstringShift >= 0) {
            msg = "f-string: " + msg;
            col -= fstringShift;
            endCol -= fstringShift;
        }
        lastParserError = errorAt(ParseError.Kind.SyntaxError, msg, lineno, col, endLineno, endCol);
        return lastParserError;
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
    protected final ParseError errorOn(Ast.Located a, String msg) {
        return raise(msg, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
    }

    protected final ParseError errorOn(Token a, String msg) {
        return raise(msg, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
    protected final ParseError errorRange(Ast.Located a, Ast.Located b, String msg) {
        return raise(msg, a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset());
    }

    protected final ParseError errorRange(Token a, Ast.Located b, String msg) {
        return raise(msg, a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset());
    }

    protected final ParseError errorRange(Ast.Located a, Token b, String msg) {
        return raise(msg, a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset());
    }

    protected final ParseError errorRange(Token a, Token b, String msg) {
        return raise(msg, a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset());
    }

    /** CPython's RAISE_SYNTAX_ERROR(msg): at the furthest token fetched. */
    protected final ParseError errorAtFurthest(String msg) {
        return errorOn(furthest(), msg);
    }

    /** CPython's RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a to where the tokenizer stands. */
    protected final ParseError errorStartingFrom(Token a, String msg) {
        Token f = furthest();
        return raise(msg, a.lineno(), a.colOffset(), f.endLineno(), f.endColOffset() - 1);
    }

    protected final ParseError errorStartingFrom(Ast.Located a, String msg) {
        Token f = furthest();
        return raise(msg, a.lineno(), a.colOffset(), f.endLineno(), f.endColOffset() - 1);
    }

    /**
     * The error for nesting deeper than CPython 3.11 handles: its RecursionError "maximum
     * recursion depth exceeded during ast construction", which carries no position. (CPython
     * counts the depth of the finished tree; this counts the parser's nesting, which is close.)
     */
    private ParseError tooDeep() {
        return new ParseError(ParseError.Kind.RecursionError, "maximum recursion depth exceeded during ast construction",
                filename, 0, 0, null, 0, 0);
    }

    /** The Java stack ran out: CPython's parser raises a bare MemoryError when its stack overflows. */
    private ParseError stackOverflow() {
        return new ParseError(ParseError.Kind.MemoryError, "", filename, 0, 0, null, 0, 0);
    }

    private void enter() throws ParseError {
        if (++depth > MAX_DEPTH) {
            throw tooDeep();
        }
    }

    /**
     * The value of adjacent string literals. Every error in them, including one from the parser of
     * an f-string's expression, is an error of this parser's action (see {@link #withErrorPass}).
     */
    private Ast.Expr strings(List<Token> strings) throws ParseError {
        try {
            return StringLiterals.parse(strings, tokenizer, furthest(), (msg, tok) ->
                    // The end of input has no column: CPython reports the read position.
                    tok.kind() == ENDMARKER || tokenizer.isEndOfInputNewline(tok) ? parserError(ParseError.Kind.SyntaxError, msg, tok)
                            : errorOn(tok, msg));
        } catch (ParseError e) {
            lastParserError = e;
            throw e;
        }
    }

    /** CPython's name for an expression in error messages (_PyPegen_get_expr_name). */
    protected static String exprName(Ast.Expr e) {
        return switch (e) {
            case Ast.Attribute a -> "attribute";
            case Ast.Subscript s -> "subscript";
            case Ast.Starred s -> "starred";
            case Ast.Name n -> "name";
            case Ast.List l -> "list";
            case Ast.Tuple t -> "tuple";
            case Ast.Lambda l -> "lambda";
            case Ast.Call c -> "function call";
            case Ast.BoolOp b -> "expression";
            case Ast.BinOp b -> "expression";
            case Ast.UnaryOp u -> "expression";
            case Ast.GeneratorExp g -> "generator expression";
            case Ast.Yield y -> "yield expression";
            case Ast.YieldFrom y -> "yield expression";
            case Ast.Await a -> "await expression";
            case Ast.ListComp l -> "list comprehension";
            case Ast.SetComp s -> "set comprehension";
            case Ast.DictComp d -> "dict comprehension";
            case Ast.Dict d -> "dict literal";
            case Ast.Set s -> "set display";
            case Ast.JoinedStr j -> "f-string expression";
            case Ast.FormattedValue f -> "f-string expression";
            case Ast.Constant c -> {
                Object v = c.value();
                if (v == Ast.Singleton.NONE) {
                    yield "None";
                } else if (v == Ast.Singleton.ELLIPSIS) {
                    yield "ellipsis";
                } else if (v instanceof Boolean b) {
                    yield b ? "True" : "False";
                }
                yield "literal";
            }
            case Ast.Compare c -> "comparison";
            case Ast.IfExp i -> "conditional expression";
            case Ast.NamedExpr n -> "named expression";
            case Ast.Slice s -> "slice";
        };
    }

    /** The part of {@code e} that makes it an invalid target, or null (_PyPegen_get_invalid_target). */
    protected static Ast.Expr invalidTarget(Ast.Expr e, TargetKind kind) {
        switch (e) {
            case Ast.List l -> {
                return firstInvalid(l.elts(), kind);
            }
            case Ast.Tuple t -> {
                return firstInvalid(t.elts(), kind);
            }
            case Ast.Starred s -> {
                return kind == TargetKind.DEL_TARGETS ? e : invalidTarget(s.value(), kind);
            }
            case Ast.Compare c -> {
                if (kind == TargetKind.FOR_TARGETS) {
                    // `for a in b` parsed as an expression is a comparison: look at its left side
                    return c.ops().get(0) == Ast.CmpOperator.In ? invalidTarget(c.left(), kind) : null;
                }
                return e;
            }
            case Ast.Name n -> {
                return null;
            }
            case Ast.Subscript s -> {
                return null;
            }
            case Ast.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private static Ast.Expr firstInvalid(List<Ast.Expr> elts, TargetKind kind) {
        for (Ast.Expr elt : elts) {
            Ast.Expr bad = invalidTarget(elt, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /**
     * CPython's RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to X" / "cannot delete X" at the
     * offending part of {@code e}, or null when nothing in it is invalid (the rule then fails).
     */
    protected final ParseError invalidTargetError(TargetKind kind, Ast.Expr e) {
        Ast.Expr bad = invalidTarget(e, kind);
        if (bad == null) {
            return null;
        }
        String verb = kind == TargetKind.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
        return errorOn(bad, verb + exprName(bad));
    }

    /** Bracket nesting level after the token at buffer index {@code index} (tokenizer's "level"). */
    private int levelAt(int index) {
        if (index >= levels.length) {
            levels = Arrays.copyOf(levels, Math.max(index + 1, levels.length * 2));
        }
        while (levelsFilled <= index) {
            int before = levelsFilled == 0 ? 0 : levels[levelsFilled - 1];
            levels[levelsFilled] = switch (tokenAt(levelsFilled).kind()) {
                case LPAR, LSQB, LBRACE -> before + 1;
                case RPAR, RSQB, RBRACE -> Math.max(0, before - 1);
                default -> before;
            };
            levelsFilled++;
        }
        return levels[index];
    }

    /**
     * In the second pass, a generic failure inside a repetition or optional part ends it, as in
     * CPython's PEG parser: reset to {@code m} and return true. (In the first pass a failure is
     * final anyway, and the furthest token is the same.)
     */
    private boolean backtrack(ParseError e, int m, int d) {
        if (expressionMemo == null || !isGenericFailure(e)) {
            return false;
        }
        reset(m);
        depth = d;
        return true;
    }

    /**
     * CPython 3.11's SOFT_KEYWORD token test, which compares only as many chars as the NAME has:
     * any prefix of "_", "match" or "case" ("c", "ma"...) counts as a soft keyword.
     */
    private static boolean isSoftKeyword(Token t) {
        if (t.kind() != NAME) {
            return false;
        }
        String s = t.text();
        return "_".startsWith(s) || "match".startsWith(s) || "case".startsWith(s);
    }

    private static boolean isLegacyName(Ast.Expr e) {
        return e instanceof Ast.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    // ---------------------------------------------------------------- lists and positions

    private static <T> List<T> freeze(ArrayList<T> list) {
        return Collections.unmodifiableList(list);
    }

    private static <T> List<T> listOf(T first, ArrayList<T> rest) {
        if (rest == null) {
            return List.of(first);
        }
        rest.add(0, first);
        return Collections.unmodifiableList(rest);
    }

    /** Whether {@code t} can begin an {@code expression} (used to end optional parts early). */
    protected static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT, TRUE, FALSE,
                 NONE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /** Whether {@code t} can begin a {@code star_expression}. */
    protected static boolean startsStarExpression(Token t) {
        return t.kind() == STAR || startsExpression(t);
    }

    private Token expectToken(TokenKind kind) throws ParseError {
        Token t = peek();
        if (t.kind() != kind) {
            throw fail();
        }
        pos++;
        return t;
    }

    // ---------------------------------------------------------------- star_expressions and friends

    /** {@code star_expressions}: one expression, or a tuple of them without parentheses. */
    protected Ast.Expr starExpressions() throws ParseError {
        return unparenthesizedTuple(this::starExpression, true);
    }

    /**
     * {@code element (',' element)* [',']}: the first element alone, or a Load Tuple without
     * parentheses; a trailing comma is taken when what follows cannot start another element.
     */
    private Ast.Expr unparenthesizedTuple(Rule<Ast.Expr> element, boolean starred) throws ParseError {
        Token start = peek();
        Ast.Expr first = element.parse();
        if (!at(COMMA)) {
            return first;
        }
        ArrayList<Ast.Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(COMMA)) {
            next();
            if (!(starred ? startsStarExpression(peek()) : startsExpression(peek()))) {
                break;
            }
            int m = mark();
            int d = depth;
            try {
                elts.add(element.parse());
            } catch (ParseError e) {
                if (!backtrack(e, m, d)) {
                    throw e;
                }
                break;
            }
        }
        Token end = last();
        return new Ast.Tuple(freeze(elts), ExprContext.Load, start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** {@code star_expression}: {@code '*' bitwise_or | expression}. */
    protected Ast.Expr starExpression() throws ParseError {
        Token t = peek();
        if (t.kind() == STAR) {
            next();
            Ast.Expr value = bitwiseOr();
            return new Ast.Starred(value, ExprContext.Load, t.lineno(), t.colOffset(), last().endLineno(),
                    last().endColOffset());
        }
        return expression();
    }

    /** {@code expressions}: like star_expressions without stars (eval input). */
    protected Ast.Expr expressions() throws ParseError {
        return unparenthesizedTuple(this::expression, false);
    }

    /** {@code star_named_expression}: {@code '*' bitwise_or | named_expression}. */
    protected Ast.Expr starNamedExpression() throws ParseError {
        Token t = peek();
        if (t.kind() == STAR) {
            next();
            Ast.Expr value = bitwiseOr();
            return new Ast.Starred(value, ExprContext.Load, t.lineno(), t.colOffset(), last().endLineno(),
                    last().endColOffset());
        }
        return namedExpression();
    }

    /** {@code assignment_expression}: {@code NAME ':=' expression}; the caller has seen NAME ':='. */
    private Ast.Expr assignmentExpression() throws ParseError {
        Token name = next();
        next();
        Ast.Expr value = expression();
        return new Ast.NamedExpr(
                new Ast.Name(name.text(), ExprContext.Store, name.lineno(), name.colOffset(), name.endLineno(),
                        name.endColOffset()),
                value, name.lineno(), name.colOffset(), last().endLineno(), last().endColOffset());
    }

    private boolean atAssignmentExpression() throws ParseError {
        return at(NAME) && peek(1).kind() == COLONEQUAL;
    }

    /** {@code named_expression}: a walrus, or an expression not followed by ':='. */
    protected Ast.Expr namedExpression() throws ParseError {
        if (atAssignmentExpression()) {
            return assignmentExpression();
        }
        if (callInvalidRules) {
            invalidNamedExpression();
        }
        Ast.Expr e = expression();
        if (at(COLONEQUAL)) {
            throw fail();
        }
        return e;
    }

    /** Second pass: CPython's invalid_named_expression. */
    private void invalidNamedExpression() throws ParseError {
        int m = mark();
        int d = depth;
        try {
            Ast.Expr a = expression();
            if (accept(COLONEQUAL) != null) {
                expression();
                throw errorOn(a, "cannot use assignment expressions with " + exprName(a));
            }
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        reset(m);
        depth = d;
        Token t = peek();
        if (t.kind() == NAME && peek(1).kind() == EQUAL) {
            try {
                next();
                next();
                Ast.Expr b = bitwiseOr();
                if (!at(EQUAL) && !at(COLONEQUAL)) {
                    throw errorRange(t, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
            } catch (ParseError e) {
                if (!isGenericFailure(e)) {
                    throw e;
                }
            }
            reset(m);
            depth = d;
        }
        if (!startsListTupleGenexpOrSingleton()) {
            try {
                Ast.Expr a = bitwiseOr();
                if (accept(EQUAL) != null) {
                    bitwiseOr();
                    if (!at(EQUAL) && !at(COLONEQUAL)) {
                        throw errorOn(a, "cannot assign to " + exprName(a)
                                + " here. Maybe you meant '==' instead of '='?");
                    }
                }
            } catch (ParseError e) {
                if (!isGenericFailure(e)) {
                    throw e;
                }
            }
            reset(m);
            depth = d;
        }
    }

    /** The lookahead {@code (list | tuple | genexp | 'True' | 'None' | 'False')}. */
    private boolean startsListTupleGenexpOrSingleton() throws ParseError {
        Token t = peek();
        switch (t.kind()) {
            case TRUE, FALSE, NONE:
                return true;
            case LPAR, LSQB:
                break;
            default:
                return false;
        }
        int m = mark();
        int d = depth;
        boolean result = false;
        try {
            Ast.Expr a = atom();
            // A tuple or genexp spans its parentheses; a parenthesized group does not.
            result = (a instanceof Ast.List || a instanceof Ast.Tuple || a instanceof Ast.GeneratorExp)
                    && a.colOffset() == t.colOffset() && a.lineno() == t.lineno();
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        reset(m);
        depth = d;
        return result;
    }

    /** {@code expression}: conditional expressions, lambdas, and everything below. */
    protected Ast.Expr expression() throws ParseError {
        if (expressionMemo != null) {
            return memoizedExpression();
        }
        return plainExpression();
    }

    private Ast.Expr plainExpression() throws ParseError {
        Token t = peek();
        if (t.kind() == LAMBDA) {
            return lambdef();
        }
        enter();
        Ast.Expr body = disjunction();
        if (at(IF)) {
            int m = mark();
            int d = depth;
            try {
                next();
                Ast.Expr test = disjunction();
                expectToken(ELSE);
                Ast.Expr orelse = expression();
                Token end = last();
                body = new Ast.IfExp(test, body, orelse, t.lineno(), t.colOffset(), end.endLineno(),
                        end.endColOffset());
            } catch (ParseError e) {
                if (!backtrack(e, m, d)) {
                    throw e;
                }
            }
        }
        depth--;
        return body;
    }

    /**
     * The second pass's expression: memoized by position (also while the invalid rules are
     * briefly off, as CPython's memo does not tell those apart), with the invalid rules first.
     */
    private Ast.Expr memoizedExpression() throws ParseError {
        int m = mark();
        Memo memo = expressionMemo.get(m);
        if (memo != null) {
            if (memo == FAILED) {
                throw fail();
            }
            reset(memo.end);
            return memo.node;
        }
        if (callInvalidRules) {
            invalidExpression();
            invalidLegacyExpression();
        }
        int d = depth;
        try {
            Ast.Expr e = plainExpression();
            expressionMemo.put(m, new Memo(e, mark()));
            return e;
        } catch (ParseError e) {
            if (isGenericFailure(e)) {
                expressionMemo.put(m, FAILED);
                depth = d;
            }
            throw e;
        }
    }

    /** Second pass: CPython's invalid_expression. */
    private void invalidExpression() throws ParseError {
        int m = mark();
        int d = depth;
        Token t = peek();
        boolean nameString = t.kind() == NAME && peek(1).kind() == STRING;
        if (!nameString && !isSoftKeyword(t)) {
            try {
                Ast.Expr a = disjunction();
                Ast.Expr b = expressionWithoutInvalid();
                if (!isLegacyName(a) && levelAt(mark() - 1) != 0) {
                    throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            } catch (ParseError e) {
                if (!isGenericFailure(e)) {
                    throw e;
                }
            }
            reset(m);
            depth = d;
        }
        try {
            Ast.Expr a = disjunction();
            if (accept(IF) != null) {
                Ast.Expr b = disjunction();
                if (!at(ELSE) && !at(COLON)) {
                    throw errorRange(a, b, "expected 'else' after 'if' expression");
                }
            }
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        reset(m);
        depth = d;
    }

    /** {@code expression_without_invalid}: an expression parsed with the invalid rules off. */
    private Ast.Expr expressionWithoutInvalid() throws ParseError {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            if (at(LAMBDA)) {
                return lambdef();
            }
            Token start = peek();
            Ast.Expr body = disjunction();
            if (at(IF)) {
                int m = mark();
                try {
                    next();
                    Ast.Expr test = disjunction();
                    expectToken(ELSE);
                    Ast.Expr orelse = expression();
                    return new Ast.IfExp(test, body, orelse, start.lineno(), start.colOffset(),
                            last().endLineno(), last().endColOffset());
                } catch (ParseError e) {
                    if (!isGenericFailure(e)) {
                        throw e;
                    }
                    reset(m);
                }
            }
            return body;
        } finally {
            callInvalidRules = saved;
        }
    }

    /**
     * Second pass: CPython's invalid_legacy_expression ("Missing parentheses in call to 'print'").
     * Like CPython, it parses the star_expressions after any name, which lets the invalid rules
     * in there report errors, and only then checks for print and exec.
     */
    private void invalidLegacyExpression() throws ParseError {
        Token t = peek();
        if (t.kind() != NAME || peek(1).kind() == LPAR) {
            return;
        }
        int m = mark();
        int d = depth;
        try {
            next();
            enter();
            Ast.Expr b = starExpressions();
            if (t.text().equals("print") || t.text().equals("exec")) {
                throw errorRange(t, b, "Missing parentheses in call to '" + t.text() + "'. Did you mean "
                        + t.text() + "(...)?");
            }
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        reset(m);
        depth = d;
    }

    /** {@code yield_expr}: {@code 'yield' 'from' expression | 'yield' [star_expressions]}. */
    protected Ast.Expr yieldExpr() throws ParseError {
        Token y = expectToken(YIELD);
        if (at(FROM)) {
            next();
            Ast.Expr value = expression();
            return new Ast.YieldFrom(value, y.lineno(), y.colOffset(), last().endLineno(), last().endColOffset());
        }
        Ast.Expr value = null;
        if (startsStarExpression(peek())) {
            value = starExpressions();
        }
        Token end = last();
        return new Ast.Yield(value, y.lineno(), y.colOffset(), end.endLineno(), end.endColOffset());
    }

    // ---------------------------------------------------------------- boolean and comparison operators

    /** {@code disjunction}: {@code a or b or c} is one BoolOp. */
    protected Ast.Expr disjunction() throws ParseError {
        if (disjunctionMemo != null) {
            int m = mark();
            Memo memo = disjunctionMemo.get(m);
            if (memo != null) {
                if (memo == FAILED) {
                    throw fail();
                }
                reset(memo.end);
                return memo.node;
            }
            int d = depth;
            try {
                Ast.Expr e = plainDisjunction();
                disjunctionMemo.put(m, new Memo(e, mark()));
                return e;
            } catch (ParseError e) {
                if (isGenericFailure(e)) {
                    disjunctionMemo.put(m, FAILED);
                    depth = d;
                }
                throw e;
            }
        }
        return plainDisjunction();
    }

    private Ast.Expr plainDisjunction() throws ParseError {
        return boolOp(OR, Ast.BoolOperator.Or, this::conjunction);
    }

    private Ast.Expr conjunction() throws ParseError {
        return boolOp(AND, Ast.BoolOperator.And, this::inversion);
    }

    /** {@code operand (keyword operand)*}: one flat BoolOp, as CPython builds {@code a or b or c}. */
    private Ast.Expr boolOp(TokenKind keyword, Ast.BoolOperator op, Rule<Ast.Expr> operand) throws ParseError {
        Token start = peek();
        Ast.Expr first = operand.parse();
        if (!at(keyword)) {
            return first;
        }
        ArrayList<Ast.Expr> values = new ArrayList<>();
        values.add(first);
        while (at(keyword)) {
            int m = mark();
            int d = depth;
            next();
            try {
                values.add(operand.parse());
            } catch (ParseError e) {
                if (!backtrack(e, m, d)) {
                    throw e;
                }
                break;
            }
        }
        if (values.size() == 1) {
            return first;
        }
        Token end = last();
        return new Ast.BoolOp(op, freeze(values), start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    private Ast.Expr inversion() throws ParseError {
        Token t = peek();
        if (t.kind() == NOT) {
            next();
            enter();
            Ast.Expr operand = inversion();
            depth--;
            return new Ast.UnaryOp(Ast.UnaryOperator.Not, operand, t.lineno(), t.colOffset(), last().endLineno(),
                    last().endColOffset());
        }
        return comparison();
    }

    private Ast.Expr comparison() throws ParseError {
        Token start = peek();
        Ast.Expr left = bitwiseOr();
        int m = mark();
        Ast.CmpOperator op = comparisonOperator();
        if (op == null) {
            return left;
        }
        ArrayList<Ast.CmpOperator> ops = new ArrayList<>(2);
        ArrayList<Ast.Expr> comparators = new ArrayList<>(2);
        do {
            int d = depth;
            try {
                comparators.add(bitwiseOr());
            } catch (ParseError e) {
                if (!backtrack(e, m, d)) {
                    throw e;
                }
                break;
            }
            ops.add(op);
            m = mark();
            op = comparisonOperator();
        } while (op != null);
        if (ops.isEmpty()) {
            return left;
        }
        Token end = last();
        return new Ast.Compare(left, freeze(ops), freeze(comparators), start.lineno(), start.colOffset(),
                end.endLineno(), end.endColOffset());
    }

    /** Consumes a comparison operator (one or two tokens) and returns it, or returns null. */
    private Ast.CmpOperator comparisonOperator() throws ParseError {
        Ast.CmpOperator op;
        switch (peek().kind()) {
            case EQEQUAL -> op = Ast.CmpOperator.Eq;
            case NOTEQUAL -> {
                // The tokenizer also reads "<>" as NOTEQUAL; outside "barry_as_FLUFL" mode it matches nothing.
                if (!peek().text().equals("!=")) {
                    return null;
                }
                op = Ast.CmpOperator.NotEq;
            }
            case LESS -> op = Ast.CmpOperator.Lt;
            case LESSEQUAL -> op = Ast.CmpOperator.LtE;
            case GREATER -> op = Ast.CmpOperator.Gt;
            case GREATEREQUAL -> op = Ast.CmpOperator.GtE;
            case IN -> op = Ast.CmpOperator.In;
            case IS -> {
                next();
                if (at(NOT)) {
                    next();
                    return Ast.CmpOperator.IsNot;
                }
                return Ast.CmpOperator.Is;
            }
            case NOT -> {
                if (peek(1).kind() != IN) {
                    return null;
                }
                next();
                next();
                return Ast.CmpOperator.NotIn;
            }
            default -> {
                return null;
            }
        }
        next();
        return op;
    }

    // ---------------------------------------------------------------- binary and unary operators

    /** {@code bitwise_or}: all binary operators except '**', by precedence climbing. */
    protected Ast.Expr bitwiseOr() throws ParseError {
        return binary(1);
    }

    /** Precedence of a binary operator token: 1 '|', 2 '^', 3 '&', 4 shifts, 5 '+' '-', 6 '*' etc. */
    private static int precedence(TokenKind k) {
        return switch (k) {
            case VBAR -> 1;
            case CIRCUMFLEX -> 2;
            case AMPER -> 3;
            case LEFTSHIFT, RIGHTSHIFT -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
            default -> 0;
        };
    }

    private static Ast.Operator binaryOperator(TokenKind k) {
        return switch (k) {
            case VBAR -> Ast.Operator.BitOr;
            case CIRCUMFLEX -> Ast.Operator.BitXor;
            case AMPER -> Ast.Operator.BitAnd;
            case LEFTSHIFT -> Ast.Operator.LShift;
            case RIGHTSHIFT -> Ast.Operator.RShift;
            case PLUS -> Ast.Operator.Add;
            case MINUS -> Ast.Operator.Sub;
            case STAR -> Ast.Operator.Mult;
            case SLASH -> Ast.Operator.Div;
            case DOUBLESLASH -> Ast.Operator.FloorDiv;
            case PERCENT -> Ast.Operator.Mod;
            default -> Ast.Operator.MatMult;
        };
    }

    private Ast.Expr binary(int minPrecedence) throws ParseError {
        Token start = peek();
        Ast.Expr left = factor();
        int chain = depth;
        while (true) {
            TokenKind k = peek().kind();
            int p = precedence(k);
            if (p < minPrecedence || p == 0) {
                return left;
            }
            int m = mark();
            int d = depth;
            next();
            if (++chain > MAX_DEPTH) {
                throw tooDeep();
            }
            Ast.Expr right;
            try {
                right = p == 6 ? factor() : binary(p + 1);
            } catch (ParseError e) {
                if (!backtrack(e, m, d)) {
                    throw e;
                }
                return left;
            }
            Token end = last();
            left = new Ast.BinOp(left, binaryOperator(k), right, start.lineno(), start.colOffset(), end.endLineno(),
                    end.endColOffset());
        }
    }

    /** {@code factor}: unary '+', '-', '~' (binding looser than '**' on their right). */
    private Ast.Expr factor() throws ParseError {
        Token t = peek();
        Ast.UnaryOperator op;
        switch (t.kind()) {
            case PLUS -> op = Ast.UnaryOperator.UAdd;
            case MINUS -> op = Ast.UnaryOperator.USub;
            case TILDE -> op = Ast.UnaryOperator.Invert;
            default -> {
                return power();
            }
        }
        next();
        enter();
        Ast.Expr operand = factor();
        depth--;
        return new Ast.UnaryOp(op, operand, t.lineno(), t.colOffset(), last().endLineno(), last().endColOffset());
    }

    /** {@code power}: {@code await_primary ['**' factor]}, right-associative through factor. */
    private Ast.Expr power() throws ParseError {
        Token start = peek();
        Ast.Expr left = awaitPrimary();
        if (!at(DOUBLESTAR)) {
            return left;
        }
        int m = mark();
        int d = depth;
        next();
        enter();
        Ast.Expr right;
        try {
            right = factor();
        } catch (ParseError e) {
            if (!backtrack(e, m, d)) {
                throw e;
            }
            return left;
        }
        depth--;
        Token end = last();
        return new Ast.BinOp(left, Ast.Operator.Pow, right, start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    private Ast.Expr awaitPrimary() throws ParseError {
        Token t = peek();
        if (t.kind() == AWAIT) {
            next();
            Ast.Expr value = primary();
            return new Ast.Await(value, t.lineno(), t.colOffset(), last().endLineno(), last().endColOffset());
        }
        return primary();
    }

    // ---------------------------------------------------------------- primaries

    /** {@code primary}: an atom followed by attribute references, calls and subscripts. */
    protected Ast.Expr primary() throws ParseError {
        Token start = peek();
        Ast.Expr e = atom();
        int chain = depth;
        while (true) {
            if (++chain > MAX_DEPTH) {
                throw tooDeep();
            }
            if (expressionMemo != null) {
                // In the second pass, a trailer that fails leaves the primary before it, as in
                // CPython's PEG parser, so that the invalid rules see the shorter primary.
                int m = mark();
                int d = depth;
                try {
                    Ast.Expr longer = trailer(e, start);
                    if (longer == null) {
                        return e;
                    }
                    e = longer;
                } catch (ParseError err) {
                    if (!backtrack(err, m, d)) {
                        throw err;
                    }
                    return e;
                }
                continue;
            }
            switch (peek().kind()) {
                case DOT -> {
                    next();
                    Token name = expectToken(NAME);
                    e = new Ast.Attribute(e, name.text(), ExprContext.Load, start.lineno(), start.colOffset(),
                            name.endLineno(), name.endColOffset());
                }
                case LPAR -> e = callArguments(e, start, true);
                case LSQB -> {
                    next();
                    Ast.Expr slice = slices();
                    Token close = expectToken(RSQB);
                    e = new Ast.Subscript(e, slice, ExprContext.Load, start.lineno(), start.colOffset(), close.endLineno(),
                            close.endColOffset());
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** One attribute, call or subscript trailer applied to {@code e}, or null if none follows. */
    private Ast.Expr trailer(Ast.Expr e, Token start) throws ParseError {
        switch (peek().kind()) {
            case DOT -> {
                next();
                Token name = expectToken(NAME);
                return new Ast.Attribute(e, name.text(), ExprContext.Load, start.lineno(), start.colOffset(),
                        name.endLineno(), name.endColOffset());
            }
            case LPAR -> {
                return callArguments(e, start, true);
            }
            case LSQB -> {
                next();
                Ast.Expr slice = slices();
                Token close = expectToken(RSQB);
                return new Ast.Subscript(e, slice, ExprContext.Load, start.lineno(), start.colOffset(),
                        close.endLineno(), close.endColOffset());
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code slices}: one slice, or a tuple of slices and starred expressions. */
    private Ast.Expr slices() throws ParseError {
        Token start = peek();
        Ast.Expr first = at(STAR) ? starredExpression() : slice();
        if (!at(COMMA) && !(first instanceof Ast.Starred)) {
            return first;
        }
        ArrayList<Ast.Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(COMMA)) {
            next();
            Token t = peek();
            if (t.kind() == STAR) {
                elts.add(starredExpression());
            } else if (t.kind() == COLON || startsExpression(t)) {
                elts.add(slice());
            } else {
                break;
            }
        }
        Token end = last();
        return new Ast.Tuple(freeze(elts), ExprContext.Load, start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** {@code slice}: {@code [expression] ':' [expression] [':' [expression]] | named_expression}. */
    private Ast.Expr slice() throws ParseError {
        Token start = peek();
        Ast.Expr lower = null;
        if (start.kind() != COLON) {
            if (atAssignmentExpression()) {
                return assignmentExpression();
            }
            int m = mark();
            lower = expression();
            if (!at(COLON)) {
                if (callInvalidRules || at(COLONEQUAL)) {
                    reset(m);
                    return namedExpression();
                }
                return lower;
            }
        }
        next();
        Ast.Expr upper = startsExpression(peek()) ? expression() : null;
        Ast.Expr step = null;
        if (at(COLON)) {
            next();
            if (startsExpression(peek())) {
                step = expression();
            }
        }
        Token end = last();
        return new Ast.Slice(lower, upper, step, start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** {@code starred_expression}: {@code '*' expression}. */
    private Ast.Expr starredExpression() throws ParseError {
        Token star = next();
        Ast.Expr value = expression();
        return new Ast.Starred(value, ExprContext.Load, star.lineno(), star.colOffset(), last().endLineno(),
                last().endColOffset());
    }

    // ---------------------------------------------------------------- atoms

    /** {@code atom}: names, constants, strings, numbers, and bracketed displays. */
    protected Ast.Expr atom() throws ParseError {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                next();
                return new Ast.Name(t.text(), ExprContext.Load, t.lineno(), t.colOffset(), t.endLineno(),
                        t.endColOffset());
            }
            case NUMBER -> {
                next();
                return NumberLiterals.constant(t, tokenizer);
            }
            case STRING -> {
                next();
                if (!at(STRING)) {
                    return strings(List.of(t));
                }
                ArrayList<Token> strings = new ArrayList<>();
                strings.add(t);
                while (at(STRING)) {
                    strings.add(next());
                }
                return strings(strings);
            }
            case TRUE, FALSE, NONE, ELLIPSIS -> {
                next();
                Object value = switch (t.kind()) {
                    case TRUE -> Boolean.TRUE;
                    case FALSE -> Boolean.FALSE;
                    case NONE -> Ast.Singleton.NONE;
                    default -> Ast.Singleton.ELLIPSIS;
                };
                return new Ast.Constant(value, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case LPAR -> {
                enter();
                Ast.Expr e = callInvalidRules ? displayWithStarredProbe(t) : parenthesized();
                depth--;
                return e;
            }
            case LSQB -> {
                enter();
                Ast.Expr e = callInvalidRules ? displayWithStarredProbe(t) : listDisplay();
                depth--;
                return e;
            }
            case LBRACE -> {
                enter();
                Ast.Expr e = callInvalidRules ? displayWithStarredProbe(t) : braceDisplay();
                depth--;
                return e;
            }
            default -> throw fail();
        }
    }

    /**
     * Second pass: a bracketed display that fails and begins with '*' gets CPython's
     * invalid_comprehension try at {@code starred_expression}, whose expression may raise a
     * specialised error of its own.
     */
    private Ast.Expr displayWithStarredProbe(Token open) throws ParseError {
        int m = mark();
        int d = depth;
        try {
            return switch (open.kind()) {
                case LPAR -> parenthesized();
                case LSQB -> listDisplay();
                default -> braceDisplay();
            };
        } catch (ParseError e) {
            if (!isGenericFailure(e) || tokenAt(m + 1).kind() != STAR) {
                throw e;
            }
            reset(m + 1);
            depth = d;
            try {
                starredExpression();
            } catch (ParseError e2) {
                if (!isGenericFailure(e2)) {
                    throw e2;
                }
            }
            reset(m);
            throw e;
        }
    }

    /** {@code tuple | group | genexp}, at '('. */
    private Ast.Expr parenthesized() throws ParseError {
        Token open = next();
        Token t = peek();
        switch (t.kind()) {
            case RPAR -> {
                next();
                return new Ast.Tuple(List.of(), ExprContext.Load, open.lineno(), open.colOffset(), t.endLineno(),
                        t.endColOffset());
            }
            case YIELD -> {
                Ast.Expr y = yieldExpr();
                expectToken(RPAR);
                return y;
            }
            case DOUBLESTAR -> {
                if (callInvalidRules) {
                    next();
                    expression();
                    if (at(RPAR)) {
                        throw errorOn(t, "cannot use double starred expression here");
                    }
                }
                throw fail();
            }
            default -> {
            }
        }
        Ast.Expr first = starNamedExpression();
        Token after = peek();
        switch (after.kind()) {
            case RPAR -> {
                if (first instanceof Ast.Starred) {
                    if (callInvalidRules) {
                        throw errorOn(first, "cannot use starred expression here");
                    }
                    throw fail();
                }
                next();
                return first;
            }
            case COMMA -> {
                ArrayList<Ast.Expr> elts = new ArrayList<>();
                elts.add(first);
                while (at(COMMA)) {
                    next();
                    if (!startsStarExpression(peek())) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                Token close = expectToken(RPAR);
                return new Ast.Tuple(freeze(elts), ExprContext.Load, open.lineno(), open.colOffset(),
                        close.endLineno(), close.endColOffset());
            }
            case FOR, ASYNC -> {
                if (first instanceof Ast.Starred) {
                    comprehensionClausesForError(first, "iterable unpacking cannot be used in comprehension");
                }
                List<Ast.Comprehension> generators = forIfClauses();
                Token close = expectToken(RPAR);
                return new Ast.GeneratorExp(first, generators, open.lineno(), open.colOffset(), close.endLineno(),
                        close.endColOffset());
            }
            default -> throw fail();
        }
    }

    /**
     * An element followed by comprehension clauses where none is allowed: in the second pass,
     * parse the clauses and raise {@code msg} at the element; otherwise fail.
     */
    private void comprehensionClausesForError(Ast.Expr element, String msg) throws ParseError {
        if (callInvalidRules) {
            forIfClauses();
            throw errorOn(element, msg);
        }
        throw fail();
    }

    /** {@code list | listcomp}, at '['. */
    private Ast.Expr listDisplay() throws ParseError {
        Token open = next();
        if (at(RSQB)) {
            Token close = next();
            return new Ast.List(List.of(), ExprContext.Load, open.lineno(), open.colOffset(), close.endLineno(),
                    close.endColOffset());
        }
        Ast.Expr first = starNamedExpression();
        if (atComprehension()) {
            if (first instanceof Ast.Starred) {
                comprehensionClausesForError(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Ast.Comprehension> generators = forIfClauses();
            Token close = expectToken(RSQB);
            return new Ast.ListComp(first, generators, open.lineno(), open.colOffset(), close.endLineno(),
                    close.endColOffset());
        }
        List<Ast.Expr> elts = displayRest(first, RSQB);
        Token close = last();
        return new Ast.List(elts, ExprContext.Load, open.lineno(), open.colOffset(), close.endLineno(),
                close.endColOffset());
    }

    private boolean atComprehension() throws ParseError {
        TokenKind k = peek().kind();
        return k == FOR || (k == ASYNC && peek(1).kind() == FOR);
    }

    /**
     * The rest of a list or set display after its first element, through the closing bracket,
     * with the second pass's "did you forget parentheses around the comprehension target?".
     */
    private List<Ast.Expr> displayRest(Ast.Expr first, TokenKind close) throws ParseError {
        if (!at(COMMA)) {
            expectToken(close);
            return List.of(first);
        }
        ArrayList<Ast.Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(COMMA)) {
            Token comma = next();
            if (!startsStarExpression(peek())) {
                if (callInvalidRules && elts.size() == 1 && atComprehension()) {
                    forIfClauses();
                    throw errorRange(first, comma, "did you forget parentheses around the comprehension target?");
                }
                break;
            }
            elts.add(starNamedExpression());
        }
        if (callInvalidRules && elts.size() > 1 && atComprehension()) {
            forIfClauses();
            throw errorRange(first, elts.get(elts.size() - 1),
                    "did you forget parentheses around the comprehension target?");
        }
        expectToken(close);
        return freeze(elts);
    }

    /** {@code dict | set | dictcomp | setcomp}, at '{'. */
    private Ast.Expr braceDisplay() throws ParseError {
        Token open = next();
        Token t = peek();
        switch (t.kind()) {
            case RBRACE -> {
                next();
                return new Ast.Dict(List.of(), List.of(), open.lineno(), open.colOffset(), t.endLineno(),
                        t.endColOffset());
            }
            case DOUBLESTAR -> {
                next();
                Ast.Expr value = bitwiseOr();
                if (atComprehension()) {
                    if (callInvalidRules) {
                        forIfClauses();
                        if (at(RBRACE)) {
                            throw errorOn(t, "dict unpacking cannot be used in dict comprehension");
                        }
                    }
                    throw fail();
                }
                return dictRest(open, null, value);
            }
            case STAR -> {
                return setRest(open, starNamedExpression());
            }
            default -> {
            }
        }
        if (atAssignmentExpression()) {
            return setRest(open, assignmentExpression());
        }
        int m = mark();
        Ast.Expr key = expression();
        if (!at(COLON)) {
            if (callInvalidRules || at(COLONEQUAL)) {
                reset(m);
                key = namedExpression();
            }
            return setRest(open, key);
        }
        Token colon = next();
        invalidDictValue(colon);
        Ast.Expr value = expression();
        if (atComprehension()) {
            List<Ast.Comprehension> generators = forIfClauses();
            Token close = expectToken(RBRACE);
            return new Ast.DictComp(key, value, generators, open.lineno(), open.colOffset(), close.endLineno(),
                    close.endColOffset());
        }
        return dictRest(open, key, value);
    }

    /**
     * A dict value that is starred or missing (invalid_double_starred_kvpairs). CPython's grammar
     * reaches that rule through {@code '{' invalid_double_starred_kvpairs '}'}, an alternative that
     * does not start with the invalid rule, so it runs in the first pass too.
     */
    private void invalidDictValue(Token colon) throws ParseError {
        Token t = peek();
        if (t.kind() == STAR) {
            int m = mark();
            try {
                next();
                bitwiseOr();
                throw errorStartingFrom(t, "cannot use a starred expression in a dictionary value");
            } catch (ParseError e) {
                if (!isGenericFailure(e)) {
                    throw e;
                }
            }
            reset(m);
        } else if (t.kind() == RBRACE || t.kind() == COMMA) {
            throw errorOn(colon, "expression expected after dictionary key and ':'");
        }
    }

    private Ast.Expr setRest(Token open, Ast.Expr first) throws ParseError {
        if (atComprehension()) {
            if (first instanceof Ast.Starred) {
                comprehensionClausesForError(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Ast.Comprehension> generators = forIfClauses();
            Token close = expectToken(RBRACE);
            return new Ast.SetComp(first, generators, open.lineno(), open.colOffset(), close.endLineno(),
                    close.endColOffset());
        }
        List<Ast.Expr> elts = displayRest(first, RBRACE);
        Token close = last();
        return new Ast.Set(elts, open.lineno(), open.colOffset(), close.endLineno(), close.endColOffset());
    }

    /** The rest of a dict display after its first pair (key null for '**'), through '}'. */
    private Ast.Expr dictRest(Token open, Ast.Expr firstKey, Ast.Expr firstValue) throws ParseError {
        ArrayList<Ast.Expr> keys = new ArrayList<>();
        ArrayList<Ast.Expr> values = new ArrayList<>();
        keys.add(firstKey);
        values.add(firstValue);
        while (at(COMMA)) {
            next();
            Token t = peek();
            if (t.kind() == DOUBLESTAR) {
                next();
                keys.add(null);
                values.add(bitwiseOr());
            } else if (startsExpression(t)) {
                // invalid_kvpair takes the longest expression there is (f of f(2 2)), see below
                Ast.Expr key = longestExpression();
                if (key == null) {
                    throw fail();
                }
                if (!at(COLON)) {
                    // invalid_kvpair, which runs in the first pass too (see invalidDictValue).
                    // CPython points just before the key's end, with no end column.
                    int col = key.endColOffset() - 1;
                    if (fstringShift >= 0) {
                        col -= fstringShift;
                    }
                    String text = tokenizer.line(key.lineno());
                    int offset = tokenizer.byteOffsetErrors() ? col + 1 : charsStartingUpTo(text, col);
                    lastParserError = new ParseError(ParseError.Kind.SyntaxError,
                            (fstringShift >= 0 ? "f-string: " : "") + "':' expected after dictionary key",
                            filename, key.lineno(), offset, text, key.endLineno(), 0);
                    throw lastParserError;
                }
                Token colon = next();
                invalidDictValue(colon);
                keys.add(key);
                values.add(expression());
            } else {
                break;
            }
        }
        Token close = expectToken(RBRACE);
        return new Ast.Dict(freeze(keys), freeze(values), open.lineno(), open.colOffset(), close.endLineno(),
                close.endColOffset());
    }

    /**
     * How many characters of {@code line} start at or before byte {@code col}: CPython's 1-based
     * offset for a byte column that may fall inside a character (it decodes col + 1 bytes).
     */
    private static int charsStartingUpTo(String line, int col) {
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.length() && bytes <= col; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
        }
        return chars;
    }

    // ---------------------------------------------------------------- comprehensions

    /** {@code for_if_clauses}: one or more {@code [async] for targets in disjunction (if disjunction)*}. */
    protected List<Ast.Comprehension> forIfClauses() throws ParseError {
        Ast.Comprehension first = forIfClause();
        if (!atComprehension()) {
            return List.of(first);
        }
        ArrayList<Ast.Comprehension> clauses = new ArrayList<>();
        clauses.add(first);
        while (atComprehension()) {
            clauses.add(forIfClause());
        }
        return freeze(clauses);
    }

    private Ast.Comprehension forIfClause() throws ParseError {
        int isAsync = 0;
        if (at(ASYNC)) {
            next();
            isAsync = 1;
        }
        expectToken(FOR);
        Ast.Expr target = forTargetsIn();
        Ast.Expr iter = disjunction();
        if (!at(IF)) {
            return new Ast.Comprehension(target, iter, List.of(), isAsync);
        }
        ArrayList<Ast.Expr> ifs = new ArrayList<>(2);
        while (at(IF)) {
            next();
            ifs.add(disjunction());
        }
        return new Ast.Comprehension(target, iter, freeze(ifs), isAsync);
    }

    /**
     * After 'for' (in a for statement or a comprehension): {@code star_targets 'in'}, returning the
     * targets. When they do not parse, the second pass reports what CPython's invalid_for_target
     * reports ("cannot assign to X").
     */
    protected Ast.Expr forTargetsIn() throws ParseError {
        int m = mark();
        int d = depth;
        try {
            Ast.Expr target = starTargets();
            expectToken(IN);
            return target;
        } catch (ParseError e) {
            if (!callInvalidRules || !isGenericFailure(e)) {
                throw e;
            }
            reset(m);
            depth = d;
            ParseError specific;
            try {
                specific = invalidTargetError(TargetKind.FOR_TARGETS, starExpressions());
            } catch (ParseError e2) {
                if (!isGenericFailure(e2)) {
                    throw e2;
                }
                specific = null;
            }
            throw specific != null ? specific : e;
        }
    }

    // ---------------------------------------------------------------- call arguments

    /**
     * A call's argument list, at '(' (also a class definition's bases, with {@code func} and
     * {@code start} null and {@code allowGenexp} false). Returns the Call, spanning from
     * {@code start} (the first token of the called primary) to ')'.
     */
    protected Ast.Call callArguments(Ast.Expr func, Token start, boolean allowGenexp) throws ParseError {
        Token open = next();
        int startLine = start == null ? open.lineno() : start.lineno();
        int startCol = start == null ? open.colOffset() : start.colOffset();
        if (at(RPAR)) {
            Token close = next();
            return new Ast.Call(func, List.of(), List.of(), startLine, startCol, close.endLineno(),
                    close.endColOffset());
        }
        ArrayList<Ast.Expr> args = null;
        ArrayList<Ast.Keyword> keywords = null;
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        boolean positionalAfterKeyword = false;
        boolean unpackingBeforePositional = false;
        Token argsStart = null;
        Token argsEnd = null;
        while (true) {
            Token t = peek();
            if ((t.kind() == TRUE || t.kind() == FALSE || t.kind() == NONE) && peek(1).kind() == EQUAL) {
                if (callInvalidRules) {
                    throw errorRange(t, peek(1), "cannot assign to " + t.kind().spelling);
                }
                throw fail();
            }
            switch (t.kind()) {
                case STAR -> {
                    next();
                    Ast.Expr value = null;
                    if (!sawDoubleStar) {
                        try {
                            value = expression();
                        } catch (ParseError e) {
                            if (!callInvalidRules || argsStart == null || !isGenericFailure(e)) {
                                throw e;
                            }
                        }
                    }
                    if (value == null) {
                        // CPython's `args ',' '*'`: the arguments before this '*' are highlighted.
                        if (callInvalidRules && argsStart != null) {
                            throw errorRange(argsStart, argsEnd,
                                    "iterable argument unpacking follows keyword argument unpacking");
                        }
                        throw fail();
                    }
                    if (callInvalidRules && args == null && keywords == null && atComprehension()) {
                        comprehensionClausesForError(new Ast.Starred(value, ExprContext.Load, t.lineno(),
                                t.colOffset(), last().endLineno(), last().endColOffset()),
                                "iterable unpacking cannot be used in comprehension");
                    }
                    if (args == null) {
                        args = new ArrayList<>();
                    }
                    args.add(new Ast.Starred(value, ExprContext.Load, t.lineno(), t.colOffset(), last().endLineno(),
                            last().endColOffset()));
                }
                case DOUBLESTAR -> {
                    next();
                    Ast.Expr value = expression();
                    if (keywords == null) {
                        keywords = new ArrayList<>();
                    }
                    keywords.add(new Ast.Keyword(null, value, t.lineno(), t.colOffset(), last().endLineno(),
                            last().endColOffset()));
                    sawDoubleStar = true;
                }
                default -> {
                    if (t.kind() == NAME && peek(1).kind() == EQUAL) {
                        next();
                        Token eq = next();
                        Ast.Expr value = expression();
                        if (callInvalidRules && atComprehension()) {
                            throw errorRange(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                        }
                        if (keywords == null) {
                            keywords = new ArrayList<>();
                        }
                        keywords.add(new Ast.Keyword(t.text(), value, t.lineno(), t.colOffset(), last().endLineno(),
                                last().endColOffset()));
                        sawKeyword = true;
                    } else {
                        boolean afterKeyword = sawKeyword || sawDoubleStar;
                        if (afterKeyword && !callInvalidRules) {
                            throw fail();
                        }
                        if (afterKeyword && !positionalAfterKeyword) {
                            unpackingBeforePositional = sawDoubleStar;
                        }
                        positionalAfterKeyword |= positional(open, args == null && keywords == null, allowGenexp,
                                afterKeyword);
                        if (lastPositional instanceof Ast.GeneratorExp g && g.lineno() == open.lineno()
                                && g.colOffset() == open.colOffset()) {
                            Token close = last();
                            return new Ast.Call(func, List.of(g), List.of(), startLine, startCol, close.endLineno(),
                                    close.endColOffset());
                        }
                        if (args == null) {
                            args = new ArrayList<>();
                        }
                        args.add(lastPositional);
                    }
                }
            }
            if (argsStart == null) {
                argsStart = t;
            }
            argsEnd = last();
            if (at(COMMA)) {
                next();
                if (!at(RPAR)) {
                    if (positionalAfterKeyword && !startsArgument(peek())) {
                        break;
                    }
                    continue;
                }
            } else if (!at(RPAR) && !positionalAfterKeyword) {
                throw fail();
            }
            break;
        }
        if (positionalAfterKeyword) {
            // CPython's `args ',' args`: the second run of arguments only has to parse as far
            // as it goes; the error is at the furthest token fetched.
            if (callInvalidRules) {
                throw errorAtFurthest(unpackingBeforePositional
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
            }
            throw fail();
        }
        Token close = next();
        return new Ast.Call(func, args == null ? List.of() : freeze(args),
                keywords == null ? List.of() : freeze(keywords), startLine, startCol, close.endLineno(),
                close.endColOffset());
    }

    /**
     * The {@code ',' [args | expression for_if_clauses]} after a bare generator argument in
     * invalid_arguments: it fetches what follows the comma, so that a tokenizer error there (an
     * unclosed bracket at the end of the file) wins, and any specialised error in it too.
     */
    private void skipOptionalArgument() throws ParseError {
        int m = mark();
        int d = depth;
        next();
        try {
            if (at(STAR) || at(DOUBLESTAR)) {
                next();
            }
            expression();
            if (accept(EQUAL) != null) {
                expression();
            }
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        reset(m);
        depth = d;
    }

    private static boolean startsArgument(Token t) {
        return t.kind() == DOUBLESTAR || startsStarExpression(t);
    }

    /** The positional argument {@link #positional} parsed last. */
    private Ast.Expr lastPositional;

    /**
     * Parses a positional argument (walrus or expression) into {@link #lastPositional}; a lone
     * generator argument becomes a GeneratorExp spanning the call's parentheses. Returns whether it
     * is a positional argument following a keyword one (an error, reported once the whole argument
     * list has been read, as CPython does).
     */
    private boolean positional(Token open, boolean first, boolean allowGenexp, boolean afterKeyword)
            throws ParseError {
        boolean walrus = atAssignmentExpression();
        Ast.Expr e = walrus ? assignmentExpression() : expression();
        if (at(EQUAL)) {
            // invalid_kwarg's "expression '='": a bare walrus is no expression, so it gets no message.
            if (callInvalidRules && !walrus) {
                throw errorRange(e, peek(), "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            throw fail();
        }
        if (at(COLONEQUAL)) {
            throw fail();
        }
        // Only a lone generator argument (or the second pass) looks for "for" clauses, so that
        // the first pass fetches no further than CPython's does.
        if (((first && allowGenexp) || callInvalidRules) && atComprehension()) {
            int m = mark();
            List<Ast.Comprehension> generators = forIfClauses();
            if (first && allowGenexp && at(RPAR)) {
                Token close = next();
                lastPositional = new Ast.GeneratorExp(e, generators, open.lineno(), open.colOffset(),
                        close.endLineno(), close.endColOffset());
                return false;
            }
            if (callInvalidRules) {
                Ast.Comprehension lastClause = generators.get(generators.size() - 1);
                Ast.Expr lastItem = lastClause.ifs().isEmpty() ? lastClause.iter()
                        : lastClause.ifs().get(lastClause.ifs().size() - 1);
                // CPython's invalid_arguments: after other arguments, or followed by a comma.
                if (!first || at(COMMA)) {
                    if (first) {
                        skipOptionalArgument();
                    }
                    throw errorRange(e, lastItem, "Generator expression must be parenthesized");
                }
            }
            reset(m);
            throw fail();
        }
        lastPositional = e;
        return afterKeyword;
    }

    // ---------------------------------------------------------------- lambda

    private Ast.Expr lambdef() throws ParseError {
        Token lambda = next();
        enter();
        Ast.Arguments args = lambdaParameters();
        expectToken(COLON);
        Ast.Expr body = expression();
        depth--;
        return new Ast.Lambda(args, body, lambda.lineno(), lambda.colOffset(), last().endLineno(), last().endColOffset());
    }

    private static final Ast.Arguments NO_ARGUMENTS =
            new Ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    /** Lambda parameters up to (not including) ':', with CPython's invalid_lambda_* messages. */
    private Ast.Arguments lambdaParameters() throws ParseError {
        if (at(COLON)) {
            return NO_ARGUMENTS;
        }
        ArrayList<Ast.Arg> posonly = null;
        ArrayList<Ast.Arg> params = new ArrayList<>();
        ArrayList<Ast.Expr> defaults = new ArrayList<>();
        Ast.Arg vararg = null;
        ArrayList<Ast.Arg> kwonly = new ArrayList<>();
        ArrayList<Ast.Expr> kwDefaults = new ArrayList<>();
        Ast.Arg kwarg = null;
        boolean sawStar = false;
        while (!at(COLON)) {
            Token t = peek();
            switch (t.kind()) {
                case NAME -> {
                    next();
                    Ast.Arg arg = new Ast.Arg(t.text(), null, null, t.lineno(), t.colOffset(), t.endLineno(),
                            t.endColOffset());
                    Ast.Expr dflt = null;
                    if (at(EQUAL)) {
                        Token eq = next();
                        if (callInvalidRules && (at(COMMA) || at(RPAR))) {
                            throw errorOn(eq, "expected default value expression");
                        }
                        dflt = expression();
                    }
                    if (sawStar) {
                        kwonly.add(arg);
                        kwDefaults.add(dflt);
                    } else {
                        if (dflt == null && !defaults.isEmpty()) {
                            throw lambdaError(arg, "non-default argument follows default argument");
                        }
                        params.add(arg);
                        if (dflt != null) {
                            defaults.add(dflt);
                        }
                    }
                }
                case SLASH -> {
                    next();
                    if (posonly != null) {
                        throw lambdaError(t, "/ may appear only once");
                    }
                    if (sawStar) {
                        throw lambdaError(t, "/ must be ahead of *");
                    }
                    if (params.isEmpty()) {
                        // CPython's rule is "/" ','; a lone "/" is a plain syntax error.
                        throw callInvalidRules && at(COMMA)
                                ? lambdaError(t, "at least one argument must precede /") : fail();
                    }
                    posonly = params;
                    params = new ArrayList<>();
                }
                case STAR -> {
                    next();
                    if (sawStar) {
                        throw lambdaError(t, "* argument may appear only once");
                    }
                    sawStar = true;
                    Token n = peek();
                    if (n.kind() == NAME) {
                        next();
                        vararg = new Ast.Arg(n.text(), null, null, n.lineno(), n.colOffset(), n.endLineno(),
                                n.endColOffset());
                        if (at(EQUAL)) {
                            throw lambdaError(peek(), "var-positional argument cannot have default value");
                        }
                    } else if (n.kind() == COLON
                            || (n.kind() == COMMA && (peek(1).kind() == COLON || peek(1).kind() == DOUBLESTAR))) {
                        throw lambdaError(null, "named arguments must follow bare *");
                    } else if (n.kind() != COMMA) {
                        throw fail();
                    }
                }
                case DOUBLESTAR -> {
                    next();
                    Token n = expectToken(NAME);
                    kwarg = new Ast.Arg(n.text(), null, null, n.lineno(), n.colOffset(), n.endLineno(),
                            n.endColOffset());
                    if (at(EQUAL)) {
                        throw lambdaError(peek(), "var-keyword argument cannot have default value");
                    }
                    if (at(COMMA)) {
                        next();
                        Token after = peek();
                        switch (after.kind()) {
                            case NAME, STAR, DOUBLESTAR, SLASH ->
                                    throw lambdaError(after, "arguments cannot follow var-keyword argument");
                            default -> {
                            }
                        }
                    }
                    if (!at(COLON)) {
                        throw fail();
                    }
                    continue;
                }
                case LPAR -> {
                    if (callInvalidRules) {
                        invalidParenthesizedLambdaParameters(t);
                    }
                    throw fail();
                }
                default -> throw fail();
            }
            if (at(COMMA)) {
                next();
            } else if (!at(COLON)) {
                if (callInvalidRules && at(STAR) && last().kind() == SLASH) {
                    throw errorOn(peek(), "expected comma between / and *");
                }
                throw fail();
            }
        }
        return new Ast.Arguments(posonly == null ? List.of() : freeze(posonly), freeze(params), vararg,
                freeze(kwonly), freeze(kwDefaults), kwarg, freeze(defaults));
    }

    /** A lambda parameter error: specific in the second pass, generic in the first. */
    private ParseError lambdaError(Object where, String msg) {
        if (!callInvalidRules) {
            return fail();
        }
        return switch (where) {
            case Token t -> errorOn(t, msg);
            case Ast.Located a -> errorOn(a, msg);
            case null, default -> errorAtFurthest(msg);
        };
    }

    /** {@code '(' ','.lambda_param+ ','? ')'} at a lambda parameter: CPython's specific error. */
    private void invalidParenthesizedLambdaParameters(Token open) throws ParseError {
        int m = mark();
        next();
        while (at(NAME)) {
            next();
            if (!at(COMMA)) {
                break;
            }
            next();
        }
        Token t = peek();
        if (t.kind() == RPAR && last().kind() != LPAR) {
            throw errorRange(open, t, "Lambda expression parameters cannot be parenthesized");
        }
        reset(m);
    }

    // ---------------------------------------------------------------- targets

    /**
     * Whether {@code t} can begin a {@code star_target}: a star, or any atom, since t_primary
     * accepts an atom followed by a trailer ({@code 0 .real} and {@code "s"[0]} are targets).
     */
    private static boolean startsTarget(Token t) {
        return t.kind() == STAR || startsAtom(t);
    }

    private static boolean startsAtom(Token t) {
        return switch (t.kind()) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, TRUE, FALSE, NONE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /** {@code star_targets}: targets of for loops, with-items and comprehensions, in Store context. */
    protected Ast.Expr starTargets() throws ParseError {
        Token start = peek();
        Ast.Expr first = starTarget();
        if (!at(COMMA)) {
            return first;
        }
        ArrayList<Ast.Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(COMMA)) {
            next();
            if (!startsTarget(peek())) {
                break;
            }
            elts.add(starTarget());
        }
        Token end = last();
        return new Ast.Tuple(freeze(elts), ExprContext.Store, start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** {@code star_target}: a name, attribute, subscript, starred target, or bracketed targets. */
    protected Ast.Expr starTarget() throws ParseError {
        Token t = peek();
        if (t.kind() == STAR) {
            next();
            if (at(STAR)) {
                throw fail();
            }
            Ast.Expr value = starTarget();
            return new Ast.Starred(value, ExprContext.Store, t.lineno(), t.colOffset(), last().endLineno(),
                    last().endColOffset());
        }
        if (!startsTarget(t)) {
            throw fail();
        }
        Ast.Expr target = withContext(primary(), ExprContext.Store);
        if (target == null) {
            throw fail();
        }
        return target;
    }

    /**
     * After 'del': {@code del_targets} followed by ';' or NEWLINE, as a list. When they do not
     * parse, the second pass reports CPython's "cannot delete X".
     */
    protected List<Ast.Expr> delTargets() throws ParseError {
        int m = mark();
        int d = depth;
        try {
            Ast.Expr first = delTarget();
            ArrayList<Ast.Expr> targets = null;
            while (at(COMMA)) {
                next();
                if (!startsTarget(peek()) || at(STAR)) {
                    break;
                }
                if (targets == null) {
                    targets = new ArrayList<>();
                }
                targets.add(delTarget());
            }
            if (!at(SEMI) && !at(NEWLINE)) {
                throw fail();
            }
            return listOf(first, targets);
        } catch (ParseError e) {
            if (!callInvalidRules || !isGenericFailure(e)) {
                throw e;
            }
            reset(m);
            depth = d;
            ParseError specific;
            try {
                specific = invalidTargetError(TargetKind.DEL_TARGETS, starExpressions());
            } catch (ParseError e2) {
                if (!isGenericFailure(e2)) {
                    throw e2;
                }
                specific = null;
            }
            throw specific != null ? specific : e;
        }
    }

    private Ast.Expr delTarget() throws ParseError {
        if (!startsAtom(peek())) {
            throw fail();
        }
        Ast.Expr target = withContext(primary(), ExprContext.Del);
        if (target == null) {
            throw fail();
        }
        return target;
    }

    /**
     * {@code e} with context {@code ctx} (Store or Del) if it is a valid target for that context
     * (names, attributes, subscripts, and tuples/lists of targets; starred only for Store), else
     * null. Assignment statements use this on their already-parsed left-hand sides.
     */
    protected static Ast.Expr withContext(Ast.Expr e, ExprContext ctx) {
        switch (e) {
            case Ast.Name n -> {
                return new Ast.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            }
            case Ast.Attribute a -> {
                return new Ast.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(),
                        a.endColOffset());
            }
            case Ast.Subscript s -> {
                return new Ast.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(),
                        s.endColOffset());
            }
            case Ast.Starred s -> {
                if (ctx != ExprContext.Store || s.value() instanceof Ast.Starred) {
                    return null;
                }
                Ast.Expr value = withContext(s.value(), ctx);
                return value == null ? null
                        : new Ast.Starred(value, ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            }
            case Ast.Tuple t -> {
                List<Ast.Expr> elts = eltsWithContext(t.elts(), ctx);
                return elts == null ? null
                        : new Ast.Tuple(elts, ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case Ast.List l -> {
                List<Ast.Expr> elts = eltsWithContext(l.elts(), ctx);
                return elts == null ? null
                        : new Ast.List(elts, ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            }
            default -> {
                return null;
            }
        }
    }

    private static List<Ast.Expr> eltsWithContext(List<Ast.Expr> elts, ExprContext ctx) {
        if (elts.isEmpty()) {
            return elts;
        }
        Ast.Expr[] out = new Ast.Expr[elts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = withContext(elts.get(i), ctx);
            if (out[i] == null) {
                return null;
            }
        }
        return List.of(out);
    }

    /**
     * {@code single_target} check for augmented and annotated assignment: a name, attribute or
     * subscript (possibly parenthesized), returned in Store context, or null.
     */
    protected static Ast.Expr singleTarget(Ast.Expr e) {
        return switch (e) {
            case Ast.Name n -> withContext(n, ExprContext.Store);
            case Ast.Attribute a -> withContext(a, ExprContext.Store);
            case Ast.Subscript s -> withContext(s, ExprContext.Store);
            default -> null;
        };
    }
}
