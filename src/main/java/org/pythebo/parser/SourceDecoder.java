package org.pythebo.parser;

/**
 * Decodes source bytes as CPython does: a UTF-8 BOM, else a PEP 263 coding cookie on one of the
 * first two lines, else UTF-8. (Placeholder: lands with the tokenizer work.)
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    public static String decode(byte[] data, String filename) throws ParseError {
        throw new UnsupportedOperationException("source decoding not written yet");
    }
}
