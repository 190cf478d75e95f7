package org.pythebo.modules._sre.engine;

/**
 * The character facts matching depends on. CPython takes them from its Unicode 14 database and,
 * for the LOCALE flag, from the C library's ctype functions in the current locale; the
 * interpreter plugs its own tables in here, tests may use {@link JdkCharacterProperties}.
 *
 * <p>Implementations must be thread-safe: one instance serves every pattern and thread.
 */
public interface CharacterProperties {
    /**
     * Python's {@code _PyUnicode_ToLowercase}: the simple lowercase mapping, except that a
     * character with a multi-character lowercase (SpecialCasing) maps to its first character.
     * Case-insensitive str matching compares these.
     */
    int toLowerCase(int codePoint);

    /**
     * Python's {@code _PyUnicode_ToUppercase}: the simple uppercase mapping, except that a
     * character with a multi-character uppercase maps to its first character ('ß' to 'S').
     * Used by case-insensitive ranges beyond U+FFFF and by {@code unicode_iscased}.
     */
    int toUpperCase(int codePoint);

    /** {@code chr(codePoint).isdecimal()}: what {@code \d} matches in a str pattern. */
    boolean isDecimal(int codePoint);

    /** {@code chr(codePoint).isalnum()}: with '_', what {@code \w} matches in a str pattern. */
    boolean isAlphanumeric(int codePoint);

    /** {@code chr(codePoint).isspace()}: what {@code \s} matches in a str pattern. */
    boolean isSpace(int codePoint);

    /** Whether str.splitlines() breaks at this code point. */
    boolean isLineBreak(int codePoint);

    /** C {@code tolower} in the current locale, for 0 <= b < 256. The C locale maps ASCII only. */
    default int localeToLower(int b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }

    /** C {@code toupper} in the current locale, for 0 <= b < 256. */
    default int localeToUpper(int b) {
        return b >= 'a' && b <= 'z' ? b - 32 : b;
    }

    /** C {@code isalnum} in the current locale, for 0 <= b < 256. */
    default boolean localeIsAlphanumeric(int b) {
        return b < 128 && SreFunctions.isAsciiAlphanumeric(b);
    }
}
