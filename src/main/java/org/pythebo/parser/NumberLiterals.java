package org.pythebo.parser;

import java.math.BigInteger;

import org.pythebo.parser.ast.Ast;

/**
 * The value of a NUMBER token, whose text the tokenizer has already validated: an int (Long
 * when it fits in 64 bits, else BigInteger) in any base, a float (Double, correctly rounded,
 * overflowing to infinity), or an imaginary literal ({@link Ast.Imaginary}).
 */
public final class NumberLiterals {
    /** CPython 3.11's default limit on the digits of a decimal int literal (sys.int_info.default_max_str_digits). */
    static final int MAX_STR_DIGITS = 4300;

    private NumberLiterals() {}

    /**
     * The Constant for NUMBER token {@code t}; a decimal int literal longer than CPython's limit is a
     * SyntaxError, reported as CPython does: on the token's lines, with no column.
     */
    static Ast.Constant constant(Token t, Tokenizer tokenizer) throws ParseError {
        String text = t.text();
        if (text.length() > MAX_STR_DIGITS && isDecimalInt(text)) {
            int digits = text.length() - (int) text.chars().filter(c -> c == '_').count();
            if (digits > MAX_STR_DIGITS) {
                throw new ParseError(ParseError.Kind.SyntaxError, "Exceeds the limit (" + MAX_STR_DIGITS
                        + " digits) for integer string conversion: value has " + digits
                        + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                        + "for huge integer literals to avoid decimal conversion limits.", tokenizer.filename(),
                        t.lineno(), 0, tokenizer.line(t.lineno()), t.endLineno(), 0);
            }
        }
        return new Ast.Constant(parse(text), null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    private static boolean isDecimalInt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    public static Object parse(String text) {
        String digits = text.indexOf('_') >= 0 ? withoutUnderscores(text) : text;
        int n = digits.length();
        char last = digits.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new Ast.Imaginary(Double.parseDouble(digits.substring(0, n - 1)));
        }
        if (n > 2 && digits.charAt(0) == '0') {
            char base = digits.charAt(1);
            if (base == 'x' || base == 'X') {
                return integer(digits, 2, 16);
            }
            if (base == 'o' || base == 'O') {
                return integer(digits, 2, 8);
            }
            if (base == 'b' || base == 'B') {
                return integer(digits, 2, 2);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(digits);
            }
        }
        return integer(digits, 0, 10);
    }

    private static String withoutUnderscores(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The int written in {@code digits} from index {@code from}, in {@code radix}. */
    private static Object integer(String digits, int from, int radix) {
        int n = digits.length() - from;
        // Up to this many digits always fit in a long: 18 decimal, 15 hex, 21 octal, 63 binary.
        int safe = radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 21 : 63;
        if (n <= safe) {
            long value = 0;
            for (int i = from; i < digits.length(); i++) {
                value = value * radix + Character.digit(digits.charAt(i), radix);
            }
            return value;
        }
        BigInteger big = new BigInteger(digits.substring(from), radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}
