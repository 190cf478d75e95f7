package org.pythebo.runtime.ucd;

import java.util.Arrays;
import java.util.Locale;

/**
 * Character names, name aliases and named sequences, read from {@code names.bin} on first use.
 *
 * <p>Names are stored as word numbers into a lexicon of the words (between spaces) of all names,
 * most frequent first; word number 0 stands for {@code '-'} and the character's code point in hex
 * ending the name (as in {@code CJK COMPATIBILITY IDEOGRAPH-F900}). The names of Hangul syllables
 * and CJK unified ideographs are derived, as Unicode defines them. An entry is a named character,
 * an alias or a named sequence, in that order; an open-addressing table over the hash codes of
 * their names finds an entry by name.
 */
final class NameData {
    static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final int S_BASE = 0xAC00;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int S_COUNT = 19 * V_COUNT * T_COUNT;

    enum Kind { CHARACTER, ALIAS, SEQUENCE }

    /** Word w (from 1) is {@code wordChars[wordStart[w - 1]..wordStart[w])}, in ASCII. */
    private final byte[] wordChars;
    private final int[] wordStart;
    private final int[] namedCodePoints;
    private final int[] aliasCodePoints;
    /** Entry e's word numbers are {@code tokens[entryStart[e]..entryStart[e + 1])}. */
    private final int[] entryStart;
    private final char[] tokens;
    /** Named sequence s is {@code sequencePool[sequenceStart[s]..sequenceStart[s + 1])}. */
    private final int[] sequenceStart;
    private final int[] sequencePool;
    /** Inclusive (first, last) pairs of the CJK unified ideographs. */
    private final int[] cjkRanges;
    private final String[] leads;
    private final String[] vowels;
    private final String[] trails;

    private static final class Holder {
        static final NameData INSTANCE = new NameData(ResourceReader.open("names.bin", "PUCN"));
    }

    /** Built on the first search by name, which most programs never make. */
    private static final class Index {
        static final int[] SLOTS = Holder.INSTANCE.hashSlots();
    }

    static NameData get() {
        return Holder.INSTANCE;
    }

    private NameData(ResourceReader in) {
        wordChars = in.u8s();
        byte[] wordLengths = in.u8s();
        wordStart = new int[wordLengths.length + 1];
        for (int i = 0; i < wordLengths.length; i++) {
            wordStart[i + 1] = wordStart[i] + (wordLengths[i] & 0xFF);
        }
        namedCodePoints = in.ascending();
        aliasCodePoints = new int[in.varint()];
        for (int i = 0; i < aliasCodePoints.length; i++) {
            aliasCodePoints[i] = in.varint();
        }
        int sequenceCount = in.varint();
        sequenceStart = new int[sequenceCount + 1];
        IntList pool = new IntList();
        for (int i = 0; i < sequenceCount; i++) {
            int length = in.varint();
            for (int j = 0; j < length; j++) {
                pool.add(in.varint());
            }
            sequenceStart[i + 1] = pool.size();
        }
        sequencePool = pool.toArray();
        byte[] tokenCounts = in.u8s();
        entryStart = new int[tokenCounts.length + 1];
        for (int e = 0; e < tokenCounts.length; e++) {
            entryStart[e + 1] = entryStart[e] + (tokenCounts[e] & 0xFF);
        }
        tokens = in.u16s();
        cjkRanges = new int[in.varint() * 2];
        for (int i = 0; i < cjkRanges.length; i++) {
            cjkRanges[i] = in.varint();
        }
        leads = in.strings();
        vowels = in.strings();
        trails = in.strings();
        in.expectEnd();
        if (tokenCounts.length != namedCodePoints.length + aliasCodePoints.length + sequenceCount
                || tokens.length != entryStart[tokenCounts.length]) {
            throw new IllegalStateException("names.bin: entries out of step");
        }
    }

    /** The open-addressing table over entry names: 1 + the entry whose name hashes there, or 0. */
    private int[] hashSlots() {
        // String.hashCode() of a concatenation is h(a) * 31^length(b) + h(b): hash words once.
        int wordCount = wordStart.length - 1;
        int[] wordHash = new int[wordCount];
        int[] wordPower = new int[wordCount];
        for (int w = 0; w < wordCount; w++) {
            int hash = 0;
            int power = 1;
            for (int i = wordStart[w]; i < wordStart[w + 1]; i++) {
                hash = 31 * hash + wordChars[i];
                power *= 31;
            }
            wordHash[w] = hash;
            wordPower[w] = power;
        }
        int entries = entryStart.length - 1;
        int[] slots = new int[Integer.highestOneBit(entries) * 4];
        int mask = slots.length - 1;
        for (int e = 0; e < entries; e++) {
            int hash = 0;
            for (int k = entryStart[e]; k < entryStart[e + 1]; k++) {
                int token = tokens[k];
                if (token == 0) {
                    hash = 31 * hash + '-';
                    String hex = hex(codePoint(e));
                    for (int i = 0; i < hex.length(); i++) {
                        hash = 31 * hash + hex.charAt(i);
                    }
                } else {
                    if (k > entryStart[e]) {
                        hash = 31 * hash + ' ';
                    }
                    hash = hash * wordPower[token - 1] + wordHash[token - 1];
                }
            }
            int slot = spread(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }
        return slots;
    }

    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }

    Kind kind(int entry) {
        if (entry < namedCodePoints.length) {
            return Kind.CHARACTER;
        }
        return entry < namedCodePoints.length + aliasCodePoints.length ? Kind.ALIAS : Kind.SEQUENCE;
    }

    /** The character an entry names, or -1 for a named sequence. */
    int codePoint(int entry) {
        if (entry < namedCodePoints.length) {
            return namedCodePoints[entry];
        }
        entry -= namedCodePoints.length;
        return entry < aliasCodePoints.length ? aliasCodePoints[entry] : -1;
    }

    /** The characters of a named-sequence entry. */
    String sequence(int entry) {
        int s = entry - namedCodePoints.length - aliasCodePoints.length;
        return new String(sequencePool, sequenceStart[s], sequenceStart[s + 1] - sequenceStart[s]);
    }

    private void appendName(int entry, StringBuilder out) {
        for (int k = entryStart[entry]; k < entryStart[entry + 1]; k++) {
            int token = tokens[k];
            if (token == 0) {
                out.append('-').append(hex(codePoint(entry)));
            } else {
                if (k > entryStart[entry]) {
                    out.append(' ');
                }
                for (int i = wordStart[token - 1]; i < wordStart[token]; i++) {
                    out.append((char) wordChars[i]);
                }
            }
        }
    }

    /** Whether entry's name is exactly {@code name}, compared without building it. */
    private boolean nameEquals(int entry, String name) {
        int position = 0;
        for (int k = entryStart[entry]; k < entryStart[entry + 1]; k++) {
            int token = tokens[k];
            if (token == 0) {
                String hex = "-" + hex(codePoint(entry));
                if (!name.startsWith(hex, position)) {
                    return false;
                }
                position += hex.length();
                continue;
            }
            if (k > entryStart[entry]) {
                if (position >= name.length() || name.charAt(position++) != ' ') {
                    return false;
                }
            }
            int from = wordStart[token - 1];
            int length = wordStart[token] - from;
            if (position + length > name.length()) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (name.charAt(position + i) != wordChars[from + i]) {
                    return false;
                }
            }
            position += length;
        }
        return position == name.length();
    }

    /** The character's name (as the current version has it), or null. */
    String name(int cp) {
        int syllable = cp - S_BASE;
        if (syllable >= 0 && syllable < S_COUNT) {
            return HANGUL_PREFIX + leads[syllable / (V_COUNT * T_COUNT)] + vowels[syllable / T_COUNT % V_COUNT]
                    + trails[syllable % T_COUNT];
        }
        if (isCjkUnifiedIdeograph(cp)) {
            return CJK_PREFIX + hex(cp);
        }
        int entry = Arrays.binarySearch(namedCodePoints, cp);
        if (entry < 0) {
            return null;
        }
        StringBuilder name = new StringBuilder(48);
        appendName(entry, name);
        return name.toString();
    }

    boolean isCjkUnifiedIdeograph(int cp) {
        for (int i = 0; i < cjkRanges.length; i += 2) {
            if (cp >= cjkRanges[i] && cp <= cjkRanges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entry named {@code name} compared case-insensitively in ASCII (names are ASCII, so any
     * other character fails), or -1.
     */
    int find(String name) {
        String upper = asciiUpper(name);
        if (upper == null) {
            return -1;
        }
        int[] slots = Index.SLOTS;
        int mask = slots.length - 1;
        for (int slot = spread(upper.hashCode()) & mask;; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return -1;
            }
            if (nameEquals(entry, upper)) {
                return entry;
            }
        }
    }

    private static String asciiUpper(String name) {
        char[] chars = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'a' && c <= 'z') {
                if (chars == null) {
                    chars = name.toCharArray();
                }
                chars[i] = (char) (c - 'a' + 'A');
            }
        }
        return chars == null ? name : new String(chars);
    }

    /**
     * The Hangul syllable named {@code name}, or -1: the prefix exactly, then the longest
     * matching leading consonant, vowel and trailing consonant short names, ending the name.
     */
    int hangulSyllable(String name) {
        if (!name.startsWith(HANGUL_PREFIX)) {
            return -1;
        }
        int position = HANGUL_PREFIX.length();
        int lead = longestMatch(leads, name, position);
        if (lead < 0) {
            return -1;
        }
        position += leads[lead].length();
        int vowel = longestMatch(vowels, name, position);
        if (vowel < 0) {
            return -1;
        }
        position += vowels[vowel].length();
        int trail = longestMatch(trails, name, position);
        if (trail < 0 || position + trails[trail].length() != name.length()) {
            return -1;
        }
        return S_BASE + (lead * V_COUNT + vowel) * T_COUNT + trail;
    }

    private static int longestMatch(String[] candidates, String name, int position) {
        int best = -1;
        for (int i = 0; i < candidates.length; i++) {
            if (name.startsWith(candidates[i], position)
                    && (best < 0 || candidates[i].length() > candidates[best].length())) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The CJK unified ideograph named {@code name}, or -1: the prefix exactly, then four or five
     * upper-case hex digits of an ideograph.
     */
    int cjkUnifiedIdeograph(String name) {
        if (!name.startsWith(CJK_PREFIX)) {
            return -1;
        }
        int digits = name.length() - CJK_PREFIX.length();
        if (digits != 4 && digits != 5) {
            return -1;
        }
        int cp = 0;
        for (int i = CJK_PREFIX.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            cp = cp << 4 | digit;
        }
        return isCjkUnifiedIdeograph(cp) ? cp : -1;
    }

    /** {@code cp} in upper-case hex, at least four digits. */
    static String hex(int cp) {
        String digits = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        return digits.length() >= 4 ? digits : "0000".substring(digits.length()) + digits;
    }
}
