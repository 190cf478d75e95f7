package org.pythebo.modules._sre.engine;

/** The module-level helper functions of {@code _sre} that {@code re._compiler} calls. */
public final class SreFunctions {
    private SreFunctions() {
    }

    /** {@code _sre.getcodesize()}. */
    public static int getcodesize() {
        return Opcodes.CODESIZE;
    }

    /** {@code _sre.ascii_iscased(ch)}: an ASCII letter. */
    public static boolean asciiIscased(int ch) {
        return ch < 128 && ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    }

    /** {@code _sre.unicode_iscased(ch)}: lowercasing or uppercasing changes it. */
    public static boolean unicodeIscased(int ch, CharacterProperties properties) {
        return ch != properties.toLowerCase(ch) || ch != properties.toUpperCase(ch);
    }

    /** {@code _sre.ascii_tolower(ch)}: lowercases ASCII letters only. */
    public static int asciiTolower(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    /** {@code _sre.unicode_tolower(ch)}: the simple lowercase mapping. */
    public static int unicodeTolower(int ch, CharacterProperties properties) {
        return properties.toLowerCase(ch);
    }

    static boolean isAsciiAlphanumeric(int ch) {
        return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    }
}
