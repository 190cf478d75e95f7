package org.pythebo.modules._sre.engine;

import static org.pythebo.modules._sre.engine.Opcodes.*;

import java.util.Arrays;

/**
 * One pattern's validated SRE code, what {@code _sre.compile(pattern, flags, code, groups, ...)}
 * receives, together with what searching learns from it once: the INFO block's minimum width,
 * literal prefix or first-character set, and per-set lookup tables for characters below 256.
 * Immutable and safe to share between threads; {@link #matcher} makes the per-call state.
 */
public final class CompiledPattern {
    final int[] code;
    final int flags;
    final int groups;
    final CharacterProperties properties;

    /** Where matching starts: just past the INFO block, if there is one. */
    final int bodyStart;
    /** The INFO block's minimum match width (unsigned code word, 0 when unknown). */
    final long minWidth;
    /** The literal every match starts with, or null. */
    final int[] prefix;
    /**
     * The prefix as a String for searching Strings, or null when it has a character a String
     * without surrogates cannot hold (so it cannot occur there).
     */
    final String prefixString;
    /** How many prefix characters precede the first group mark (CPython's prefix_skip). */
    final int prefixSkip;
    /** The whole pattern is the prefix: finding it is matching. */
    final boolean prefixIsWholePattern;
    /** Position of the INFO block's first-character set, or -1. */
    final int infoCharsetStart;
    /** A single-character operation every match must begin with, or -1. */
    final int firstCharOp;
    /** What {@link #firstCharOp} answers for characters below 256, or null. */
    final long[] firstCharMap;
    /**
     * For each set start position whose answer for characters below 256 can be fixed now, the
     * answer as a 256-bit map; null elsewhere. Sets using the locale's word class stay dynamic.
     */
    final long[][] latin1SetMaps;
    /** Bit n set: operation n occurs in the code. */
    final long operationsUsed;

    private CompiledPattern(int[] code, int flags, int groups, CharacterProperties properties) {
        this.code = code;
        this.flags = flags;
        this.groups = groups;
        this.properties = properties;
        this.latin1SetMaps = new long[code.length][];
        this.operationsUsed = new Validator(this).validate();
        int start = 0;
        long min = 0;
        int[] prefix = null;
        int prefixSkip = 0;
        boolean whole = false;
        int charsetStart = -1;
        if (code[0] == INFO) {
            int infoFlags = code[2];
            min = code[3] & 0xFFFF_FFFFL;
            if ((infoFlags & INFO_PREFIX) != 0) {
                int length = code[5];
                prefix = Arrays.copyOfRange(code, 7, 7 + length);
                prefixSkip = code[6];
                whole = (infoFlags & INFO_LITERAL) != 0;
            } else if ((infoFlags & INFO_CHARSET) != 0) {
                charsetStart = 5;
            }
            start = 1 + code[1];
        }
        this.bodyStart = start;
        this.minWidth = min;
        this.prefix = prefix;
        this.prefixString = prefix == null ? null : bmpString(prefix);
        this.prefixSkip = prefixSkip;
        this.prefixIsWholePattern = whole;
        this.infoCharsetStart = charsetStart;
        this.firstCharOp = findFirstCharOp(start);
        this.firstCharMap = firstCharOp >= 0 ? firstCharMap() : null;
    }

    /**
     * Validates {@code code} and prepares it for matching.
     *
     * @param code the code words; words above 2**31-1 (MAXREPEAT, large literals) are given as
     *             their 32-bit two's-complement int
     * @param flags the pattern's flags (SRE_FLAG_*)
     * @param groups the number of capturing groups (what {@code _sre.compile} gets as groups)
     * @param properties the character database case-insensitive and class matching uses
     * @throws InvalidCodeException if the code is not well-formed
     */
    public static CompiledPattern compile(int[] code, int flags, int groups,
                                          CharacterProperties properties) {
        if (groups < 0 || groups > MAXGROUPS) {
            throw new InvalidCodeException("group count out of range");
        }
        if (code.length == 0) {
            throw new InvalidCodeException("empty code");
        }
        return new CompiledPattern(code.clone(), flags, groups, properties);
    }

    /** A copy of the code. */
    public int[] code() {
        return code.clone();
    }

    public int flags() {
        return flags;
    }

    /** The number of capturing groups. */
    public int groups() {
        return groups;
    }

    public CharacterProperties properties() {
        return properties;
    }

    /**
     * A matcher over {@code subject} between {@code pos} and {@code endpos}, clamped to the
     * subject as CPython does (negative to 0, beyond the end to the length; pos may end up past
     * endpos, in which case only empty matches at pos can succeed).
     */
    public Matcher matcher(Subject subject, int pos, int endpos) {
        return new Matcher(this, subject, pos, endpos);
    }

    public Matcher matcher(Subject subject) {
        return new Matcher(this, subject, 0, subject.length());
    }

    private static String bmpString(int[] chars) {
        StringBuilder sb = new StringBuilder(chars.length);
        for (int c : chars) {
            if (c < 0 || c > 0xFFFF || Character.isSurrogate((char) c)) {
                return null;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    // --- character tests shared by the matcher and the search -----------------------------

    /** Whether {@code ch} is in the set that starts at {@code setStart} (after IN's skip word). */
    boolean inSet(int setStart, int ch) {
        if (ch >= 0 && ch < 256) {
            long[] map = latin1SetMaps[setStart];
            if (map != null) {
                return (map[ch >>> 6] & (1L << ch)) != 0;
            }
        }
        return walkSet(setStart, ch);
    }

    private boolean walkSet(int pc, int ch) {
        final int[] code = this.code;
        boolean result = true;
        for (;;) {
            switch (code[pc]) {
                case FAILURE:
                    return !result;
                case LITERAL:
                    if (ch == code[pc + 1]) {
                        return result;
                    }
                    pc += 2;
                    break;
                case CATEGORY:
                    if (category(code[pc + 1], ch)) {
                        return result;
                    }
                    pc += 2;
                    break;
                case CHARSET:
                    if (ch >= 0 && ch < 256 && (code[pc + 1 + (ch >>> 5)] & (1 << ch)) != 0) {
                        return result;
                    }
                    pc += 9;
                    break;
                case RANGE:
                    if (inRange(ch, code[pc + 1], code[pc + 2])) {
                        return result;
                    }
                    pc += 3;
                    break;
                case RANGE_UNI_IGNORE:
                    if (inRange(ch, code[pc + 1], code[pc + 2])
                            || inRange(properties.toUpperCase(ch), code[pc + 1], code[pc + 2])) {
                        return result;
                    }
                    pc += 3;
                    break;
                case NEGATE:
                    result = !result;
                    pc += 1;
                    break;
                case BIGCHARSET: {
                    int blocks = code[pc + 1];
                    if (ch >= 0 && ch < 0x10000) {
                        // 256 block numbers, one byte each, packed four to a word, low byte first
                        int hi = ch >>> 8;
                        int block = (code[pc + 2 + (hi >>> 2)] >>> ((hi & 3) << 3)) & 0xFF;
                        int bit = (block << 8) | (ch & 0xFF);
                        if ((code[pc + 66 + (bit >>> 5)] & (1 << bit)) != 0) {
                            return result;
                        }
                    }
                    pc += 66 + blocks * 8;
                    break;
                }
                default:
                    throw new IllegalStateException("invalid set operation " + code[pc]);
            }
        }
    }

    private static boolean inRange(int ch, int low, int high) {
        return Integer.compareUnsigned(low, ch) <= 0 && Integer.compareUnsigned(ch, high) <= 0;
    }

    /** CPython's character categories; the LOC ones ask the locale at every call. */
    boolean category(int category, int ch) {
        return switch (category) {
            case CATEGORY_DIGIT -> ch >= '0' && ch <= '9';
            case CATEGORY_NOT_DIGIT -> !(ch >= '0' && ch <= '9');
            case CATEGORY_SPACE -> isAsciiSpace(ch);
            case CATEGORY_NOT_SPACE -> !isAsciiSpace(ch);
            case CATEGORY_WORD -> isAsciiWord(ch);
            case CATEGORY_NOT_WORD -> !isAsciiWord(ch);
            case CATEGORY_LINEBREAK -> ch == '\n';
            case CATEGORY_NOT_LINEBREAK -> ch != '\n';
            case CATEGORY_LOC_WORD -> isLocaleWord(ch);
            case CATEGORY_LOC_NOT_WORD -> !isLocaleWord(ch);
            case CATEGORY_UNI_DIGIT -> properties.isDecimal(ch);
            case CATEGORY_UNI_NOT_DIGIT -> !properties.isDecimal(ch);
            case CATEGORY_UNI_SPACE -> properties.isSpace(ch);
            case CATEGORY_UNI_NOT_SPACE -> !properties.isSpace(ch);
            case CATEGORY_UNI_WORD -> isUnicodeWord(ch);
            case CATEGORY_UNI_NOT_WORD -> !isUnicodeWord(ch);
            case CATEGORY_UNI_LINEBREAK -> properties.isLineBreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK -> !properties.isLineBreak(ch);
            default -> throw new IllegalStateException("invalid category " + category);
        };
    }

    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    static boolean isAsciiWord(int ch) {
        return ch >= 0 && ch < 128 && (SreFunctions.isAsciiAlphanumeric(ch) || ch == '_');
    }

    boolean isLocaleWord(int ch) {
        return ch >= 0 && ch < 256 && (properties.localeIsAlphanumeric(ch) || ch == '_');
    }

    boolean isUnicodeWord(int ch) {
        return ch == '_' || properties.isAlphanumeric(ch);
    }

    int lowerLocale(int ch) {
        return ch >= 0 && ch < 256 ? properties.localeToLower(ch) : ch;
    }

    int upperLocale(int ch) {
        return ch >= 0 && ch < 256 ? properties.localeToUpper(ch) : ch;
    }

    /** Whether the single-character operation at {@code pc} accepts {@code ch}. */
    boolean matchesChar(int pc, int ch) {
        final int[] code = this.code;
        return switch (code[pc]) {
            case ANY -> ch != '\n';
            case ANY_ALL -> true;
            case LITERAL -> ch == code[pc + 1];
            case NOT_LITERAL -> ch != code[pc + 1];
            case IN -> inSet(pc + 2, ch);
            case LITERAL_IGNORE -> SreFunctions.asciiTolower(ch) == code[pc + 1];
            case NOT_LITERAL_IGNORE -> SreFunctions.asciiTolower(ch) != code[pc + 1];
            case LITERAL_UNI_IGNORE -> properties.toLowerCase(ch) == code[pc + 1];
            case NOT_LITERAL_UNI_IGNORE -> properties.toLowerCase(ch) != code[pc + 1];
            case LITERAL_LOC_IGNORE -> equalsIgnoringLocaleCase(ch, code[pc + 1]);
            case NOT_LITERAL_LOC_IGNORE -> !equalsIgnoringLocaleCase(ch, code[pc + 1]);
            case IN_IGNORE -> inSet(pc + 2, SreFunctions.asciiTolower(ch));
            case IN_UNI_IGNORE -> inSet(pc + 2, properties.toLowerCase(ch));
            case IN_LOC_IGNORE -> inSetIgnoringLocaleCase(pc + 2, ch);
            case CATEGORY -> category(code[pc + 1], ch);
            default -> throw new IllegalStateException("not a character operation: " + code[pc]);
        };
    }

    private boolean equalsIgnoringLocaleCase(int ch, int literal) {
        return ch == literal || lowerLocale(ch) == literal
                || upperLocale(ch) == literal;
    }

    private boolean inSetIgnoringLocaleCase(int setStart, int ch) {
        int lower = lowerLocale(ch);
        if (inSet(setStart, lower)) {
            return true;
        }
        int upper = upperLocale(ch);
        return upper != lower && inSet(setStart, upper);
    }

    /**
     * Whether {@code ch} can begin a match, by the first-character operation: the map for
     * characters below 256 when there is one.
     */
    boolean canStartWith(int ch) {
        long[] map = firstCharMap;
        if (map != null && ch >= 0 && ch < 256) {
            return (map[ch >>> 6] & (1L << ch)) != 0;
        }
        return matchesChar(firstCharOp, ch);
    }

    // --- analysis ---------------------------------------------------------------------------

    /** The first-character operation's answers below 256, unless they depend on the locale. */
    private long[] firstCharMap() {
        int op = code[firstCharOp];
        boolean usesLocale = switch (op) {
            case LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, IN_LOC_IGNORE -> true;
            case IN, IN_IGNORE, IN_UNI_IGNORE -> latin1SetMaps[firstCharOp + 2] == null;
            case CATEGORY -> code[firstCharOp + 1] == CATEGORY_LOC_WORD
                    || code[firstCharOp + 1] == CATEGORY_LOC_NOT_WORD;
            default -> false;
        };
        if (usesLocale) {
            return null;
        }
        long[] map = new long[4];
        for (int ch = 0; ch < 256; ch++) {
            if (matchesChar(firstCharOp, ch)) {
                map[ch >>> 6] |= 1L << ch;
            }
        }
        return map;
    }

    /**
     * The operation that must match the first character of every match, if the body begins
     * with one (after group marks, or inside a repeat that needs at least one item); searching
     * tests it before starting the full matcher at a position.
     */
    private int findFirstCharOp(int pc) {
        for (;;) {
            switch (code[pc]) {
                case MARK:
                    pc += 2;
                    break;
                case REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE:
                    return code[pc + 2] != 0 ? pc + 4 : -1;
                default:
                    return isSingleCharOp(code[pc]) ? pc : -1;
            }
        }
    }

    static boolean isSingleCharOp(int op) {
        return switch (op) {
            case ANY, ANY_ALL, CATEGORY, IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE,
                 LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                 NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE -> true;
            default -> false;
        };
    }

    /** Records the 256-bit map of the set at {@code setStart}, unless it asks the locale. */
    void prepareSet(int setStart) {
        if (latin1SetMaps[setStart] != null || setUsesLocale(setStart)) {
            return;
        }
        long[] map = new long[4];
        for (int ch = 0; ch < 256; ch++) {
            if (walkSet(setStart, ch)) {
                map[ch >>> 6] |= 1L << ch;
            }
        }
        latin1SetMaps[setStart] = map;
    }

    private boolean setUsesLocale(int pc) {
        for (;;) {
            switch (code[pc]) {
                case FAILURE:
                    return false;
                case CATEGORY:
                    if (code[pc + 1] == CATEGORY_LOC_WORD || code[pc + 1] == CATEGORY_LOC_NOT_WORD) {
                        return true;
                    }
                    pc += 2;
                    break;
                case LITERAL:
                    pc += 2;
                    break;
                case RANGE, RANGE_UNI_IGNORE:
                    pc += 3;
                    break;
                case NEGATE:
                    pc += 1;
                    break;
                case CHARSET:
                    pc += 9;
                    break;
                case BIGCHARSET:
                    pc += 66 + code[pc + 1] * 8;
                    break;
                default:
                    throw new IllegalStateException("invalid set operation " + code[pc]);
            }
        }
    }
}
