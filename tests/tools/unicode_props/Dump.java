public class Dump {
    public static void main(String[] a) throws Exception {
        var out = new java.io.PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream("java.txt")), false, "UTF-8");
        for (int c = 0; c <= 0x10FFFF; c++) {
            int t = Character.getType(c);
            int bits = 0;
            if (Character.isLetter(c)) bits |= 1;
            if (t == Character.DECIMAL_DIGIT_NUMBER) bits |= 2;
            if (t == Character.DECIMAL_DIGIT_NUMBER) bits |= 4; // digit base
            if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) bits |= 8;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) bits |= 16;
            if (Character.isLowerCase(c)) bits |= 32;
            if (Character.isUpperCase(c)) bits |= 64;
            if (t == Character.TITLECASE_LETTER) bits |= 128; if (org.pythebo.runtime.Repr.isPrintable(c)) bits |= 256;
            if (Character.isUnicodeIdentifierStart(c)) bits |= 512;
            if (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)) bits |= 1024;
            if (Character.isLowerCase(c) || Character.isUpperCase(c) || t == Character.TITLECASE_LETTER) bits |= 2048;
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL) bits |= 4096;
            out.println(bits + " " + Character.toUpperCase(c) + " " + Character.toLowerCase(c) + " " + Character.toTitleCase(c));
        }
        out.close();
    }
}
