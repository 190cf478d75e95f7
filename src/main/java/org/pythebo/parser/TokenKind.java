package org.pythebo.parser;

/**
 * The kinds of token the tokenizer hands the parser: CPython 3.11's token types, with each
 * hard keyword given a kind of its own (as CPython's parser does after tokenizing) so that the
 * parser can switch on kinds. Soft keywords ({@code match}, {@code case}, {@code _}) stay NAME.
 */
public enum TokenKind {
    ENDMARKER(null), NAME(null), NUMBER(null), STRING(null), NEWLINE(null), INDENT(null), DEDENT(null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"),
    MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="),
    DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="),
    GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="),
    AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"),
    ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="),
    /** A character that starts no token, such as {@code !} alone or {@code $}. */
    ERRORTOKEN(null),

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"),
    ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"),
    GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"),
    NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"), RETURN("return"),
    TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    /** The fixed spelling of an operator or keyword, or null for kinds whose text varies. */
    public final String spelling;

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }
}
