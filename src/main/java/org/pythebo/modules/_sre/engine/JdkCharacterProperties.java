package org.pythebo.modules._sre.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * Character properties from {@link Character} and the C locale. The JDK's Unicode version is
 * newer than Python 3.11's (14.0), so characters added or changed since differ; everything that
 * Unicode 14 already had agrees.
 */
public final class JdkCharacterProperties implements CharacterProperties {
    public static final JdkCharacterProperties INSTANCE = new JdkCharacterProperties();

    /**
     * Python's single-character uppercase of a character with a multi-character full mapping
     * (SpecialCasing) is the mapping's first character, where the JDK gives the simple mapping:
     * 'ß' uppercases to 'S' in Python, to itself in {@code Character}. Sorted code points, and
     * Python's answer for each.
     */
    private static final int[] SPECIAL_UPPER_FROM;
    private static final int[] SPECIAL_UPPER_TO;

    static {
        int[] from = new int[256];
        int[] to = new int[256];
        int n = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                continue;
            }
            String full = Character.toString(cp).toUpperCase(Locale.ROOT);
            if (full.codePointCount(0, full.length()) > 1) {
                if (n == from.length) {
                    from = Arrays.copyOf(from, n * 2);
                    to = Arrays.copyOf(to, n * 2);
                }
                from[n] = cp;
                to[n] = full.codePointAt(0);
                n++;
            }
        }
        SPECIAL_UPPER_FROM = Arrays.copyOf(from, n);
        SPECIAL_UPPER_TO = Arrays.copyOf(to, n);
    }

    private JdkCharacterProperties() {
    }

    @Override
    public int toLowerCase(int codePoint) {
        return Character.toLowerCase(codePoint);
    }

    @Override
    public int toUpperCase(int codePoint) {
        int special = Arrays.binarySearch(SPECIAL_UPPER_FROM, codePoint);
        return special >= 0 ? SPECIAL_UPPER_TO[special] : Character.toUpperCase(codePoint);
    }

    @Override
    public boolean isDecimal(int codePoint) {
        return Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER;
    }

    @Override
    public boolean isAlphanumeric(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
                 Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                 Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public boolean isSpace(int codePoint) {
        // Python: bidirectional class WS, B or S, or category Zs; that is the JDK's whitespace
        // plus the space separators it leaves out (no-break spaces) plus U+0085.
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == 0x85;
    }

    @Override
    public boolean isLineBreak(int codePoint) {
        return switch (codePoint) {
            case '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }
}
