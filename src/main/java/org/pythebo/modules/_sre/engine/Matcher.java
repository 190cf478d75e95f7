package org.pythebo.modules._sre.engine;

import static org.pythebo.modules._sre.engine.Opcodes.*;

import java.util.Arrays;

/**
 * Matches one {@link CompiledPattern} against one {@link Subject} between pos and endpos; all
 * the mutable state of matching lives here, so a matcher belongs to one thread at a time.
 *
 * <p>{@link #match}, {@link #fullmatch} and {@link #search} each start where the previous
 * successful call ended (at pos for the first call), as CPython's scanner and its sub/split
 * loops do: when the previous match was empty, the next one may not be empty at the same
 * position (CPython 3.7+). After a call fails every later call fails too. So {@code finditer}
 * is {@code while (m.search()) yield m.regs();}, and a plain {@code Pattern.search} is one call
 * on a fresh matcher. Results ({@link #start}, {@link #regs}, {@link #lastIndex}) describe the
 * last successful call.
 *
 * <p>The engine is a backtracking machine over the code with an explicit stack of frames on
 * the heap: forward execution pushes a frame wherever CPython's matcher would keep something to
 * do once the rest of the match failed (try the next alternative, give back one repeated
 * character, undo a repeat counter, end a lookaround), and failure pops frames until one of
 * them resumes. Which marks and counters each frame saves and restores follows CPython's
 * engine exactly, because that is visible in group values. Lookarounds, atomic groups and
 * possessive repeats run their body as a sub-match delimited by a boundary frame; when the
 * body reaches SUCCESS, the frames above the boundary are dropped.
 */
public final class Matcher {
    /** Steps between two calls of the interrupt check. */
    private static final int CHECK_INTERVAL = 4096;

    // Frame layout: FRAME ints per frame on `frames`.
    private static final int FRAME = 12;
    private static final int F_KIND = 0;
    /** Code position the frame refers to (kind-specific). */
    private static final int F_PC = 1;
    private static final int F_PTR = 2;
    private static final int F_COUNT = 3;
    private static final int F_LASTMARK = 4;
    private static final int F_LASTINDEX = 5;
    /** Top of the saved-marks stack when the frame was pushed; its own copy starts there. */
    private static final int F_SAVED = 6;
    /** How many marks the frame saved (0: none). */
    private static final int F_MARKS = 7;
    private static final int F_REPEAT = 8;
    /** Boundary frames: the boundary that was innermost before this one. */
    private static final int F_PREV_BOUNDARY = 8;
    private static final int F_AUX = 9;
    /** Boundary frames: the repeat context to reinstate when the body succeeds. */
    private static final int F_OUTER_REPEAT = 10;
    /** Boundary frames: repeat contexts allocated from here on die with the body. */
    private static final int F_REPEAT_TOP = 11;

    // Frame kinds.
    private static final int K_BRANCH = 0;
    private static final int K_REPEAT_ONE = 1;
    private static final int K_MIN_REPEAT_ONE = 2;
    private static final int K_MAX_UNTIL = 3;
    private static final int K_MIN_UNTIL = 4;
    /** On failure: the repeat's count goes back to F_COUNT. */
    private static final int K_UNDO_COUNT = 5;
    /** On failure: the current repeat context becomes F_REPEAT again. */
    private static final int K_UNDO_LEAVE = 6;
    /** On failure: the repeat context F_REPEAT, made by REPEAT, is dropped. */
    private static final int K_UNDO_REPEAT = 7;
    /** On failure: a lazy repeat's extra iteration is undone (count, last position). */
    private static final int K_UNDO_MIN_ITEM = 8;
    private static final int K_ASSERT = 9;
    private static final int K_ASSERT_NOT = 10;
    private static final int K_ATOMIC = 11;
    private static final int K_POSSESSIVE = 12;

    /** "No position" for repeat contexts' last position and possessive iteration starts. */
    private static final int NO_POSITION = -1;

    private final CompiledPattern pattern;
    private final int[] code;
    private final CharacterProperties properties;
    private final Subject subject;

    // The subject, unpacked so that reading a character is a switch on a final field.
    private final int kind;
    private final String text;
    private final byte[] bytes;
    private final int[] codePoints;
    private final int offset;
    private final int length;

    private final int pos;
    private final int end;

    // Matching registers.
    private final int[] marks;
    private int lastmark;
    private int lastindex;
    /** The innermost active repeat context, or -1. */
    private int repeat;
    /** Index of the innermost boundary frame, or -1 when matching at top level. */
    private int boundary;
    /** Where the current attempt started: an empty match must not end here when advancing. */
    private int attemptStart;
    private boolean mustAdvanceNow;
    private boolean matchAll;
    /** The position a backtrack resumes at (backtrack returns only the code position). */
    private int resumePtr;

    private int[] frames = new int[FRAME * 32];
    private int frameTop;
    private int[] saved = new int[64];
    private int savedTop;

    // Repeat contexts, allocated last-in first-out.
    private int[] repeatCount = new int[8];
    private int[] repeatLastPtr = new int[8];
    private int[] repeatCode = new int[8];
    private int[] repeatPrev = new int[8];
    private int repeatTop;

    // Scanner state.
    private int nextStart;
    private boolean mustAdvance;
    private boolean exhausted;

    // Results of the last successful call.
    private int matchStart = -1;
    private int matchEnd = -1;

    private InterruptCheck interruptCheck;
    private int stepsLeft = CHECK_INTERVAL;

    Matcher(CompiledPattern pattern, Subject subject, int pos, int endpos) {
        this.pattern = pattern;
        this.code = pattern.code;
        this.properties = pattern.properties;
        this.subject = subject;
        this.kind = subject.kind;
        this.text = subject.text;
        this.bytes = subject.bytes;
        this.codePoints = subject.codePoints;
        this.offset = subject.offset;
        this.length = subject.length;
        this.pos = Math.max(0, Math.min(pos, length));
        this.end = Math.max(0, Math.min(endpos, length));
        this.marks = new int[2 * pattern.groups];
        this.nextStart = this.pos;
        this.lastmark = -1;
        this.lastindex = -1;
    }

    /** Has {@code check} called every few thousand steps; null for none. */
    public void setInterruptCheck(InterruptCheck check) {
        this.interruptCheck = check;
    }

    public CompiledPattern pattern() {
        return pattern;
    }

    public Subject subject() {
        return subject;
    }

    /** pos as clamped to the subject. */
    public int pos() {
        return pos;
    }

    /** endpos as clamped to the subject. */
    public int endpos() {
        return end;
    }

    // --- public operations --------------------------------------------------------------------

    /** Matches at the current position (Pattern.match, Scanner.match). */
    public boolean match() {
        return finish(!exhausted && matchAt(false));
    }

    /** Matches at the current position and requires the match to reach endpos. */
    public boolean fullmatch() {
        return finish(!exhausted && matchAt(true));
    }

    /** Finds the first match at or after the current position (Pattern.search, finditer...). */
    public boolean search() {
        return finish(!exhausted && searchFrom(nextStart, mustAdvance));
    }

    /** Whether a call failed, so that no further call can succeed. */
    public boolean isExhausted() {
        return exhausted;
    }

    /** Start of the last match (group 0). */
    public int start() {
        return matchStart;
    }

    /** End of the last match (group 0). */
    public int end() {
        return matchEnd;
    }

    /** Start of group {@code group} (0 = whole match) in the last match, -1 if it did not take part. */
    public int start(int group) {
        return group == 0 ? matchStart : groupBound(group, 0);
    }

    /** End of group {@code group} (0 = whole match) in the last match, -1 if it did not take part. */
    public int end(int group) {
        return group == 0 ? matchEnd : groupBound(group, 1);
    }

    /**
     * The spans of the last match as Match.regs holds them: start and end of group 0, then of
     * groups 1..n, -1 for a group that did not take part. A group whose start lies after its
     * end is where CPython raises SystemError ("The span of capturing group is wrong").
     */
    public int[] regs() {
        int groups = pattern.groups;
        int[] regs = new int[2 * groups + 2];
        regs[0] = matchStart;
        regs[1] = matchEnd;
        for (int g = 1; g <= groups; g++) {
            regs[2 * g] = groupBound(g, 0);
            regs[2 * g + 1] = groupBound(g, 1);
        }
        return regs;
    }

    /** Match.lastindex: the group that closed last, -1 for None. */
    public int lastIndex() {
        return lastindex;
    }

    private int groupBound(int group, int which) {
        if (group < 1 || group > pattern.groups) {
            throw new IndexOutOfBoundsException("no such group: " + group);
        }
        int j = 2 * (group - 1);
        if (j + 1 <= lastmark && marks[j] >= 0 && marks[j + 1] >= 0) {
            return marks[j + which];
        }
        return -1;
    }

    private boolean finish(boolean found) {
        if (found) {
            mustAdvance = matchEnd == matchStart;
            nextStart = matchEnd;
        } else {
            exhausted = true;
            lastmark = -1;
            lastindex = -1;
        }
        return found;
    }

    // --- match and search -----------------------------------------------------------------

    private boolean matchAt(boolean all) {
        int start = nextStart;
        long min = pattern.minWidth;
        // CPython compares the room left unsigned: with pos past endpos it never refuses here.
        if (min != 0 && end >= start && end - start < min) {
            return false;
        }
        matchAll = all;
        return attempt(start, pattern.bodyStart, start, mustAdvance);
    }

    private boolean searchFrom(int start, boolean advance) {
        matchAll = false;
        if (start > end) {
            return false;
        }
        long min = pattern.minWidth;
        if (min != 0 && end - start < min) {
            return false;
        }
        if (pattern.prefix != null) {
            return searchPrefix(start);
        }
        if (pattern.infoCharsetStart >= 0) {
            for (int p = start; p < end; p++) {
                if (pattern.inSet(pattern.infoCharsetStart, charAt(p))
                        && attempt(p, pattern.bodyStart, p, false)) {
                    return true;
                }
            }
            return false;
        }
        int body = pattern.bodyStart;
        if (attempt(start, body, start, advance)) {
            return true;
        }
        if (code[body] == AT
                && (code[body + 1] == AT_BEGINNING || code[body + 1] == AT_BEGINNING_STRING)) {
            return false;
        }
        int last = end;
        if (min > 1) {
            last = (int) Math.max(start, end - (min - 1));
        }
        if (pattern.firstCharOp >= 0) {
            // A match needs a first character that the first operation accepts.
            last = Math.min(last, end - 1);
            for (int p = start + 1; p <= last; p++) {
                if (pattern.canStartWith(charAt(p)) && attempt(p, body, p, false)) {
                    return true;
                }
            }
            return false;
        }
        for (int p = start + 1; p <= last; p++) {
            if (attempt(p, body, p, false)) {
                return true;
            }
        }
        return false;
    }

    /** Search by the INFO block's literal prefix: only where it occurs can a match start. */
    private boolean searchPrefix(int start) {
        int[] prefix = pattern.prefix;
        int skip = pattern.prefixSkip;
        for (int p = indexOfPrefix(prefix, start); p >= 0; p = indexOfPrefix(prefix, p + 1)) {
            if (pattern.prefixIsWholePattern) {
                lastmark = -1;
                lastindex = -1;
                matchStart = p;
                matchEnd = p + prefix.length;
                return true;
            }
            // The prefix's first `skip` characters are plain LITERAL operations, now verified.
            if (attempt(p, pattern.bodyStart + 2 * skip, p + skip, false)) {
                return true;
            }
        }
        return false;
    }

    /** The first index at or after {@code from} where {@code prefix} occurs before end, or -1. */
    private int indexOfPrefix(int[] prefix, int from) {
        int n = prefix.length;
        int last = end - n;
        if (from > last) {
            return -1;
        }
        int first = prefix[0];
        if (kind == Subject.BMP_STRING) {
            String literal = pattern.prefixString;
            if (literal == null) {
                return -1;
            }
            int found = n == 1 ? text.indexOf(first, from) : text.indexOf(literal, from);
            return found >= 0 && found <= last ? found : -1;
        }
        for (int p = from; p <= last; p++) {
            if (charAt(p) == first) {
                int i = 1;
                while (i < n && charAt(p + i) == prefix[i]) {
                    i++;
                }
                if (i == n) {
                    return p;
                }
            }
        }
        return -1;
    }

    /**
     * One attempt to match from {@code ptr} at code position {@code pc}, the match counting as
     * starting at {@code start}.
     */
    private boolean attempt(int start, int pc, int ptr, boolean advance) {
        lastmark = -1;
        lastindex = -1;
        repeat = -1;
        boundary = -1;
        frameTop = 0;
        savedTop = 0;
        repeatTop = 0;
        attemptStart = start;
        mustAdvanceNow = advance;
        if (execute(pc, ptr)) {
            matchStart = start;
            return true;
        }
        return false;
    }

    // --- the machine ----------------------------------------------------------------------

    /** Runs until the top-level SUCCESS (true, matchEnd set) or until nothing is left to try. */
    private boolean execute(int pc, int ptr) {
        final int[] code = this.code;
        final int end = this.end;
        for (;;) {
            if (--stepsLeft < 0) {
                checkpoint();
            }
            switch (code[pc]) {
                case SUCCESS: {
                    if (boundary < 0) {
                        if ((matchAll && ptr != end) || (mustAdvanceNow && ptr == attemptStart)) {
                            break;
                        }
                        matchEnd = ptr;
                        return true;
                    }
                    int next = bodySucceeded(ptr);
                    if (next < 0) {
                        break;
                    }
                    pc = next;
                    ptr = resumePtr;
                    continue;
                }
                case FAILURE:
                    break;
                case LITERAL:
                    if (ptr < end && charAt(ptr) == code[pc + 1]) {
                        ptr++;
                        pc += 2;
                        continue;
                    }
                    break;
                case NOT_LITERAL:
                    if (ptr < end && charAt(ptr) != code[pc + 1]) {
                        ptr++;
                        pc += 2;
                        continue;
                    }
                    break;
                case ANY:
                    if (ptr < end && charAt(ptr) != '\n') {
                        ptr++;
                        pc++;
                        continue;
                    }
                    break;
                case ANY_ALL:
                    if (ptr < end) {
                        ptr++;
                        pc++;
                        continue;
                    }
                    break;
                case IN:
                    if (ptr < end && pattern.inSet(pc + 2, charAt(ptr))) {
                        ptr++;
                        pc += 1 + code[pc + 1];
                        continue;
                    }
                    break;
                case IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE:
                    if (ptr < end && pattern.matchesChar(pc, charAt(ptr))) {
                        ptr++;
                        pc += 1 + code[pc + 1];
                        continue;
                    }
                    break;
                case CATEGORY, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                     NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE:
                    if (ptr < end && pattern.matchesChar(pc, charAt(ptr))) {
                        ptr++;
                        pc += 2;
                        continue;
                    }
                    break;
                case AT:
                    if (atMatches(code[pc + 1], ptr)) {
                        pc += 2;
                        continue;
                    }
                    break;
                case MARK: {
                    int i = code[pc + 1];
                    if ((i & 1) != 0) {
                        lastindex = (i >> 1) + 1;
                    }
                    if (i > lastmark) {
                        // Marks between the old and the new highest mark read as unset.
                        Arrays.fill(marks, lastmark + 1, i, -1);
                        lastmark = i;
                    }
                    marks[i] = ptr;
                    pc += 2;
                    continue;
                }
                case JUMP:
                    pc += 1 + code[pc + 1];
                    continue;
                case BRANCH: {
                    int alternative = viableAlternative(pc + 1, ptr);
                    if (alternative < 0) {
                        break;
                    }
                    int f = pushFrame(K_BRANCH);
                    frames[f + F_PC] = alternative;
                    frames[f + F_PTR] = ptr;
                    saveMarkState(f, repeat >= 0);
                    pc = alternative + 1;
                    continue;
                }
                case REPEAT_ONE: {
                    long min = code[pc + 2] & 0xFFFF_FFFFL;
                    if (min > (long) end - ptr) {
                        break;
                    }
                    int count = count(pc + 4, ptr, code[pc + 3] & 0xFFFF_FFFFL);
                    if (count < min) {
                        break;
                    }
                    ptr += count;
                    int tail = pc + 1 + code[pc + 1];
                    if (code[tail] == LITERAL) {
                        // Give back characters until the one the tail needs comes next.
                        int literal = code[tail + 1];
                        while (count >= min && (ptr >= end || charAt(ptr) != literal)) {
                            ptr--;
                            count--;
                        }
                        if (count < min) {
                            break;
                        }
                    }
                    int f = pushFrame(K_REPEAT_ONE);
                    frames[f + F_PC] = pc;
                    frames[f + F_PTR] = ptr;
                    frames[f + F_COUNT] = count;
                    saveMarkState(f, repeat >= 0);
                    pc = tail;
                    continue;
                }
                case MIN_REPEAT_ONE: {
                    long min = code[pc + 2] & 0xFFFF_FFFFL;
                    if (min > (long) end - ptr) {
                        break;
                    }
                    int count = 0;
                    if (min != 0) {
                        count = count(pc + 4, ptr, min);
                        if (count < min) {
                            break;
                        }
                        ptr += count;
                    }
                    int f = pushFrame(K_MIN_REPEAT_ONE);
                    frames[f + F_PC] = pc;
                    frames[f + F_PTR] = ptr;
                    frames[f + F_COUNT] = count;
                    saveMarkState(f, repeat >= 0);
                    pc += 1 + code[pc + 1];
                    continue;
                }
                case POSSESSIVE_REPEAT_ONE: {
                    long min = code[pc + 2] & 0xFFFF_FFFFL;
                    if (ptr + min > end) {
                        break;
                    }
                    int count = count(pc + 4, ptr, code[pc + 3] & 0xFFFF_FFFFL);
                    if (count < min) {
                        break;
                    }
                    ptr += count;
                    pc += 1 + code[pc + 1];
                    continue;
                }
                case REPEAT: {
                    int r = newRepeat(pc);
                    int f = pushFrame(K_UNDO_REPEAT);
                    frames[f + F_REPEAT] = r;
                    repeat = r;
                    pc += 1 + code[pc + 1];
                    continue;
                }
                case MAX_UNTIL: {
                    int r = currentRepeat();
                    int repeatPc = repeatCode[r];
                    int count = repeatCount[r] + 1;
                    if (count < (code[repeatPc + 2] & 0xFFFF_FFFFL)) {
                        pc = enterItem(r, count, repeatPc);
                        continue;
                    }
                    long max = code[repeatPc + 3] & 0xFFFF_FFFFL;
                    if ((count < max || max == MAXREPEAT) && ptr != repeatLastPtr[r]) {
                        // Try one more item; if that fails, the tail from here (backtrack).
                        repeatCount[r] = count;
                        int f = pushFrame(K_MAX_UNTIL);
                        frames[f + F_REPEAT] = r;
                        frames[f + F_PTR] = ptr;
                        frames[f + F_COUNT] = count;
                        frames[f + F_AUX] = repeatLastPtr[r];
                        saveMarkState(f, true);
                        repeatLastPtr[r] = ptr;
                        pc = repeatPc + 4;
                        continue;
                    }
                    pc = leaveRepeat(r, pc + 1);
                    continue;
                }
                case MIN_UNTIL: {
                    int r = currentRepeat();
                    int repeatPc = repeatCode[r];
                    int count = repeatCount[r] + 1;
                    if (count < (code[repeatPc + 2] & 0xFFFF_FFFFL)) {
                        pc = enterItem(r, count, repeatPc);
                        continue;
                    }
                    // Try the tail first; if it fails, one more item (backtrack).
                    repeat = repeatPrev[r];
                    int f = pushFrame(K_MIN_UNTIL);
                    frames[f + F_REPEAT] = r;
                    frames[f + F_PTR] = ptr;
                    frames[f + F_COUNT] = count;
                    saveMarkState(f, repeat >= 0);
                    pc++;
                    continue;
                }
                case GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE: {
                    int matched = matchGroupReference(code[pc], code[pc + 1], ptr);
                    if (matched < 0) {
                        break;
                    }
                    ptr += matched;
                    pc += 2;
                    continue;
                }
                case GROUPREF_EXISTS:
                    pc = groupIsSet(code[pc + 1]) ? pc + 3 : pc + 1 + code[pc + 2];
                    continue;
                case ASSERT: {
                    long behind = code[pc + 2] & 0xFFFF_FFFFL;
                    if (ptr < behind) {
                        break;
                    }
                    int f = pushBoundary(K_ASSERT, pc, ptr);
                    frames[f + F_MARKS] = 0;
                    ptr -= (int) behind;
                    pc += 3;
                    continue;
                }
                case ASSERT_NOT: {
                    long behind = code[pc + 2] & 0xFFFF_FFFFL;
                    if (ptr < behind) {
                        pc += 1 + code[pc + 1];
                        continue;
                    }
                    int f = pushBoundary(K_ASSERT_NOT, pc, ptr);
                    saveMarkState(f, repeat >= 0);
                    ptr -= (int) behind;
                    pc += 3;
                    continue;
                }
                case ATOMIC_GROUP: {
                    int f = pushBoundary(K_ATOMIC, pc, ptr);
                    frames[f + F_MARKS] = 0;
                    pc += 2;
                    continue;
                }
                case POSSESSIVE_REPEAT: {
                    int f = pushBoundary(K_POSSESSIVE, pc, ptr);
                    frames[f + F_COUNT] = 0;
                    frames[f + F_MARKS] = 0;
                    if (code[pc + 2] != 0) {
                        frames[f + F_AUX] = 1;
                        pc += 4;
                        continue;
                    }
                    frames[f + F_PTR] = NO_POSITION;
                    int next = nextPossessiveIteration(f, ptr);
                    pc = next;
                    ptr = resumePtr;
                    continue;
                }
                default:
                    throw new IllegalStateException("invalid operation " + code[pc] + " at " + pc);
            }
            // The operation failed: resume the most recent frame that has something to try.
            pc = backtrack();
            if (pc < 0) {
                return false;
            }
            ptr = resumePtr;
        }
    }

    /** Backs up to the latest frame that offers another way; returns its code position or -1. */
    private int backtrack() {
        for (;;) {
            if (frameTop == 0) {
                return -1;
            }
            if (--stepsLeft < 0) {
                checkpoint();
            }
            int f = frameTop - FRAME;
            switch (frames[f]) {
                case K_BRANCH: {
                    restoreMarkState(f);
                    int ptr = frames[f + F_PTR];
                    int current = frames[f + F_PC];
                    int alternative = viableAlternative(current + code[current], ptr);
                    if (alternative < 0) {
                        popFrame(f);
                        continue;
                    }
                    frames[f + F_PC] = alternative;
                    resumePtr = ptr;
                    return alternative + 1;
                }
                case K_REPEAT_ONE: {
                    restoreMarkState(f);
                    int pc = frames[f + F_PC];
                    long min = code[pc + 2] & 0xFFFF_FFFFL;
                    int ptr = frames[f + F_PTR] - 1;
                    int count = frames[f + F_COUNT] - 1;
                    int tail = pc + 1 + code[pc + 1];
                    if (code[tail] == LITERAL) {
                        int literal = code[tail + 1];
                        while (count >= min && (ptr >= end || charAt(ptr) != literal)) {
                            ptr--;
                            count--;
                        }
                    }
                    if (count < min) {
                        popFrame(f);
                        continue;
                    }
                    frames[f + F_PTR] = ptr;
                    frames[f + F_COUNT] = count;
                    resumePtr = ptr;
                    return tail;
                }
                case K_MIN_REPEAT_ONE: {
                    restoreMarkState(f);
                    int pc = frames[f + F_PC];
                    int ptr = frames[f + F_PTR];
                    if (ptr >= end || !pattern.matchesChar(pc + 4, charAt(ptr))) {
                        popFrame(f);
                        continue;
                    }
                    int count = frames[f + F_COUNT] + 1;
                    long max = code[pc + 3] & 0xFFFF_FFFFL;
                    if (max != MAXREPEAT && count > max) {
                        popFrame(f);
                        continue;
                    }
                    ptr++;
                    frames[f + F_PTR] = ptr;
                    frames[f + F_COUNT] = count;
                    resumePtr = ptr;
                    return pc + 1 + code[pc + 1];
                }
                case K_MAX_UNTIL: {
                    // One more item did not work out: match the tail after the items so far.
                    int r = frames[f + F_REPEAT];
                    repeatLastPtr[r] = frames[f + F_AUX];
                    restoreMarkState(f);
                    repeatCount[r] = frames[f + F_COUNT] - 1;
                    int ptr = frames[f + F_PTR];
                    popFrame(f);
                    int repeatPc = repeatCode[r];
                    int until = repeatPc + 1 + code[repeatPc + 1];
                    resumePtr = ptr;
                    return leaveRepeat(r, until + 1);
                }
                case K_MIN_UNTIL: {
                    // The tail did not match: try one more item.
                    int r = frames[f + F_REPEAT];
                    repeat = r;
                    restoreMarkState(f);
                    int ptr = frames[f + F_PTR];
                    int count = frames[f + F_COUNT];
                    popFrame(f);
                    long max = code[repeatCode[r] + 3] & 0xFFFF_FFFFL;
                    if ((count >= max && max != MAXREPEAT) || ptr == repeatLastPtr[r]) {
                        continue;
                    }
                    repeatCount[r] = count;
                    int u = pushFrame(K_UNDO_MIN_ITEM);
                    frames[u + F_REPEAT] = r;
                    frames[u + F_COUNT] = count - 1;
                    frames[u + F_AUX] = repeatLastPtr[r];
                    repeatLastPtr[r] = ptr;
                    resumePtr = ptr;
                    return repeatCode[r] + 4;
                }
                case K_UNDO_COUNT:
                    repeatCount[frames[f + F_REPEAT]] = frames[f + F_COUNT];
                    popFrame(f);
                    continue;
                case K_UNDO_LEAVE:
                    repeat = frames[f + F_REPEAT];
                    popFrame(f);
                    continue;
                case K_UNDO_REPEAT: {
                    int r = frames[f + F_REPEAT];
                    repeat = repeatPrev[r];
                    repeatTop = r;
                    popFrame(f);
                    continue;
                }
                case K_UNDO_MIN_ITEM: {
                    int r = frames[f + F_REPEAT];
                    repeatLastPtr[r] = frames[f + F_AUX];
                    repeatCount[r] = frames[f + F_COUNT];
                    popFrame(f);
                    continue;
                }
                case K_ASSERT, K_ATOMIC:
                    popBoundary(f);
                    continue;
                case K_ASSERT_NOT: {
                    // The body failed, so the negative assertion holds.
                    restoreMarkState(f);
                    int pc = frames[f + F_PC];
                    int ptr = frames[f + F_PTR];
                    popBoundary(f);
                    resumePtr = ptr;
                    return pc + 1 + code[pc + 1];
                }
                case K_POSSESSIVE: {
                    if (frames[f + F_AUX] == 1) {
                        // Fewer than the minimum number of items.
                        popBoundary(f);
                        continue;
                    }
                    // The last item failed: keep the items before it and go on with the tail.
                    restoreMarkState(f);
                    int pc = frames[f + F_PC];
                    int ptr = frames[f + F_PTR];
                    popBoundary(f);
                    resumePtr = ptr;
                    return pc + 2 + code[pc + 1];
                }
                default:
                    throw new IllegalStateException("corrupt frame stack");
            }
        }
    }

    /**
     * The body of the innermost boundary reached its SUCCESS: drop the frames above the
     * boundary and carry on after the construct. Returns the code position to continue at
     * (position in {@link #resumePtr}), or -1 when the construct fails (a negative assertion).
     */
    private int bodySucceeded(int ptr) {
        int f = boundary;
        frameTop = f + FRAME;
        savedTop = frames[f + F_SAVED] + frames[f + F_MARKS];
        repeat = frames[f + F_OUTER_REPEAT];
        repeatTop = frames[f + F_REPEAT_TOP];
        int pc = frames[f + F_PC];
        switch (frames[f]) {
            case K_ASSERT:
                resumePtr = frames[f + F_PTR];
                popBoundary(f);
                return pc + 1 + code[pc + 1];
            case K_ASSERT_NOT:
                popBoundary(f);
                return -1;
            case K_ATOMIC:
                resumePtr = ptr;
                popBoundary(f);
                return pc + 1 + code[pc + 1];
            case K_POSSESSIVE: {
                int count = ++frames[f + F_COUNT];
                if (frames[f + F_AUX] == 1) {
                    if (count < (code[pc + 2] & 0xFFFF_FFFFL)) {
                        resumePtr = ptr;
                        return pc + 4;
                    }
                    frames[f + F_PTR] = NO_POSITION;
                }
                return nextPossessiveIteration(f, ptr);
            }
            default:
                throw new IllegalStateException("corrupt boundary frame");
        }
    }

    /**
     * Past its minimum, a possessive repeat tries one more item unless it reached its maximum
     * or the last item matched empty; otherwise it is done and goes on with the tail.
     */
    private int nextPossessiveIteration(int f, int ptr) {
        int pc = frames[f + F_PC];
        long max = code[pc + 3] & 0xFFFF_FFFFL;
        int count = frames[f + F_COUNT];
        resumePtr = ptr;
        if ((count < max || max == MAXREPEAT) && ptr != frames[f + F_PTR]) {
            frames[f + F_AUX] = 2;
            savedTop = frames[f + F_SAVED];
            saveMarkState(f, true);
            frames[f + F_PTR] = ptr;
            return pc + 4;
        }
        popBoundary(f);
        return pc + 2 + code[pc + 1];
    }

    /** MAX_UNTIL/MIN_UNTIL below the minimum: match one more item, undoing the count on failure. */
    private int enterItem(int r, int count, int repeatPc) {
        repeatCount[r] = count;
        int f = pushFrame(K_UNDO_COUNT);
        frames[f + F_REPEAT] = r;
        frames[f + F_COUNT] = count - 1;
        return repeatPc + 4;
    }

    /** A greedy repeat is done: the tail runs in the enclosing repeat context. */
    private int leaveRepeat(int r, int tail) {
        repeat = repeatPrev[r];
        int f = pushFrame(K_UNDO_LEAVE);
        frames[f + F_REPEAT] = r;
        return tail;
    }

    private int currentRepeat() {
        int r = repeat;
        if (r < 0) {
            throw new IllegalStateException("internal error in regular expression engine");
        }
        return r;
    }

    // --- frames ---------------------------------------------------------------------------

    private int pushFrame(int frameKind) {
        int f = frameTop;
        if (f + FRAME > frames.length) {
            frames = Arrays.copyOf(frames, frames.length * 2);
        }
        frames[f] = frameKind;
        frames[f + F_SAVED] = savedTop;
        frames[f + F_MARKS] = 0;
        frameTop = f + FRAME;
        return f;
    }

    private void popFrame(int f) {
        frameTop = f;
        savedTop = frames[f + F_SAVED];
    }

    private int pushBoundary(int frameKind, int pc, int ptr) {
        int f = pushFrame(frameKind);
        frames[f + F_PC] = pc;
        frames[f + F_PTR] = ptr;
        frames[f + F_AUX] = 0;
        frames[f + F_PREV_BOUNDARY] = boundary;
        frames[f + F_OUTER_REPEAT] = repeat;
        frames[f + F_REPEAT_TOP] = repeatTop;
        boundary = f;
        return f;
    }

    private void popBoundary(int f) {
        boundary = frames[f + F_PREV_BOUNDARY];
        popFrame(f);
    }

    /** Records lastmark and lastindex in frame f, and a copy of the marks if asked. */
    private void saveMarkState(int f, boolean copyMarks) {
        frames[f + F_LASTMARK] = lastmark;
        frames[f + F_LASTINDEX] = lastindex;
        int count = copyMarks ? lastmark + 1 : 0;
        frames[f + F_MARKS] = count;
        if (count > 0) {
            if (savedTop + count > saved.length) {
                saved = Arrays.copyOf(saved, Math.max(saved.length * 2, savedTop + count));
            }
            System.arraycopy(marks, 0, saved, savedTop, count);
            savedTop += count;
        }
    }

    private void restoreMarkState(int f) {
        int count = frames[f + F_MARKS];
        if (count > 0) {
            System.arraycopy(saved, frames[f + F_SAVED], marks, 0, count);
        }
        lastmark = frames[f + F_LASTMARK];
        lastindex = frames[f + F_LASTINDEX];
    }

    private int newRepeat(int pc) {
        int r = repeatTop;
        if (r == repeatCount.length) {
            int size = r * 2;
            repeatCount = Arrays.copyOf(repeatCount, size);
            repeatLastPtr = Arrays.copyOf(repeatLastPtr, size);
            repeatCode = Arrays.copyOf(repeatCode, size);
            repeatPrev = Arrays.copyOf(repeatPrev, size);
        }
        repeatCount[r] = -1;
        repeatLastPtr[r] = NO_POSITION;
        repeatCode[r] = pc;
        repeatPrev[r] = repeat;
        repeatTop = r + 1;
        return r;
    }

    private void checkpoint() {
        stepsLeft = CHECK_INTERVAL;
        InterruptCheck check = interruptCheck;
        if (check != null) {
            check.check();
        }
    }

    // --- single operations ------------------------------------------------------------------

    private int charAt(int index) {
        return switch (kind) {
            case Subject.BMP_STRING -> text.charAt(index);
            case Subject.BYTES -> bytes[offset + index] & 0xFF;
            default -> codePoints[offset + index];
        };
    }

    /**
     * The first alternative, from the one whose skip word is at {@code at}, that is not ruled
     * out by its first operation being a character that does not match; its skip word's
     * position, or -1.
     */
    private int viableAlternative(int at, int ptr) {
        final int[] code = this.code;
        while (code[at] != 0) {
            int first = at + 1;
            if (!CompiledPattern.isSingleCharOp(code[first])
                    || (ptr < end && pattern.matchesChar(first, charAt(ptr)))) {
                return at;
            }
            at += code[at];
        }
        return -1;
    }

    /** How many characters from {@code ptr} on (at most {@code max}) the item at itemPc matches. */
    private int count(int itemPc, int ptr, long max) {
        final int[] code = this.code;
        int limit = end;
        if (max != MAXREPEAT && max < (long) end - ptr) {
            limit = ptr + (int) max;
        }
        int i = ptr;
        switch (code[itemPc]) {
            case ANY_ALL:
                return Math.max(0, limit - ptr);
            case ANY:
                while (i < limit && charAt(i) != '\n') {
                    i++;
                }
                break;
            case LITERAL: {
                int literal = code[itemPc + 1];
                while (i < limit && charAt(i) == literal) {
                    i++;
                }
                break;
            }
            case NOT_LITERAL: {
                int literal = code[itemPc + 1];
                while (i < limit && charAt(i) != literal) {
                    i++;
                }
                break;
            }
            case IN: {
                int set = itemPc + 2;
                long[] map = pattern.latin1SetMaps[set];
                if (map != null) {
                    // Sets are the commonest repeated items: one loop per representation.
                    switch (kind) {
                        case Subject.BMP_STRING -> {
                            final String text = this.text;
                            while (i < limit) {
                                char ch = text.charAt(i);
                                if (ch < 256 ? (map[ch >>> 6] & (1L << ch)) == 0
                                        : !pattern.inSet(set, ch)) {
                                    break;
                                }
                                i++;
                            }
                        }
                        case Subject.BYTES -> {
                            final byte[] bytes = this.bytes;
                            final int offset = this.offset;
                            while (i < limit) {
                                int ch = bytes[offset + i] & 0xFF;
                                if ((map[ch >>> 6] & (1L << ch)) == 0) {
                                    break;
                                }
                                i++;
                            }
                        }
                        default -> {
                            final int[] points = this.codePoints;
                            final int offset = this.offset;
                            while (i < limit) {
                                int ch = points[offset + i];
                                if (ch >= 0 && ch < 256 ? (map[ch >>> 6] & (1L << ch)) == 0
                                        : !pattern.inSet(set, ch)) {
                                    break;
                                }
                                i++;
                            }
                        }
                    }
                    break;
                }
                while (i < limit && pattern.inSet(set, charAt(i))) {
                    i++;
                }
                break;
            }
            default:
                while (i < limit && pattern.matchesChar(itemPc, charAt(i))) {
                    i++;
                }
        }
        return Math.max(0, i - ptr);
    }

    private boolean atMatches(int at, int ptr) {
        return switch (at) {
            case AT_BEGINNING, AT_BEGINNING_STRING -> ptr == 0;
            case AT_BEGINNING_LINE -> ptr == 0 || charAt(ptr - 1) == '\n';
            case AT_END -> ptr == end || (ptr + 1 == end && charAt(ptr) == '\n');
            // With pos past endpos, CPython looks at the character at ptr even beyond endpos.
            case AT_END_LINE -> ptr == end || (ptr < length && charAt(ptr) == '\n');
            case AT_END_STRING -> ptr == end;
            case AT_BOUNDARY -> end != 0 && asciiWordBefore(ptr) != asciiWordAt(ptr);
            case AT_NON_BOUNDARY -> end != 0 && asciiWordBefore(ptr) == asciiWordAt(ptr);
            case AT_LOC_BOUNDARY -> end != 0 && localeWordBefore(ptr) != localeWordAt(ptr);
            case AT_LOC_NON_BOUNDARY -> end != 0 && localeWordBefore(ptr) == localeWordAt(ptr);
            case AT_UNI_BOUNDARY -> end != 0 && unicodeWordBefore(ptr) != unicodeWordAt(ptr);
            case AT_UNI_NON_BOUNDARY -> end != 0 && unicodeWordBefore(ptr) == unicodeWordAt(ptr);
            default -> throw new IllegalStateException("invalid AT code " + at);
        };
    }

    private boolean asciiWordBefore(int ptr) {
        return ptr > 0 && CompiledPattern.isAsciiWord(charAt(ptr - 1));
    }

    private boolean asciiWordAt(int ptr) {
        return ptr < end && CompiledPattern.isAsciiWord(charAt(ptr));
    }

    private boolean localeWordBefore(int ptr) {
        return ptr > 0 && pattern.isLocaleWord(charAt(ptr - 1));
    }

    private boolean localeWordAt(int ptr) {
        return ptr < end && pattern.isLocaleWord(charAt(ptr));
    }

    private boolean unicodeWordBefore(int ptr) {
        return ptr > 0 && pattern.isUnicodeWord(charAt(ptr - 1));
    }

    private boolean unicodeWordAt(int ptr) {
        return ptr < end && pattern.isUnicodeWord(charAt(ptr));
    }

    /** Whether group {@code group} (0-based) has a span for backreferences and conditionals. */
    private boolean groupIsSet(int group) {
        int j = 2 * group;
        if (j >= lastmark) {
            return false;
        }
        int s = marks[j];
        int e = marks[j + 1];
        return s >= 0 && e >= 0 && e >= s;
    }

    /**
     * Matches the text of group {@code group} (0-based) at {@code ptr}, comparing as the
     * operation says; the number of characters matched, or -1.
     */
    private int matchGroupReference(int op, int group, int ptr) {
        if (!groupIsSet(group)) {
            return -1;
        }
        int s = marks[2 * group];
        int n = marks[2 * group + 1] - s;
        if (n > 0 && n > (long) end - ptr) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            int a = charAt(ptr + i);
            int b = charAt(s + i);
            boolean same = switch (op) {
                case GROUPREF -> a == b;
                case GROUPREF_IGNORE -> SreFunctions.asciiTolower(a) == SreFunctions.asciiTolower(b);
                case GROUPREF_UNI_IGNORE -> properties.toLowerCase(a) == properties.toLowerCase(b);
                default -> pattern.lowerLocale(a) == pattern.lowerLocale(b);
            };
            if (!same) {
                return -1;
            }
        }
        return n;
    }
}
