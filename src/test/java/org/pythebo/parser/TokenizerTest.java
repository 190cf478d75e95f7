package org.pythebo.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Expected values come from CPython 3.11 (its C tokenizer's positions and error reports). */
class TokenizerTest {

    private static List<Token> tokens(Tokenizer tz) throws ParseError {
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = tz.next();
            out.add(t);
        } while (t.kind() != TokenKind.ENDMARKER);
        return out;
    }

    private static String describe(Token t) {
        return t.kind() + " " + t.lineno() + ":" + t.colOffset() + "-" + t.endLineno() + ":" + t.endColOffset();
    }

    private static ParseError error(String source) {
        return assertThrows(ParseError.class, () -> tokens(new Tokenizer(source, "f")));
    }

    @Test
    void blockPositionsWithCommentsAndImplicitNewline() throws ParseError {
        List<Token> ts = tokens(new Tokenizer("if x:  # c\n\n    y = 'é'\nz", "f"));
        List<String> got = ts.stream().map(TokenizerTest::describe).toList();
        assertEquals(List.of("IF 1:0-1:2", "NAME 1:3-1:4", "COLON 1:4-1:5", "NEWLINE 1:7-1:10", "INDENT 3:4-3:4",
                "NAME 3:4-3:5", "EQUAL 3:6-3:7", "STRING 3:8-3:12", "NEWLINE 3:12-3:12", "DEDENT 4:0-4:0",
                "NAME 4:0-4:1", "NEWLINE 4:1-4:1", "ENDMARKER 4:2-4:2"), got);
        assertEquals("if", ts.get(0).text());
        assertEquals("'é'", ts.get(7).text());
    }

    @Test
    void multiLineStringAndUniversalNewlines() throws ParseError {
        Tokenizer tz = new Tokenizer("x = '''a\r\nb'''\r", "f");
        List<Token> ts = tokens(tz);
        assertEquals("STRING 1:4-2:4", describe(ts.get(2)));
        assertEquals("'''a\nb'''", ts.get(2).text());
        assertEquals("b'''\n", tz.line(2));
    }

    @Test
    void numbersAndKeywordsAfterThem() throws ParseError {
        List<Token> ts = tokens(new Tokenizer("0x_1f 1_0.5e-3j 1if 0else .5", "f"));
        List<String> texts = ts.stream().map(Token::text).toList();
        assertEquals(List.of("0x_1f", "1_0.5e-3j", "1", "if", "0", "else", ".5", "", ""), texts);
    }

    @Test
    void identifiersAreNormalisedButNotKeywords() throws ParseError {
        Token t = new Tokenizer("ｉｆ", "f").next();
        assertEquals(TokenKind.NAME, t.kind());
        assertEquals("if", t.text());
        assertEquals(6, t.endColOffset());
    }

    @Test
    void numberErrors() {
        ParseError e = error("x = 1abc");
        assertEquals("invalid decimal literal", e.msg);
        assertEquals(5, e.offset);
        e = error("012");
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                e.msg);
        assertEquals(1, e.offset);
        assertEquals(2, e.endOffset);
        assertEquals("invalid digit '8' in octal literal", error("0o8").msg);
    }

    @Test
    void stringAndCharacterErrors() {
        ParseError e = error("x = 1\ny = '''abc\n\n");
        assertEquals("unterminated triple-quoted string literal (detected at line 3)", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(5, e.offset);
        e = error("é = €");
        assertEquals("invalid character '€' (U+20AC)", e.msg);
        assertEquals(5, e.offset);
        assertEquals("invalid non-printable character U+00A0", error("x = \u00a0").msg);
    }

    @Test
    void bracketErrors() {
        ParseError e = error("(\n]");
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", e.msg);
        assertEquals(2, e.lineno);
        e = error("x = [1,\n 2");
        assertEquals("'[' was never closed", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(5, e.offset);
        assertEquals("unmatched ')'", error(")").msg);
    }

    @Test
    void indentationErrors() {
        ParseError e = error("if x:\n    pass\n  y\n");
        assertEquals(ParseError.Kind.IndentationError, e.kind);
        assertEquals(4, e.offset);
        assertEquals(ParseError.Kind.TabError, error("if x:\n\tpass\n        y\n").kind);
        e = error("a \\ b");
        assertEquals("unexpected character after line continuation character", e.msg);
        assertEquals(4, e.offset);
        e = error("a\\\n");
        assertEquals("unexpected EOF while parsing", e.msg);
        assertEquals(3, e.offset);
    }

    @Test
    void replacementFieldTokenizerShiftsFirstLine() throws ParseError {
        List<Token> ts = tokens(new Tokenizer("(a +\nb)", "f", 3, 10));
        assertEquals("NAME 3:11-3:12", describe(ts.get(1)));
        assertEquals("NAME 4:0-4:1", describe(ts.get(3)));
    }

    @Test
    void restOfSourceErrorReplacesGenericOne() throws ParseError {
        Tokenizer tz = new Tokenizer("a b\nc = 1abc\n", "f");
        tz.next();
        tz.next();
        assertEquals("invalid decimal literal", tz.errorInRestOfSource(1).msg);
        Tokenizer fine = new Tokenizer("a b\n", "f");
        fine.next();
        assertNull(fine.errorInRestOfSource(1));
    }

    @Test
    void decoding() throws ParseError {
        byte[] latin1 = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("# -*- coding: latin-1 -*-\nx = 'é'\n", SourceDecoder.decode(latin1, "f"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\r', '\n', 'y', '\r', 'z'};
        assertEquals("x\ny\nz", SourceDecoder.decode(bom, "f"));
        // CPython 3.11 gives source that ends with "\r\n" an extra newline
        assertEquals("x\n\n", SourceDecoder.decode(new byte[] {'x', '\r', '\n'}, "f"));
        assertEquals("unknown encoding: uft-8",
                assertThrows(ParseError.class, () -> SourceDecoder.decode("# coding: uft-8\n".getBytes(), "f")).msg);
        byte[] bad = {(byte) 0xFF, ' ', '=', ' ', '1', '\n'};
        ParseError e = assertThrows(ParseError.class, () -> tokens(new Tokenizer(SourceDecoder.decode(bad, "f"), "f")));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", e.msg);
    }
}
