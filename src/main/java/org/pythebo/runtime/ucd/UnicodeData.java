package org.pythebo.runtime.ucd;

/**
 * One version of CPython 3.11's Unicode character database: {@link #latest()} is what the
 * {@code unicodedata} module's functions answer (Unicode 14.0.0), {@link #version3_2_0()} what its
 * {@code ucd_3_2_0} object (a {@code UCD}) answers. Every method answers exactly as the Python
 * function of the same name does, for code points in 0..0x10FFFF; where Python raises for a
 * missing value (or returns the caller's default) these return null, -1 or NaN as documented.
 *
 * <p>Instances are immutable and thread-safe. The tables load on first use: properties on the
 * first property query, names on the first name query, normalization data on the first
 * normalization of each version.
 */
public final class UnicodeData {
    /** {@code lookup} refuses names longer than this many UTF-8 bytes with "name too long". */
    public static final int MAX_NAME_BYTES = 256;

    private static final UnicodeData LATEST = new UnicodeData(true);
    private static final UnicodeData VERSION_3_2_0 = new UnicodeData(false);

    private final boolean isLatest;

    private UnicodeData(boolean isLatest) {
        this.isLatest = isLatest;
    }

    /** The database of the module's functions: Unicode 14.0.0. */
    public static UnicodeData latest() {
        return LATEST;
    }

    /** The database of {@code unicodedata.ucd_3_2_0}. */
    public static UnicodeData version3_2_0() {
        return VERSION_3_2_0;
    }

    /** {@code unidata_version}: "14.0.0" or "3.2.0". */
    public String unidataVersion() {
        return version().unidataVersion();
    }

    private PropertyData.Version version() {
        PropertyData data = PropertyData.get();
        return isLatest ? data.latest : data.legacy;
    }

    private int record(int cp) {
        return version().records().get(cp);
    }

    /** {@code category(chr(cp))}: the two-letter general category ("Cn" when unassigned). */
    public String category(int cp) {
        PropertyData data = PropertyData.get();
        return data.categories[data.recordCategory[record(cp)]];
    }

    /** {@code bidirectional(chr(cp))}: the bidirectional class, "" when the database has none. */
    public String bidirectional(int cp) {
        PropertyData data = PropertyData.get();
        return data.bidirectionals[data.recordBidirectional[record(cp)]];
    }

    /** {@code combining(chr(cp))}: the canonical combining class. */
    public int combining(int cp) {
        return PropertyData.get().recordCombining[record(cp)];
    }

    /** {@code east_asian_width(chr(cp))}. */
    public String eastAsianWidth(int cp) {
        PropertyData data = PropertyData.get();
        return data.eastAsianWidths[data.recordEastAsianWidth[record(cp)]];
    }

    /** {@code mirrored(chr(cp))}: 1 or 0. */
    public int mirrored(int cp) {
        return PropertyData.get().recordMirrored[record(cp)];
    }

    /** {@code decimal(chr(cp))}, or -1 where Python raises "not a decimal". */
    public int decimal(int cp) {
        return PropertyData.get().recordDecimal[record(cp)];
    }

    /** {@code digit(chr(cp))}, or -1 where Python raises "not a digit". */
    public int digit(int cp) {
        return PropertyData.get().recordDigit[record(cp)];
    }

    /** {@code numeric(chr(cp))}, or NaN where Python raises "not a numeric character". */
    public double numeric(int cp) {
        return PropertyData.get().recordNumeric[record(cp)];
    }

    /**
     * {@code decomposition(chr(cp))}: the mapping as upper-case hex code points of at least four
     * digits, after its tag such as {@code <compat>} if it has one; "" when there is none.
     */
    public String decomposition(int cp) {
        PropertyData data = PropertyData.get();
        Decompositions decompositions = version().decompositions();
        int index = decompositions.indexOf(cp);
        if (index < 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(data.tags[decompositions.tag(index)]);
        for (int part : decompositions.mapping(index)) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(NameData.hex(part));
        }
        return text.toString();
    }

    /** {@code name(chr(cp))}, or null where Python raises "no such name". */
    public String name(int cp) {
        if (!isLatest && category(cp).equals("Cn")) {
            return null;
        }
        return NameData.get().name(cp);
    }

    /**
     * {@code lookup(name)}: the character, or the characters of a named sequence, so named; null
     * where Python raises KeyError, whose message {@link #lookupErrorMessage} gives. Names compare
     * case-insensitively in ASCII and include the aliases and named sequences (not in 3.2.0);
     * Hangul syllable and CJK unified ideograph names must be upper case. The caller first refuses
     * a name with lone surrogates, as Python does (UnicodeEncodeError of UTF-8).
     */
    public String lookup(String name) {
        if (utf8Length(name) > MAX_NAME_BYTES) {
            return null;
        }
        NameData names = NameData.get();
        int cp = derivedName(names, name);
        if (cp >= 0) {
            return Character.toString(cp);
        }
        int entry = names.find(name);
        if (entry < 0 || !accepts(names, entry, true)) {
            return null;
        }
        return names.kind(entry) == NameData.Kind.SEQUENCE ? names.sequence(entry) : Character.toString(names.codePoint(entry));
    }

    /**
     * The character named {@code name} or by an alias, as {@code "\N{name}"} resolves it, or -1:
     * {@link #lookup} without named sequences.
     */
    public int codePointOf(String name) {
        if (utf8Length(name) > MAX_NAME_BYTES) {
            return -1;
        }
        NameData names = NameData.get();
        int cp = derivedName(names, name);
        if (cp >= 0) {
            return cp;
        }
        int entry = names.find(name);
        return entry >= 0 && accepts(names, entry, false) ? names.codePoint(entry) : -1;
    }

    /**
     * The Hangul syllable or CJK unified ideograph so named, or -1. CPython accepts these names in
     * 3.2.0 too, for every ideograph of the current version.
     */
    private static int derivedName(NameData names, String name) {
        int cp = names.hangulSyllable(name);
        return cp >= 0 ? cp : names.cjkUnifiedIdeograph(name);
    }

    /** Whether this version's lookup answers with the entry: 3.2.0 has no aliases or sequences. */
    private boolean accepts(NameData names, int entry, boolean sequences) {
        return switch (names.kind(entry)) {
            case CHARACTER -> isLatest || !category(names.codePoint(entry)).equals("Cn");
            case ALIAS -> isLatest;
            case SEQUENCE -> isLatest && sequences;
        };
    }

    /**
     * The message of the KeyError that {@code lookup(name)} raises when it returns null: "name too
     * long", or "undefined character name '...'" with the name up to its first NUL (Python formats
     * it as a C string).
     */
    public static String lookupErrorMessage(String name) {
        if (utf8Length(name) > MAX_NAME_BYTES) {
            return "name too long";
        }
        int nul = name.indexOf('\0');
        return "undefined character name '" + (nul < 0 ? name : name.substring(0, nul)) + "'";
    }

    private static int utf8Length(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** {@code normalize(form, s)}. */
    public String normalize(NormalizationForm form, String s) {
        return normalizer().normalize(form, s);
    }

    /** {@code is_normalized(form, s)}. */
    public boolean isNormalized(NormalizationForm form, String s) {
        return normalizer().isNormalized(form, s);
    }

    private Normalizer normalizer() {
        return isLatest ? Normalizer.latest() : Normalizer.legacy();
    }
}
