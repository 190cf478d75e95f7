package org.pythebo.modules._sre;

/**
 * Character properties from {@link Character} and the C locale. The JDK's Unicode version is
 * newer than Python 3.11's (14.0), so characters added or changed since differ; everything that
 * Unicode 14 already had agrees.
 */
public final class JdkCharacterProperties implements CharacterProperties {
    public static final JdkCharacterProperties INSTANCE = new JdkCharacterProperties();

    private JdkCharacterProperties() {
    }

    @Override
    public int toLowerCase(int codePoint) {
        return Character.toLowerCase(codePoint);
    }

    @Override
    public int toUpperCase(int codePoint) {
        return Character.toUpperCase(codePoint);
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
