package org.pythebo.runtime.ucd;

import java.util.Arrays;

/**
 * The normalization forms of UAX #15 over one database version: full decomposition (canonical
 * or compatibility), canonical ordering, then canonical composition for NFC and NFKC.
 *
 * <p>As in CPython, the 3.2.0 view decomposes with its own mappings (none for characters 3.2.0
 * does not assign, and the mappings that Unicode later corrected) but orders and composes with the
 * current combining classes and compositions. Only the current version answers
 * {@link #isNormalized} with a quick check; the 3.2.0 view normalizes and compares, as CPython does.
 */
final class Normalizer {
    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int S_COUNT = L_COUNT * V_COUNT * T_COUNT;

    /** Entry flag: the character can be the second of a composition (quick check MAYBE). */
    private static final int SECOND = 1;
    /** Entry flag: NFC never contains the character. */
    private static final int NOT_NFC = 2;
    /** Entry flag: NFKC never contains the character. */
    private static final int NOT_NFKC = 4;

    private static final class Latest {
        static final Normalizer INSTANCE = new Normalizer(PropertyData.get(), PropertyData.get().latest, true);
    }

    private static final class Legacy {
        static final Normalizer INSTANCE = new Normalizer(PropertyData.get(), PropertyData.get().legacy, false);
    }

    static Normalizer latest() {
        return Latest.INSTANCE;
    }

    static Normalizer legacy() {
        return Legacy.INSTANCE;
    }

    /** Combining classes come from the current version's property records. */
    private final CodePointTable records;
    private final short[] recordCombining;
    /**
     * The entry of each code point that decomposes or has quick-check flags; 0 for the others,
     * which stay as they are. An entry's full canonical decomposition is
     * {@code pool[decompositionStart..decompositionMiddle)}, its full compatibility decomposition
     * {@code pool[decompositionMiddle..decompositionEnd)}; an empty range means none.
     */
    private final CodePointTable entryOf;
    private final int[] entryFlags;
    private final int[] decompositionStart;
    private final int[] decompositionMiddle;
    private final int[] decompositionEnd;
    private final int[] pool;
    /** Combining class of each pool element. */
    private final int[] poolCombining;
    private final boolean quickCheck;
    /** Open addressing: key (first << 21 | second), value the primary composite. */
    private final long[] pairKeys;
    private final int[] pairComposites;

    private Normalizer(PropertyData data, PropertyData.Version version, boolean quickCheck) {
        this.quickCheck = quickCheck;
        records = data.latest.records();
        recordCombining = data.recordCombining;

        // Pairs from the current canonical mappings of two code points, less the exclusions.
        Decompositions latestMappings = data.latest.decompositions();
        int[] exclusions = data.compositionExclusions;
        int pairCapacity = Integer.highestOneBit(Math.max(latestMappings.size(), 1)) * 4;
        pairKeys = new long[pairCapacity];
        Arrays.fill(pairKeys, -1);
        pairComposites = new int[pairCapacity];
        IntList seconds = new IntList();
        for (int i = 0; i < latestMappings.size(); i++) {
            int cp = latestMappings.codePoint(i);
            int[] mapping = latestMappings.mapping(i);
            if (latestMappings.tag(i) == 0 && mapping.length == 2 && Arrays.binarySearch(exclusions, cp) < 0) {
                putPair(mapping[0], mapping[1], cp);
                seconds.add(mapping[1]);
            }
        }
        for (int v = V_BASE; v < V_BASE + V_COUNT; v++) {
            seconds.add(v);
        }
        for (int t = T_BASE + 1; t < T_BASE + T_COUNT; t++) {
            seconds.add(t);
        }

        // Entry 0 is the plain character; then one entry per flag combination without a
        // decomposition, then one per decomposable character.
        IntList flagList = new IntList();
        IntList startList = new IntList();
        IntList middleList = new IntList();
        IntList endList = new IntList();
        for (int flags = 0; flags <= (SECOND | NOT_NFC | NOT_NFKC); flags++) {
            flagList.add(flags);
            startList.add(0);
            middleList.add(0);
            endList.add(0);
        }
        int[] secondCodePoints = seconds.toArray();
        Arrays.sort(secondCodePoints);
        CodePointTable.Builder entries = new CodePointTable.Builder();
        for (int cp : secondCodePoints) {
            entries.set(cp, flagsOf(cp, secondCodePoints, exclusions));
        }
        for (int cp : exclusions) {
            entries.set(cp, flagsOf(cp, secondCodePoints, exclusions));
        }

        Decompositions mappings = version.decompositions();
        Decompositions overrides = version.normalizationOverrides();
        IntList poolList = new IntList();
        for (int i = 0; i < mappings.size() + overrides.size(); i++) {
            boolean isOverride = i >= mappings.size();
            int index = isOverride ? i - mappings.size() : i;
            int cp = isOverride ? overrides.codePoint(index) : mappings.codePoint(index);
            if (!isOverride && overrides.indexOf(cp) >= 0) {
                continue;
            }
            int start = poolList.size();
            if (isOverride) {
                poolList.addAll(overrides.mapping(index));
            } else if (mappings.tag(index) == 0) {
                expand(cp, mappings, false, poolList);
            }
            int middle = poolList.size();
            if (isOverride) {
                poolList.addAll(overrides.mapping(index));
            } else {
                expand(cp, mappings, true, poolList);
            }
            int end = poolList.size();
            int flags = flagsOf(cp, secondCodePoints, exclusions);
            if (!Arrays.equals(poolList.array(), start, middle, poolList.array(), middle, end)) {
                flags |= NOT_NFKC;
            }
            entries.set(cp, flagList.size());
            flagList.add(flags);
            startList.add(start);
            middleList.add(middle);
            endList.add(end);
        }
        entryOf = entries.build();
        entryFlags = flagList.toArray();
        decompositionStart = startList.toArray();
        decompositionMiddle = middleList.toArray();
        decompositionEnd = endList.toArray();
        pool = poolList.toArray();
        poolCombining = new int[pool.length];
        for (int k = 0; k < pool.length; k++) {
            poolCombining[k] = combining(pool[k]);
        }
    }

    /** The quick-check flags that follow from the compositions, which are the current ones. */
    private static int flagsOf(int cp, int[] seconds, int[] exclusions) {
        return (Arrays.binarySearch(exclusions, cp) >= 0 ? NOT_NFC | NOT_NFKC : 0)
                | (Arrays.binarySearch(seconds, cp) >= 0 ? SECOND : 0);
    }

    private int combining(int cp) {
        return recordCombining[records.get(cp)];
    }

    /** Appends the recursive expansion of {@code cp}'s mapping ({@code cp} itself if it has none). */
    private static void expand(int cp, Decompositions mappings, boolean compatibility, IntList out) {
        int index = mappings.indexOf(cp);
        if (index < 0 || (!compatibility && mappings.tag(index) != 0)) {
            out.add(cp);
            return;
        }
        for (int part : mappings.mapping(index)) {
            expand(part, mappings, compatibility, out);
        }
    }

    private void putPair(int first, int second, int composite) {
        long key = (long) first << 21 | second;
        int mask = pairKeys.length - 1;
        int slot = pairSlot(key, mask);
        while (pairKeys[slot] != -1) {
            slot = (slot + 1) & mask;
        }
        pairKeys[slot] = key;
        pairComposites[slot] = composite;
    }

    private static int pairSlot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** The primary composite of {@code first} and {@code second}, or -1. */
    private int primaryComposite(int first, int second) {
        int l = first - L_BASE;
        if (l >= 0 && l < L_COUNT) {
            int v = second - V_BASE;
            return v >= 0 && v < V_COUNT ? S_BASE + (l * V_COUNT + v) * T_COUNT : -1;
        }
        int s = first - S_BASE;
        if (s >= 0 && s < S_COUNT && s % T_COUNT == 0) {
            int t = second - T_BASE;
            return t > 0 && t < T_COUNT ? first + t : -1;
        }
        long key = (long) first << 21 | second;
        int mask = pairKeys.length - 1;
        for (int slot = pairSlot(key, mask);; slot = (slot + 1) & mask) {
            long found = pairKeys[slot];
            if (found == key) {
                return pairComposites[slot];
            }
            if (found == -1) {
                return -1;
            }
        }
    }

    String normalize(NormalizationForm form, String s) {
        if (quickCheck && quickCheck(form, s) == QuickCheck.YES) {
            return s;
        }
        Buffer buffer = decompose(s, form.compatibility());
        buffer.reorder();
        if (form.composes()) {
            buffer.compose();
        }
        return buffer.toString();
    }

    boolean isNormalized(NormalizationForm form, String s) {
        if (quickCheck) {
            QuickCheck answer = quickCheck(form, s);
            if (answer != QuickCheck.MAYBE) {
                return answer == QuickCheck.YES;
            }
        }
        return normalize(form, s).equals(s);
    }

    private enum QuickCheck { YES, NO, MAYBE }

    /** UAX #15's quick check with the current data. */
    private QuickCheck quickCheck(NormalizationForm form, String s) {
        boolean compatibility = form.compatibility();
        boolean composes = form.composes();
        int notInForm = compatibility ? NOT_NFKC : NOT_NFC;
        QuickCheck result = QuickCheck.YES;
        int lastCombining = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int entry = entryOf.get(cp);
            int combining = combining(cp);
            if (combining != 0 && lastCombining > combining) {
                return QuickCheck.NO;
            }
            lastCombining = combining;
            if (composes) {
                int flags = entryFlags[entry];
                if ((flags & notInForm) != 0) {
                    return QuickCheck.NO;
                }
                if ((flags & SECOND) != 0) {
                    result = QuickCheck.MAYBE;
                }
            } else if (cp - S_BASE >= 0 && cp - S_BASE < S_COUNT || (compatibility
                    ? decompositionEnd[entry] != decompositionMiddle[entry]
                    : decompositionMiddle[entry] != decompositionStart[entry])) {
                return QuickCheck.NO;
            }
        }
        return result;
    }

    private Buffer decompose(String s, boolean compatibility) {
        Buffer buffer = new Buffer(s.length() + 8);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int syllable = cp - S_BASE;
            if (syllable >= 0 && syllable < S_COUNT) {
                buffer.add(L_BASE + syllable / (V_COUNT * T_COUNT), 0);
                buffer.add(V_BASE + syllable / T_COUNT % V_COUNT, 0);
                if (syllable % T_COUNT != 0) {
                    buffer.add(T_BASE + syllable % T_COUNT, 0);
                }
                continue;
            }
            int entry = entryOf.get(cp);
            int from = compatibility ? decompositionMiddle[entry] : decompositionStart[entry];
            int to = compatibility ? decompositionEnd[entry] : decompositionMiddle[entry];
            if (from == to) {
                buffer.add(cp, combining(cp));
            } else {
                for (int k = from; k < to; k++) {
                    buffer.add(pool[k], poolCombining[k]);
                }
            }
        }
        return buffer;
    }

    /** Code points with their combining classes, being normalized in place. */
    private final class Buffer {
        private int[] codePoints;
        private int[] combining;
        private int size;

        Buffer(int capacity) {
            codePoints = new int[capacity];
            combining = new int[capacity];
        }

        void add(int cp, int combiningClass) {
            if (size == codePoints.length) {
                codePoints = Arrays.copyOf(codePoints, size * 2);
                combining = Arrays.copyOf(combining, size * 2);
            }
            codePoints[size] = cp;
            combining[size++] = combiningClass;
        }

        /** Stable sort of each run of non-starters by combining class (starters never move). */
        void reorder() {
            for (int i = 1; i < size; i++) {
                int combiningClass = combining[i];
                if (combiningClass == 0 || combining[i - 1] <= combiningClass) {
                    continue;
                }
                int cp = codePoints[i];
                int j = i;
                while (j > 0 && combining[j - 1] > combiningClass) {
                    codePoints[j] = codePoints[j - 1];
                    combining[j] = combining[j - 1];
                    j--;
                }
                codePoints[j] = cp;
                combining[j] = combiningClass;
            }
        }

        /**
         * Canonical composition: each character joins the last starter when a primary composite of
         * the two exists and nothing between them blocks it (a character between blocks when its
         * combining class is 0 or not below the character's).
         */
        void compose() {
            int starter = -1;
            int lastCombining = 0;
            int out = 0;
            for (int i = 0; i < size; i++) {
                int cp = codePoints[i];
                int combiningClass = combining[i];
                if (starter >= 0 && (out == starter + 1 || lastCombining < combiningClass)) {
                    int composite = primaryComposite(codePoints[starter], cp);
                    if (composite >= 0) {
                        codePoints[starter] = composite;
                        continue;
                    }
                }
                if (combiningClass == 0) {
                    starter = out;
                }
                lastCombining = combiningClass;
                codePoints[out] = cp;
                combining[out++] = combiningClass;
            }
            size = out;
        }

        @Override
        public String toString() {
            return new String(codePoints, 0, size);
        }
    }
}
