package org.pythebo.parser;

import static org.pythebo.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.pythebo.parser.ast.Ast.Expr;
import org.pythebo.parser.ast.Ast.ExprContext;
import org.pythebo.parser.ast.Ast.Pattern;
import org.pythebo.parser.ast.Ast.Stmt;
import org.pythebo.parser.ast.Ast;

/**
 * The statement half of CPython 3.11's grammar (Grammar/python.gram): simple and compound
 * statements, function and class definitions with their parameters, imports, and {@code match}
 * with its patterns.
 *
 * <p>Parsing runs in the two passes described at {@link ExpressionParser}: where CPython has an
 * {@code invalid_*} rule, the first pass just fails ({@link #fail()}) and the second pass, with
 * {@link #callInvalidRules} set, raises that rule's message. Forced tokens ({@code &&':'} in the
 * grammar) raise "expected ':'" in both passes, as in CPython.
 *
 * <p>Node positions follow CPython's {@code EXTRA}: a node starts at its first token and ends at
 * the last token it consumed that is not NEWLINE, INDENT or DEDENT.
 */
abstract class StatementParser extends ExpressionParser {

    protected StatementParser(Tokenizer tokenizer, ParseOptions options) {
        super(tokenizer, options);
    }

    // ---------------------------------------------------------------- start rules

    /** {@code file: [statements] ENDMARKER} */
    protected Ast.Module fileInput() throws ParseError {
        return withErrorPass(() -> {
            ArrayList<Stmt> body = new ArrayList<>();
            while (!at(ENDMARKER)) {
                statement(body);
            }
            return new Ast.Module(frozen(body), List.of());
        });
    }

    /** {@code eval: expressions NEWLINE* ENDMARKER} */
    protected Ast.Expression evalInput() throws ParseError {
        return withErrorPass(() -> {
            if (peek().kind() == ENDMARKER && tokenizer.source().isEmpty()) {
                // Empty input: CPython's tokenizer has not read a line, so the line is 0.
                throw new ParseError(ParseError.Kind.SyntaxError, "invalid syntax", filename, 0, 0, "", 0, 0);
            }
            Expr body = expressions();
            while (accept(NEWLINE) != null) {
                // trailing newlines are allowed
            }
            if (!at(ENDMARKER)) {
                throw fail();
            }
            return new Ast.Expression(body);
        });
    }

    /**
     * {@code func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER}, the
     * signature of a function type comment; the {@code *} and {@code **} that may mark its last
     * two types are dropped.
     */
    protected Ast.FunctionType funcTypeInput() throws ParseError {
        return withErrorPass(() -> {
            if (accept(LPAR) == null) {
                throw fail();
            }
            ArrayList<Expr> argtypes = new ArrayList<>();
            if (!at(RPAR)) {
                boolean star = false;
                while (true) {
                    boolean doubleStar = accept(DOUBLESTAR) != null;
                    if (!doubleStar && star) {
                        throw fail();
                    }
                    star |= !doubleStar && accept(STAR) != null;
                    argtypes.add(expression());
                    if (doubleStar || accept(COMMA) == null) {
                        break;
                    }
                }
            }
            if (accept(RPAR) == null || accept(RARROW) == null) {
                throw fail();
            }
            Expr returns = expression();
            while (accept(NEWLINE) != null) {
                // trailing newlines are allowed
            }
            if (!at(ENDMARKER)) {
                throw fail();
            }
            return new Ast.FunctionType(frozen(argtypes), returns);
        });
    }

    /** {@code interactive: statement_newline}; then only blanks and comments may follow. */
    protected Ast.Interactive interactiveInput() throws ParseError {
        Ast.Interactive result = withErrorPass(() -> {
            ArrayList<Stmt> body = new ArrayList<>(1);
            Token t = peek();
            switch (t.kind()) {
                case NEWLINE -> {
                    next();
                    body.add(new Ast.Pass(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset()));
                }
                case ENDMARKER -> {
                    if (t.lineno() == 1 && tokenizer.source().isEmpty()) {
                        // Empty input: CPython's tokenizer has not read a line, so the line is 0.
                        throw new ParseError(ParseError.Kind.SyntaxError, "invalid syntax", filename, 0, 0, "", 0, 0);
                    }
                    throw fail();
                }
                default -> {
                    // statement_newline: a compound statement needs a NEWLINE after it (the
                    // tokenizer turns the end of input into one, see Tokenizer.forSingleInput)
                    if (statement(body) && accept(NEWLINE) == null) {
                        throw fail();
                    }
                }
            }
            return new Ast.Interactive(frozen(body));
        });
        if (moreSourceFollows()) {
            throw errorAtLastToken("multiple statements found while compiling a single statement");
        }
        return result;
    }

    /** Whether anything but whitespace and comments follows the last token read (CPython's bad_single_statement). */
    private boolean moreSourceFollows() {
        String src = tokenizer.source();
        int i = furthest().end();
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- statements

    /**
     * {@code statement: compound_stmt | simple_stmts}; adds what it parsed to {@code out} and
     * tells whether it was a compound statement.
     */
    private boolean statement(List<Stmt> out) throws ParseError {
        Token t = peek();
        switch (t.kind()) {
            case DEF -> out.add(functionDef(List.of(), t));
            case ASYNC -> out.add(asyncStatement(List.of()));
            case AT -> out.add(decorated());
            case CLASS -> out.add(classDef(List.of()));
            case IF -> out.add(ifStatement());
            case WHILE -> out.add(whileStatement());
            case FOR -> out.add(forStatement(t));
            case WITH -> out.add(withStatement(t));
            case TRY -> out.add(tryStatement());
            case NAME -> {
                if (t.text().equals("match") && startsStarExpression(peek(1))) {
                    return matchOrSimple(out);
                }
                simpleStmts(out);
                return false;
            }
            default -> {
                simpleStmts(out);
                return false;
            }
        }
        return true;
    }

    /** {@code simple_stmts: ';'.simple_stmt+ [';'] NEWLINE} */
    private void simpleStmts(List<Stmt> out) throws ParseError {
        while (true) {
            out.add(simpleStmt());
            if (accept(SEMI) == null || at(NEWLINE)) {
                break;
            }
        }
        if (accept(NEWLINE) == null) {
            throw fail();
        }
    }

    private Stmt simpleStmt() throws ParseError {
        Token t = peek();
        switch (t.kind()) {
            case PASS -> {
                next();
                return new Ast.Pass(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case BREAK -> {
                next();
                return new Ast.Break(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case CONTINUE -> {
                next();
                return new Ast.Continue(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case RETURN -> {
                next();
                Expr value = startsStarExpression(peek()) ? starExpressions() : null;
                Token e = last();
                return new Ast.Return(value, t.lineno(), t.colOffset(), e.endLineno(), e.endColOffset());
            }
            case RAISE -> {
                next();
                Expr exc = null;
                Expr cause = null;
                if (startsExpression(peek())) {
                    exc = expression();
                    if (accept(FROM) != null) {
                        cause = expression();
                    }
                }
                Token e = last();
                return new Ast.Raise(exc, cause, t.lineno(), t.colOffset(), e.endLineno(), e.endColOffset());
            }
            case GLOBAL, NONLOCAL -> {
                return globalStmt();
            }
            case DEL -> {
                next();
                List<Expr> targets = delTargets();
                Token e = last();
                return new Ast.Delete(targets, t.lineno(), t.colOffset(), e.endLineno(), e.endColOffset());
            }
            case ASSERT -> {
                next();
                Expr test = expression();
                Expr msg = accept(COMMA) != null ? expression() : null;
                Token e = last();
                return new Ast.Assert(test, msg, t.lineno(), t.colOffset(), e.endLineno(), e.endColOffset());
            }
            case IMPORT -> {
                return importName();
            }
            case FROM -> {
                return importFrom();
            }
            default -> {
                return expressionStatement();
            }
        }
    }

    private Stmt globalStmt() throws ParseError {
        Token t = next();
        ArrayList<String> names = new ArrayList<>();
        do {
            names.add(expectName().text());
        } while (accept(COMMA) != null);
        Token e = last();
        return t.kind() == GLOBAL
                ? new Ast.Global(frozen(names), t.lineno(), t.colOffset(), e.endLineno(), e.endColOffset())
                : new Ast.Nonlocal(frozen(names), t.lineno(), t.colOffset(), e.endLineno(), e.endColOffset());
    }

    // ---------------------------------------------------------------- expressions and assignments

    /** The operator of an augmented-assignment token, or null. */
    private static Ast.Operator augOperator(TokenKind kind) {
        return switch (kind) {
            case PLUSEQUAL -> Ast.Operator.Add;
            case MINEQUAL -> Ast.Operator.Sub;
            case STAREQUAL -> Ast.Operator.Mult;
            case ATEQUAL -> Ast.Operator.MatMult;
            case SLASHEQUAL -> Ast.Operator.Div;
            case PERCENTEQUAL -> Ast.Operator.Mod;
            case AMPEREQUAL -> Ast.Operator.BitAnd;
            case VBAREQUAL -> Ast.Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Ast.Operator.BitXor;
            case LEFTSHIFTEQUAL -> Ast.Operator.LShift;
            case RIGHTSHIFTEQUAL -> Ast.Operator.RShift;
            case DOUBLESTAREQUAL -> Ast.Operator.Pow;
            case DOUBLESLASHEQUAL -> Ast.Operator.FloorDiv;
            default -> null;
        };
    }

    /**
     * Expression statements and the three kinds of assignment. CPython tries the assignment rules
     * first; parsing the expression and then looking at the token after it accepts the same
     * language without backtracking.
     */
    private Stmt expressionStatement() throws ParseError {
        int start = mark();
        Expr e = at(YIELD) ? yieldExpr() : starExpressions();
        Token t = peek();
        switch (t.kind()) {
            case EQUAL -> {
                return assignment(start, e);
            }
            case COLON -> {
                return annotatedAssignment(start, e);
            }
            default -> {
                Ast.Operator op = augOperator(t.kind());
                if (op != null) {
                    return augmentedAssignment(start, e, op);
                }
                if (callInvalidRules && t.kind() != NEWLINE && t.kind() != SEMI) {
                    scanInvalidAssignment(start);
                }
                Token first = tokenAt(start);
                Token end = last();
                return new Ast.ExprStmt(e, first.lineno(), first.colOffset(), end.endLineno(), end.endColOffset());
            }
        }
    }

    /** {@code (star_targets '=')+ (yield_expr | star_expressions) !'='} */
    private Stmt assignment(int start, Expr firstTarget) throws ParseError {
        ArrayList<Expr> targets = new ArrayList<>(2);
        Expr value = firstTarget;
        while (at(EQUAL)) {
            Expr target = withContext(value, ExprContext.Store);
            if (target == null) {
                throw invalidAssignment(start, value);
            }
            targets.add(target);
            next();
            try {
                value = at(YIELD) ? yieldExpr() : starExpressions();
            } catch (ParseError e) {
                // No assignment rule matches: CPython's second pass goes on to invalid_assignment.
                if (callInvalidRules && isGenericFailure(e)) {
                    scanInvalidAssignment(start);
                }
                throw e;
            }
        }
        Token first = tokenAt(start);
        Token end = last();
        return new Ast.Assign(frozen(targets), value, null, first.lineno(), first.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /**
     * An assignment to {@code value}, which is no target: CPython's invalid_assignment (and the
     * invalid_named_expression it reaches first, which reads {@code f() = 1} as a mistyped
     * comparison).
     */
    private ParseError invalidAssignment(int start, Expr value) throws ParseError {
        if (!callInvalidRules) {
            return fail();
        }
        scanInvalidAssignment(start);
        if (value instanceof Ast.Yield || value instanceof Ast.YieldFrom) {
            return errorOn(value, "assignment to yield expression not possible");
        }
        ParseError e = invalidTargetError(TargetKind.STAR_TARGETS, value);
        return e != null ? e : fail();
    }

    /**
     * The start of invalid_assignment's {@code star_named_expression ',' star_named_expressions*},
     * which CPython's second pass tries on a statement that no assignment rule accepts: each of
     * those named expressions runs invalid_named_expression, and the repetition goes on across a
     * missing comma.
     */
    private void scanInvalidAssignment(int start) throws ParseError {
        int m = mark();
        reset(start);
        try {
            Expr first = starNamedExpression();
            if (accept(COMMA) != null) {
                while (startsStarExpression(peek())) {
                    starNamedExpression();
                    accept(COMMA);
                }
                if (accept(COLON) != null) {
                    expression();
                    throw errorOn(first, "only single target (not tuple) can be annotated");
                }
            }
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        reset(m);
    }

    /** {@code single_target augassign ~ (yield_expr | star_expressions)} */
    private Stmt augmentedAssignment(int start, Expr e, Ast.Operator op) throws ParseError {
        Expr target = singleTarget(e);
        if (target == null && !callInvalidRules) {
            throw fail();
        }
        next();
        Expr value = at(YIELD) ? yieldExpr() : starExpressions();
        if (target == null) {
            // invalid_assignment: a bare yield is no star_expressions, so it does not get this message
            throw tokenAt(start).kind() == YIELD ? fail()
                    : errorOn(e, "'" + exprName(e) + "' is an illegal expression for augmented assignment");
        }
        Token first = tokenAt(start);
        Token end = last();
        return new Ast.AugAssign(target, op, value, first.lineno(), first.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** {@code target ':' expression ['=' annotated_rhs]} with CPython's checks of the target. */
    private Stmt annotatedAssignment(int start, Expr e) throws ParseError {
        boolean parenthesized = wrappedInParentheses(start, mark());
        Expr target = singleTarget(e);
        next();
        if (target == null) {
            throw invalidAnnotationTarget(e, parenthesized);
        }
        Expr annotation = expression();
        Expr value = null;
        if (accept(EQUAL) != null) {
            value = at(YIELD) ? yieldExpr() : starExpressions();
        }
        int simple = e instanceof Ast.Name && !parenthesized ? 1 : 0;
        Token first = tokenAt(start);
        Token end = last();
        return new Ast.AnnAssign(target, annotation, value, simple, first.lineno(), first.colOffset(),
                end.endLineno(), end.endColOffset());
    }

    /** The annotated target {@code e} is not a single target; the ':' is consumed. */
    private ParseError invalidAnnotationTarget(Expr e, boolean parenthesized) throws ParseError {
        if (!callInvalidRules || e instanceof Ast.Starred || e instanceof Ast.Yield || e instanceof Ast.YieldFrom) {
            return fail();
        }
        expression();
        return switch (e) {
            case Ast.List l -> errorOn(e, "only single target (not list) can be annotated");
            case Ast.Tuple t -> errorOn(parenthesized || t.elts().isEmpty() ? t : t.elts().get(0),
                    "only single target (not tuple) can be annotated");
            default -> errorOn(e, "illegal target for annotation");
        };
    }

    /** Whether tokens {@code [from, to)} are one parenthesized group: '(' ... its matching ')'. */
    private boolean wrappedInParentheses(int from, int to) {
        if (to - from < 2 || tokenAt(from).kind() != LPAR || tokenAt(to - 1).kind() != RPAR) {
            return false;
        }
        int depth = 0;
        for (int i = from; i < to - 1; i++) {
            switch (tokenAt(i).kind()) {
                case LPAR, LSQB, LBRACE -> depth++;
                case RPAR, RSQB, RBRACE -> {
                    if (--depth == 0) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- imports

    /** {@code 'import' ','.(dotted_name ['as' NAME])+} */
    private Stmt importName() throws ParseError {
        Token t = next();
        ArrayList<Ast.Alias> names = new ArrayList<>(1);
        do {
            Token start = peek();
            String name = dottedName();
            String asname = accept(AS) != null ? expectName().text() : null;
            Token end = last();
            names.add(new Ast.Alias(name, asname, start.lineno(), start.colOffset(), end.endLineno(),
                    end.endColOffset()));
        } while (accept(COMMA) != null);
        Token end = last();
        return new Ast.Import(frozen(names), t.lineno(), t.colOffset(), end.endLineno(), end.endColOffset());
    }

    private String dottedName() throws ParseError {
        String name = expectName().text();
        if (!at(DOT)) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name);
        while (accept(DOT) != null) {
            sb.append('.').append(expectName().text());
        }
        return sb.toString();
    }

    /** {@code 'from' ('.' | '...')* dotted_name 'import' import_from_targets}, or with dots only. */
    private Stmt importFrom() throws ParseError {
        Token t = next();
        int level = 0;
        while (true) {
            if (accept(DOT) != null) {
                level++;
            } else if (accept(ELLIPSIS) != null) {
                level += 3;
            } else {
                break;
            }
        }
        String module = level == 0 || at(NAME) ? dottedName() : null;
        if (accept(IMPORT) == null) {
            throw fail();
        }
        ArrayList<Ast.Alias> names = new ArrayList<>();
        Token star = accept(STAR);
        if (star != null) {
            names.add(new Ast.Alias("*", null, star.lineno(), star.colOffset(), star.endLineno(), star.endColOffset()));
        } else if (accept(LPAR) != null) {
            importAsNames(names);
            accept(COMMA);
            if (accept(RPAR) == null) {
                throw fail();
            }
        } else {
            importAsNames(names);
            if (at(COMMA)) {
                if (callInvalidRules && peek(1).kind() == NEWLINE) {
                    throw errorAtLastToken("trailing comma not allowed without surrounding parentheses");
                }
                throw fail();
            }
        }
        Token end = last();
        return new Ast.ImportFrom(module, frozen(names), level, t.lineno(), t.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** {@code ','.(NAME ['as' NAME])+}, leaving a trailing comma unconsumed. */
    private void importAsNames(List<Ast.Alias> out) throws ParseError {
        while (true) {
            Token name = expectName();
            String asname = accept(AS) != null ? expectName().text() : null;
            Token end = last();
            out.add(new Ast.Alias(name.text(), asname, name.lineno(), name.colOffset(), end.endLineno(),
                    end.endColOffset()));
            if (!at(COMMA) || peek(1).kind() != NAME) {
                return;
            }
            next();
        }
    }

    // ---------------------------------------------------------------- blocks

    /**
     * {@code block: NEWLINE INDENT statements DEDENT | simple_stmts}. {@code what} names the
     * statement for the IndentationError, e.g. "'if' statement"; {@code keyword} gives its line.
     */
    private List<Stmt> block(String what, Token keyword) throws ParseError {
        ArrayList<Stmt> body = new ArrayList<>();
        if (accept(NEWLINE) != null) {
            if (accept(INDENT) == null) {
                if (callInvalidRules) {
                    throw parserError(ParseError.Kind.IndentationError,
                            "expected an indented block after " + what + " on line " + keyword.lineno(), furthest());
                }
                throw fail();
            }
            do {
                statement(body);
            } while (!at(DEDENT));
            next();
        } else {
            simpleStmts(body);
        }
        return frozen(body);
    }

    /** The ':' that ends a compound statement's header; NEWLINE in its place is "expected ':'". */
    private void headerColon() throws ParseError {
        if (accept(COLON) == null) {
            if (callInvalidRules && at(NEWLINE)) {
                throw errorAtLastToken("expected ':'");
            }
            throw fail();
        }
    }

    /** CPython's forced token ({@code &&':'}): anything else is "expected ':'" right there, in either pass. */
    private void forced(TokenKind kind) throws ParseError {
        Token t = peek();
        if (t.kind() != kind) {
            throw errorOn(t, "expected '" + kind.spelling + "'");
        }
        next();
    }

    /**
     * CPython's RAISE_SYNTAX_ERROR(msg): at the furthest token fetched, which for INDENT, DEDENT
     * and ENDMARKER means the tokenizer's position (see {@link #error}).
     */
    private ParseError errorAtLastToken(String msg) {
        return parserError(ParseError.Kind.SyntaxError, msg, furthest());
    }

    private Token expectName() throws ParseError {
        Token t = accept(NAME);
        if (t == null) {
            throw fail();
        }
        return t;
    }

    /** {@code else_block: 'else' &&':' block}, or an empty list when there is no else. */
    private List<Stmt> elseBlock() throws ParseError {
        Token t = accept(ELSE);
        if (t == null) {
            return List.of();
        }
        forced(COLON);
        return block("'else' statement", t);
    }

    // ---------------------------------------------------------------- compound statements

    /** {@code if} and {@code elif}: an elif chain becomes an If nested in orelse. */
    private Stmt ifStatement() throws ParseError {
        Token t = next();
        Expr test = namedExpression();
        headerColon();
        List<Stmt> body = block(t.kind() == IF ? "'if' statement" : "'elif' statement", t);
        List<Stmt> orelse = at(ELIF) ? List.of(ifStatement()) : elseBlock();
        Token end = endToken();
        return new Ast.If(test, body, orelse, t.lineno(), t.colOffset(), end.endLineno(), end.endColOffset());
    }

    private Stmt whileStatement() throws ParseError {
        Token t = next();
        Expr test = namedExpression();
        headerColon();
        List<Stmt> body = block("'while' statement", t);
        List<Stmt> orelse = elseBlock();
        Token end = endToken();
        return new Ast.While(test, body, orelse, t.lineno(), t.colOffset(), end.endLineno(), end.endColOffset());
    }

    /** {@code ASYNC} before def, with or for (only def when decorated). */
    private Stmt asyncStatement(List<Expr> decorators) throws ParseError {
        Token async = peek();
        TokenKind kind = peek(1).kind();
        if (kind == DEF) {
            next();
            return functionDef(decorators, async);
        }
        if (decorators.isEmpty() && (kind == WITH || kind == FOR)) {
            next();
            return kind == WITH ? withStatement(async) : forStatement(async);
        }
        throw fail();
    }

    /** {@code [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]} */
    private Stmt forStatement(Token start) throws ParseError {
        Token t = next();
        Expr target = forTargetsIn();
        Expr iter = starExpressions();
        headerColon();
        List<Stmt> body = block("'for' statement", t);
        List<Stmt> orelse = elseBlock();
        Token end = endToken();
        return start.kind() == ASYNC
                ? new Ast.AsyncFor(target, iter, body, orelse, null, start.lineno(), start.colOffset(),
                        end.endLineno(), end.endColOffset())
                : new Ast.For(target, iter, body, orelse, null, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset());
    }

    /**
     * {@code [ASYNC] 'with' ('(' ','.with_item+ ','? ')' | ','.with_item+) ':' block}. The
     * parenthesized list of items is tried first; when it does not fit, the parenthesis opens the
     * first item's expression instead, as in CPython.
     */
    private Stmt withStatement(Token start) throws ParseError {
        Token t = next();
        List<Ast.WithItem> items = null;
        if (at(LPAR)) {
            int m = mark();
            try {
                items = parenthesizedWithItems();
            } catch (ParseError e) {
                if (!isGenericFailure(e)) {
                    throw e;
                }
            }
            if (items == null) {
                reset(m);
            }
        }
        if (items == null) {
            ArrayList<Ast.WithItem> list = new ArrayList<>(1);
            do {
                list.add(withItem());
            } while (accept(COMMA) != null);
            items = frozen(list);
        }
        headerColon();
        List<Stmt> body = block("'with' statement", t);
        Token end = endToken();
        return start.kind() == ASYNC
                ? new Ast.AsyncWith(items, body, null, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset())
                : new Ast.With(items, body, null, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset());
    }

    /** {@code '(' ','.with_item+ ','? ')' &':'}, or null when the tokens do not have that shape. */
    private List<Ast.WithItem> parenthesizedWithItems() throws ParseError {
        next();
        ArrayList<Ast.WithItem> items = new ArrayList<>();
        do {
            if (at(RPAR) && !items.isEmpty()) {
                break;
            }
            items.add(withItem());
        } while (accept(COMMA) != null);
        if (accept(RPAR) == null || !at(COLON) && !(callInvalidRules && at(NEWLINE))) {
            return null;
        }
        return frozen(items);
    }

    /** {@code expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression} */
    private Ast.WithItem withItem() throws ParseError {
        Expr context = expression();
        if (!at(AS)) {
            return new Ast.WithItem(context, null);
        }
        int m = mark();
        next();
        Expr target = null;
        try {
            target = starTarget();
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        if (target != null && (at(COMMA) || at(RPAR) || at(COLON) || callInvalidRules && at(NEWLINE))) {
            // The NEWLINE case is invalid_with_stmt's item, for its "expected ':'".
            return new Ast.WithItem(context, target);
        }
        if (callInvalidRules) {
            reset(m + 1);
            try {
                Expr e = expression();
                if (at(COMMA) || at(RPAR) || at(COLON)) {
                    ParseError specific = invalidTargetError(TargetKind.STAR_TARGETS, e);
                    if (specific != null) {
                        throw specific;
                    }
                }
            } catch (ParseError e) {
                if (!isGenericFailure(e)) {
                    throw e;
                }
            }
        }
        reset(m);
        return new Ast.WithItem(context, null);
    }

    /** {@code try} with except, except* or finally clauses. */
    private Stmt tryStatement() throws ParseError {
        Token t = next();
        forced(COLON);
        List<Stmt> body = block("'try' statement", t);
        List<Ast.ExceptHandler> handlers = List.of();
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        boolean star = false;
        if (at(EXCEPT)) {
            star = peek(1).kind() == STAR;
            ArrayList<Ast.ExceptHandler> list = new ArrayList<>();
            while (at(EXCEPT)) {
                list.add(exceptBlock(star));
            }
            handlers = frozen(list);
            orelse = elseBlock();
        } else if (!at(FINALLY)) {
            throw callInvalidRules ? errorAtLastToken("expected 'except' or 'finally' block") : fail();
        }
        Token f = accept(FINALLY);
        if (f != null) {
            forced(COLON);
            finalbody = block("'finally' statement", f);
        }
        Token end = endToken();
        return star
                ? new Ast.TryStar(body, handlers, orelse, finalbody, t.lineno(), t.colOffset(), end.endLineno(),
                        end.endColOffset())
                : new Ast.Try(body, handlers, orelse, finalbody, t.lineno(), t.colOffset(), end.endLineno(),
                        end.endColOffset());
    }

    /** One {@code except} clause, or {@code except*} when {@code star}. */
    private Ast.ExceptHandler exceptBlock(boolean star) throws ParseError {
        Token t = next();
        Token starToken = accept(STAR);
        if (starToken != null && (at(COLON) || at(NEWLINE))) {
            throw callInvalidRules ? errorAtLastToken("expected one or more exception types") : fail();
        }
        if ((starToken != null) != star) {
            throw mixedExcept(t, starToken);
        }
        Expr type = null;
        String name = null;
        if (accept(COLON) == null) {
            if (at(NEWLINE)) {
                throw callInvalidRules ? errorAtLastToken("expected ':'") : fail();
            }
            type = expression();
            if (at(COMMA)) {
                throw unparenthesizedExceptTypes(type);
            }
            if (accept(AS) != null) {
                name = expectName().text();
            }
            headerColon();
        }
        List<Stmt> body = block(star ? "'except*' statement" : "'except' statement", t);
        Token end = endToken();
        return new Ast.ExceptHandler(type, name, body, t.lineno(), t.colOffset(), end.endLineno(), end.endColOffset());
    }

    /** {@code except A, B:} is "multiple exception types must be parenthesized". */
    private ParseError unparenthesizedExceptTypes(Expr first) throws ParseError {
        if (!callInvalidRules) {
            return fail();
        }
        while (accept(COMMA) != null && startsExpression(peek())) {
            expression();
        }
        if (accept(AS) != null && accept(NAME) == null || !at(COLON)) {
            return fail();
        }
        return errorStartingFrom(first, "multiple exception types must be parenthesized");
    }

    /** An except clause of the other kind than the first one of its try statement. */
    private ParseError mixedExcept(Token except, Token star) throws ParseError {
        if (!callInvalidRules) {
            return fail();
        }
        if (star != null || !at(COLON)) {
            expression();
            if (accept(AS) != null) {
                expectName();
            }
        }
        if (!at(COLON)) {
            return fail();
        }
        String msg = "cannot have both 'except' and 'except*' on the same 'try'";
        return star != null ? errorRange(except, star, msg) : errorOn(except, msg);
    }

    // ---------------------------------------------------------------- definitions

    /** {@code ('@' named_expression NEWLINE)+} then a function or class definition. */
    private Stmt decorated() throws ParseError {
        ArrayList<Expr> decorators = new ArrayList<>(1);
        while (accept(AT) != null) {
            decorators.add(namedExpression());
            if (accept(NEWLINE) == null) {
                throw fail();
            }
        }
        List<Expr> list = frozen(decorators);
        return switch (peek().kind()) {
            case DEF -> functionDef(list, peek());
            case ASYNC -> asyncStatement(list);
            case CLASS -> classDef(list);
            default -> throw fail();
        };
    }

    /**
     * {@code [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block}; {@code start} is
     * the ASYNC or DEF token, the current token is DEF.
     */
    private Stmt functionDef(List<Expr> decorators, Token start) throws ParseError {
        Token def = next();
        String name = expectName().text();
        forced(LPAR);
        Ast.Arguments args = parameters();
        next();
        Expr returns = null;
        if (at(RARROW)) {
            // ['->' expression] is optional: when it does not parse, the forced ':' reports at '->'
            int m = mark();
            next();
            returns = longestExpression();
            if (returns == null) {
                reset(m);
            }
        }
        forced(COLON);
        List<Stmt> body = block("function definition", def);
        Token end = endToken();
        return start.kind() == ASYNC
                ? new Ast.AsyncFunctionDef(name, args, body, decorators, returns, null, start.lineno(),
                        start.colOffset(), end.endLineno(), end.endColOffset())
                : new Ast.FunctionDef(name, args, body, decorators, returns, null, start.lineno(), start.colOffset(),
                        end.endLineno(), end.endColOffset());
    }

    /** {@code 'class' NAME ['(' [arguments] ')'] ':' block} */
    private Stmt classDef(List<Expr> decorators) throws ParseError {
        Token t = next();
        String name = expectName().text();
        List<Expr> bases = List.of();
        List<Ast.Keyword> keywords = List.of();
        if (at(LPAR)) {
            Ast.Call call = callArguments(null, null, false);
            bases = call.args();
            keywords = call.keywords();
        }
        headerColon();
        List<Stmt> body = block("class definition", t);
        Token end = endToken();
        return new Ast.ClassDef(name, bases, keywords, body, decorators, t.lineno(), t.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /**
     * The parameters of a def, up to the closing ')' (left for the caller), with the checks of
     * CPython's invalid_parameters, invalid_star_etc, invalid_kwds and invalid_default.
     */
    private Ast.Arguments parameters() throws ParseError {
        ArrayList<Ast.Arg> positional = new ArrayList<>();
        ArrayList<Expr> defaults = new ArrayList<>();
        List<Ast.Arg> posonly = List.of();
        Ast.Arg vararg = null;
        ArrayList<Ast.Arg> kwonly = null;
        ArrayList<Expr> kwDefaults = null;
        Ast.Arg kwarg = null;
        boolean slash = false;
        boolean star = false;
        while (!at(RPAR)) {
            Token t = peek();
            switch (t.kind()) {
                case NAME -> {
                    Ast.Arg arg = parameter(false);
                    Expr value = parameterDefault();
                    if (star) {
                        kwonly.add(arg);
                        kwDefaults.add(value);
                    } else {
                        // only a complete parameter (followed by ',' or ')') gets the specific message
                        if (value == null && !defaults.isEmpty() && (at(COMMA) || at(RPAR))) {
                            throw parameterError(arg, "non-default argument follows default argument");
                        }
                        positional.add(arg);
                        if (value != null) {
                            defaults.add(value);
                        }
                    }
                }
                case SLASH -> {
                    if (slash) {
                        throw parameterError(t, "/ may appear only once");
                    }
                    if (star) {
                        throw parameterError(t, "/ must be ahead of *");
                    }
                    if (positional.isEmpty()) {
                        throw callInvalidRules && peek(1).kind() == COMMA
                                ? errorOn(t, "at least one argument must precede /") : fail();
                    }
                    next();
                    if (at(STAR)) {
                        throw parameterError(peek(), "expected comma between / and *");
                    }
                    slash = true;
                    posonly = frozen(positional);
                    positional = new ArrayList<>();
                }
                case STAR -> {
                    TokenKind after = peek(1).kind();
                    if (star) {
                        throw after == NAME || after == COMMA ? parameterError(t, "* argument may appear only once")
                                : fail();
                    }
                    next();
                    star = true;
                    kwonly = new ArrayList<>();
                    kwDefaults = new ArrayList<>();
                    if (after == NAME) {
                        vararg = parameter(true);
                        if (at(EQUAL)) {
                            throw parameterError(peek(), "var-positional argument cannot have default value");
                        }
                    } else if (after == RPAR
                            || after == COMMA && (peek(1).kind() == RPAR || peek(1).kind() == DOUBLESTAR)) {
                        throw parameterError(t, "named arguments must follow bare *");
                    } else if (after != COMMA) {
                        throw fail();
                    }
                }
                case DOUBLESTAR -> {
                    next();
                    kwarg = parameter(false);
                    if (at(EQUAL)) {
                        throw parameterError(peek(), "var-keyword argument cannot have default value");
                    }
                    if (accept(COMMA) != null && !at(RPAR)) {
                        Token after = peek();
                        switch (after.kind()) {
                            case NAME -> throw parameterError(parameter(false),
                                    "arguments cannot follow var-keyword argument");
                            case STAR, DOUBLESTAR, SLASH -> throw parameterError(after,
                                    "arguments cannot follow var-keyword argument");
                            default -> throw fail();
                        }
                    }
                    if (!at(RPAR)) {
                        throw fail();
                    }
                    continue;
                }
                case LPAR -> throw parenthesizedParameters(t, defaults.isEmpty() && !star);
                default -> throw fail();
            }
            if (accept(COMMA) == null && !at(RPAR)) {
                throw fail();
            }
        }
        return new Ast.Arguments(posonly, frozen(positional), vararg, kwonly == null ? List.of() : frozen(kwonly),
                kwDefaults == null ? List.of() : frozen(kwDefaults), kwarg, frozen(defaults));
    }

    /** A parameter-list error: CPython's message in the second pass, a plain failure in the first. */
    private ParseError parameterError(Ast.Located at, String msg) {
        return callInvalidRules ? errorOn(at, msg) : fail();
    }

    private ParseError parameterError(Token at, String msg) {
        return callInvalidRules ? errorOn(at, msg) : fail();
    }

    /** {@code param: NAME annotation?}; the annotation of {@code *args} may be starred ({@code *Ts}). */
    private Ast.Arg parameter(boolean starAnnotation) throws ParseError {
        Token name = expectName();
        Expr annotation = null;
        if (accept(COLON) != null) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        Token end = last();
        return new Ast.Arg(name.text(), annotation, null, name.lineno(), name.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** {@code default: '=' expression}, or null; a bare '=' is "expected default value expression". */
    private Expr parameterDefault() throws ParseError {
        Token eq = accept(EQUAL);
        if (eq == null) {
            return null;
        }
        if (at(RPAR) || at(COMMA)) {
            throw parameterError(eq, "expected default value expression");
        }
        return expression();
    }

    /** {@code param_no_default* '(' param_no_default+ ','? ')'}: "Function parameters cannot be parenthesized". */
    private ParseError parenthesizedParameters(Token open, boolean onlyPlainBefore) throws ParseError {
        if (!callInvalidRules || !onlyPlainBefore) {
            return fail();
        }
        next();
        do {
            if (!at(NAME)) {
                return fail();
            }
            parameter(false);
        } while (accept(COMMA) != null && !at(RPAR));
        Token close = accept(RPAR);
        return close == null ? fail() : errorRange(open, close, "Function parameters cannot be parenthesized");
    }

    // ---------------------------------------------------------------- match

    /**
     * A statement that starts with the NAME {@code match}: a match statement when a subject,
     * ':' and NEWLINE follow, otherwise a simple statement in which {@code match} is a name.
     * Tells whether it was a match statement.
     */
    private boolean matchOrSimple(List<Stmt> out) throws ParseError {
        int start = mark();
        Token match = next();
        Expr subject = null;
        try {
            subject = subjectExpression();
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
        }
        if (subject != null && at(COLON) && peek(1).kind() == NEWLINE) {
            out.add(matchStatement(match, subject));
            return true;
        }
        if (subject != null && callInvalidRules && at(NEWLINE)) {
            // CPython's invalid_match_stmt runs before the simple statements are tried
            throw errorAtLastToken("expected ':'");
        }
        reset(start);
        simpleStmts(out);
        return false;
    }

    /** {@code subject_expr: star_named_expression ',' star_named_expressions? | named_expression} */
    private Expr subjectExpression() throws ParseError {
        Token start = peek();
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Ast.Starred) {
                throw fail();
            }
            return first;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) != null && startsStarExpression(peek())) {
            elts.add(starNamedExpression());
        }
        Token end = last();
        return new Ast.Tuple(frozen(elts), ExprContext.Load, start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** The rest of {@code "match" subject ':' NEWLINE INDENT case_block+ DEDENT}, at the ':'. */
    private Stmt matchStatement(Token match, Expr subject) throws ParseError {
        next();
        next();
        if (accept(INDENT) == null) {
            if (callInvalidRules) {
                throw parserError(ParseError.Kind.IndentationError,
                        "expected an indented block after 'match' statement on line " + match.lineno(), furthest());
            }
            throw fail();
        }
        ArrayList<Ast.MatchCase> cases = new ArrayList<>();
        do {
            if (!atName("case")) {
                throw fail();
            }
            cases.add(caseBlock());
        } while (!at(DEDENT));
        next();
        Token end = endToken();
        return new Ast.Match(subject, frozen(cases), match.lineno(), match.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** {@code "case" patterns guard? ':' block} */
    private Ast.MatchCase caseBlock() throws ParseError {
        Token t = next();
        Pattern pattern = patterns();
        Expr guard = accept(IF) != null ? namedExpression() : null;
        headerColon();
        List<Stmt> body = block("'case' statement", t);
        return new Ast.MatchCase(pattern, guard, body);
    }

    /** {@code patterns: open_sequence_pattern | pattern} */
    private Pattern patterns() throws ParseError {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Ast.MatchStar) {
                throw fail();
            }
            return first;
        }
        ArrayList<Pattern> list = new ArrayList<>();
        list.add(first);
        while (accept(COMMA) != null && startsPattern(peek().kind())) {
            list.add(maybeStarPattern());
        }
        Token end = last();
        return new Ast.MatchSequence(frozen(list), start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    private static boolean startsPattern(TokenKind kind) {
        return switch (kind) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, STAR, NONE, TRUE, FALSE -> true;
            default -> false;
        };
    }

    /** {@code maybe_star_pattern: star_pattern | pattern} */
    private Pattern maybeStarPattern() throws ParseError {
        Token star = accept(STAR);
        if (star == null) {
            return pattern();
        }
        Token name = expectName();
        String id = name.text().equals("_") ? null : captureName(name);
        return new Ast.MatchStar(id, star.lineno(), star.colOffset(), name.endLineno(), name.endColOffset());
    }

    /** The NAME {@code name}, just consumed, as a capture target: not followed by '.', '(' or '='. */
    private String captureName(Token name) throws ParseError {
        TokenKind next = peek().kind();
        if (next == DOT || next == LPAR || next == EQUAL) {
            throw fail();
        }
        return name.text();
    }

    /** {@code pattern: or_pattern ['as' pattern_capture_target]} */
    private Pattern pattern() throws ParseError {
        Token start = peek();
        Pattern p = orPattern();
        if (!at(AS)) {
            return p;
        }
        next();
        Token t = peek();
        if (t.kind() == NAME && !t.text().equals("_")) {
            next();
            String name = captureName(t);
            return new Ast.MatchAs(p, name, start.lineno(), start.colOffset(), t.endLineno(), t.endColOffset());
        }
        throw invalidAsPattern(t);
    }

    /** {@code invalid_as_pattern}: "cannot use '_' as a target" or "invalid pattern target". */
    private ParseError invalidAsPattern(Token t) throws ParseError {
        if (!callInvalidRules) {
            return fail();
        }
        if (t.kind() == NAME) {
            return errorOn(t, "cannot use '_' as a target");
        }
        try {
            return errorOn(expression(), "invalid pattern target");
        } catch (ParseError e) {
            if (!isGenericFailure(e)) {
                throw e;
            }
            return fail();
        }
    }

    /** {@code or_pattern: '|'.closed_pattern+} */
    private Pattern orPattern() throws ParseError {
        Token start = peek();
        Pattern first = closedPattern();
        if (!at(VBAR)) {
            return first;
        }
        ArrayList<Pattern> list = new ArrayList<>();
        list.add(first);
        while (accept(VBAR) != null) {
            list.add(closedPattern());
        }
        Token end = last();
        return new Ast.MatchOr(frozen(list), start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
    }

    private Pattern closedPattern() throws ParseError {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER, MINUS, STRING -> {
                Expr value = literalExpression();
                return new Ast.MatchValue(value, value.lineno(), value.colOffset(), value.endLineno(),
                        value.endColOffset());
            }
            case NONE, TRUE, FALSE -> {
                next();
                Object value = t.kind() == NONE ? Ast.Singleton.NONE : (Object) (t.kind() == TRUE);
                return new Ast.MatchSingleton(value, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case NAME -> {
                return namePattern();
            }
            case LPAR -> {
                return parenthesizedPattern();
            }
            case LSQB -> {
                next();
                ArrayList<Pattern> list = new ArrayList<>();
                while (!at(RSQB)) {
                    list.add(maybeStarPattern());
                    if (accept(COMMA) == null) {
                        break;
                    }
                }
                Token end = accept(RSQB);
                if (end == null) {
                    throw fail();
                }
                return new Ast.MatchSequence(frozen(list), t.lineno(), t.colOffset(), end.endLineno(),
                        end.endColOffset());
            }
            case LBRACE -> {
                return mappingPattern();
            }
            default -> throw fail();
        }
    }

    /** {@code '(' pattern ')'} (a group: the inner pattern) or {@code '(' open_sequence_pattern? ')'}. */
    private Pattern parenthesizedPattern() throws ParseError {
        Token open = next();
        if (at(RPAR)) {
            Token end = next();
            return new Ast.MatchSequence(List.of(), open.lineno(), open.colOffset(), end.endLineno(),
                    end.endColOffset());
        }
        Pattern first = maybeStarPattern();
        if (at(RPAR)) {
            if (first instanceof Ast.MatchStar) {
                throw fail();
            }
            next();
            return first;
        }
        if (accept(COMMA) == null) {
            throw fail();
        }
        ArrayList<Pattern> list = new ArrayList<>();
        list.add(first);
        while (!at(RPAR)) {
            list.add(maybeStarPattern());
            if (accept(COMMA) == null) {
                break;
            }
        }
        Token end = accept(RPAR);
        if (end == null) {
            throw fail();
        }
        return new Ast.MatchSequence(frozen(list), open.lineno(), open.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    /** Capture, wildcard, value and class patterns: everything that starts with a NAME. */
    private Pattern namePattern() throws ParseError {
        Token first = next();
        if (first.text().equals("_")) {
            // CPython's wildcard_pattern takes a '_' even before '.' or '(', which then fail
            return new Ast.MatchAs(null, null, first.lineno(), first.colOffset(), first.endLineno(),
                    first.endColOffset());
        }
        if (!at(DOT) && !at(LPAR)) {
            String name = captureName(first);
            return new Ast.MatchAs(null, name, first.lineno(), first.colOffset(), first.endLineno(),
                    first.endColOffset());
        }
        Expr cls = nameOrAttribute(first);
        if (!at(LPAR)) {
            if (at(EQUAL)) {
                throw fail();
            }
            return new Ast.MatchValue(cls, cls.lineno(), cls.colOffset(), cls.endLineno(), cls.endColOffset());
        }
        return classPattern(first, cls);
    }

    /** {@code name_or_attr}: the NAME {@code first} (consumed) and any {@code '.' NAME} after it. */
    private Expr nameOrAttribute(Token first) throws ParseError {
        Expr e = new Ast.Name(first.text(), ExprContext.Load, first.lineno(), first.colOffset(), first.endLineno(),
                first.endColOffset());
        while (accept(DOT) != null) {
            Token attr = expectName();
            e = new Ast.Attribute(e, attr.text(), ExprContext.Load, first.lineno(), first.colOffset(),
                    attr.endLineno(), attr.endColOffset());
        }
        return e;
    }

    /** {@code name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')'} */
    private Pattern classPattern(Token start, Expr cls) throws ParseError {
        next();
        ArrayList<Pattern> positional = new ArrayList<>();
        ArrayList<String> kwdAttrs = new ArrayList<>();
        ArrayList<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(RPAR)) {
            if (at(NAME) && peek(1).kind() == EQUAL) {
                kwdAttrs.add(next().text());
                next();
                kwdPatterns.add(pattern());
            } else if (!kwdAttrs.isEmpty()) {
                throw positionalAfterKeyword();
            } else {
                positional.add(pattern());
            }
            if (accept(COMMA) == null) {
                break;
            }
        }
        Token end = accept(RPAR);
        if (end == null) {
            throw fail();
        }
        return new Ast.MatchClass(cls, frozen(positional), frozen(kwdAttrs), frozen(kwdPatterns), start.lineno(),
                start.colOffset(), end.endLineno(), end.endColOffset());
    }

    /** "positional patterns follow keyword patterns", over the run of positional patterns. */
    private ParseError positionalAfterKeyword() throws ParseError {
        if (!callInvalidRules) {
            return fail();
        }
        Pattern first = pattern();
        Pattern last = first;
        while (at(COMMA) && peek(1).kind() != RPAR && !(peek(1).kind() == NAME && peek(2).kind() == EQUAL)) {
            next();
            last = pattern();
        }
        return errorRange(first, last, "positional patterns follow keyword patterns");
    }

    /** {@code '{' [items] ['**' NAME] ','? '}'} */
    private Pattern mappingPattern() throws ParseError {
        Token open = next();
        ArrayList<Expr> keys = new ArrayList<>();
        ArrayList<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR) != null) {
                Token name = expectName();
                if (name.text().equals("_")) {
                    throw fail();
                }
                rest = captureName(name);
                accept(COMMA);
                break;
            }
            Token k = peek();
            Expr key = switch (k.kind()) {
                case NUMBER, MINUS, STRING, NONE, TRUE, FALSE -> literalExpression();
                case NAME -> {
                    next();
                    if (!at(DOT)) {
                        throw fail();
                    }
                    yield nameOrAttribute(k);
                }
                default -> throw fail();
            };
            if (accept(COLON) == null) {
                throw fail();
            }
            keys.add(key);
            values.add(pattern());
            if (accept(COMMA) == null) {
                break;
            }
        }
        Token end = accept(RBRACE);
        if (end == null) {
            throw fail();
        }
        return new Ast.MatchMapping(frozen(keys), frozen(values), rest, open.lineno(), open.colOffset(),
                end.endLineno(), end.endColOffset());
    }

    /** {@code literal_expr}: a signed number, a complex number such as {@code -1+2j}, strings, None, True, False. */
    private Expr literalExpression() throws ParseError {
        Token t = peek();
        switch (t.kind()) {
            case STRING -> {
                return atom();
            }
            case NONE, TRUE, FALSE -> {
                next();
                Object value = t.kind() == NONE ? Ast.Singleton.NONE : (Object) (t.kind() == TRUE);
                return new Ast.Constant(value, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            default -> { }
        }
        Expr real = signedNumber();
        if (!at(PLUS) && !at(MINUS)) {
            return real;
        }
        Token op = next();
        Token imagToken = accept(NUMBER);
        if (imagToken == null) {
            throw fail();
        }
        Ast.Constant imag = numberConstant(imagToken);
        Ast.Constant realPart = (Ast.Constant) (real instanceof Ast.UnaryOp u ? u.operand() : real);
        if (realPart.value() instanceof Ast.Imaginary) {
            throw errorOn(realPart, "real number required in complex literal");
        }
        if (!(imag.value() instanceof Ast.Imaginary)) {
            throw errorOn(imag, "imaginary number required in complex literal");
        }
        return new Ast.BinOp(real, op.kind() == PLUS ? Ast.Operator.Add : Ast.Operator.Sub, imag, t.lineno(),
                t.colOffset(), imagToken.endLineno(), imagToken.endColOffset());
    }

    /** {@code signed_number: NUMBER | '-' NUMBER} */
    private Expr signedNumber() throws ParseError {
        Token minus = accept(MINUS);
        Token n = accept(NUMBER);
        if (n == null) {
            throw fail();
        }
        Ast.Constant c = numberConstant(n);
        if (minus == null) {
            return c;
        }
        return new Ast.UnaryOp(Ast.UnaryOperator.USub, c, minus.lineno(), minus.colOffset(), n.endLineno(),
                n.endColOffset());
    }

    private Ast.Constant numberConstant(Token t) throws ParseError {
        return NumberLiterals.constant(t, tokenizer);
    }

    // ---------------------------------------------------------------- helpers

    /** The last consumed token that is not NEWLINE, INDENT or DEDENT: where a compound statement ends. */
    private Token endToken() {
        int i = mark() - 1;
        Token t = tokenAt(i);
        while (i > 0 && (t.kind() == NEWLINE || t.kind() == INDENT || t.kind() == DEDENT)) {
            t = tokenAt(--i);
        }
        return t;
    }

    private static <T> List<T> frozen(ArrayList<T> list) {
        return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
    }
}
