package org.pythebo.runtime.ucd;

/**
 * The character properties of both database versions, read from {@code properties.bin} on first
 * use. A property record is one combination of category, bidirectional class, combining class,
 * east asian width, mirrored flag, decimal, digit and numeric value; each version maps every code
 * point to its record through a {@link CodePointTable}.
 */
final class PropertyData {
    /** One database version: its records per code point and its decomposition mappings. */
    record Version(String unidataVersion, CodePointTable records, Decompositions decompositions,
            Decompositions normalizationOverrides) {}

    final String[] categories;
    final String[] bidirectionals;
    final String[] eastAsianWidths;
    /** Decomposition tags by number; number 0 is the empty tag of canonical mappings. */
    final String[] tags;

    final byte[] recordCategory;
    final byte[] recordBidirectional;
    final short[] recordCombining;
    final byte[] recordEastAsianWidth;
    final byte[] recordMirrored;
    /** -1 where the record has no decimal (digit) value. */
    final byte[] recordDecimal;
    final byte[] recordDigit;
    /** NaN where the record has no numeric value. */
    final double[] recordNumeric;

    final Version latest;
    final Version legacy;
    /** The code points with a canonical mapping that NFC does not recompose (Unicode 14.0). */
    final int[] compositionExclusions;

    private static final class Holder {
        static final PropertyData INSTANCE = new PropertyData(ResourceReader.open("properties.bin", "PUCP"));
    }

    static PropertyData get() {
        return Holder.INSTANCE;
    }

    private PropertyData(ResourceReader in) {
        String latestVersion = in.ascii();
        String legacyVersion = in.ascii();
        categories = in.strings();
        bidirectionals = in.strings();
        eastAsianWidths = in.strings();
        double[] numerics = new double[in.varint()];
        for (int i = 0; i < numerics.length; i++) {
            numerics[i] = in.float64();
        }
        int recordCount = in.varint();
        recordCategory = new byte[recordCount];
        recordBidirectional = new byte[recordCount];
        recordCombining = new short[recordCount];
        recordEastAsianWidth = new byte[recordCount];
        recordMirrored = new byte[recordCount];
        recordDecimal = new byte[recordCount];
        recordDigit = new byte[recordCount];
        recordNumeric = new double[recordCount];
        for (int r = 0; r < recordCount; r++) {
            recordCategory[r] = (byte) in.u8();
            recordBidirectional[r] = (byte) in.u8();
            recordCombining[r] = (short) in.u8();
            recordEastAsianWidth[r] = (byte) in.u8();
            recordMirrored[r] = (byte) in.u8();
            recordDecimal[r] = (byte) in.u8();
            recordDigit[r] = (byte) in.u8();
            int numeric = in.varint();
            recordNumeric[r] = numeric == 0 ? Double.NaN : numerics[numeric - 1];
        }
        char[] blockPool = in.u16s();
        CodePointTable latestRecords = CodePointTable.fromBlocks(in.u16s(), blockPool);
        CodePointTable legacyRecords = CodePointTable.fromBlocks(in.u16s(), blockPool);
        tags = in.strings();
        Decompositions latestDecompositions = Decompositions.read(in, true);
        Decompositions legacyDecompositions = Decompositions.read(in, true);
        compositionExclusions = in.ascending();
        Decompositions latestOverrides = Decompositions.read(in, false);
        Decompositions legacyOverrides = Decompositions.read(in, false);
        in.expectEnd();
        latest = new Version(latestVersion, latestRecords, latestDecompositions, latestOverrides);
        legacy = new Version(legacyVersion, legacyRecords, legacyDecompositions, legacyOverrides);
    }
}
