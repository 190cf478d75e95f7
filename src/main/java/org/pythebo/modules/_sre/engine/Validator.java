package org.pythebo.modules._sre.engine;

import static org.pythebo.modules._sre.engine.Opcodes.*;

import java.util.Arrays;

/**
 * Checks that code is well-formed before it is run, so the matcher can trust every skip, group
 * number and nested block. Decodes the code front to back in one pass; an explicit stack holds
 * the blocks that are open (branch alternatives, repeat and assertion bodies, conditional
 * arms), so deep nesting needs no Java recursion. Also has {@link CompiledPattern#prepareSet}
 * build the lookup map of every set it meets.
 */
final class Validator {
    /** A branch alternative; its end is the position of its closing JUMP. */
    private static final int ALTERNATIVE = 0;
    /** A REPEAT body; ends where MAX_UNTIL or MIN_UNTIL stands. */
    private static final int REPEAT_BODY = 1;
    /** A body closed by SUCCESS: assertions, atomic groups, possessive repeats. */
    private static final int SUCCESS_BODY = 2;
    /** The "yes" arm of a conditional; its end is where the "no" arm would start. */
    private static final int CONDITIONAL_YES = 3;
    /** The "no" arm of a conditional. */
    private static final int CONDITIONAL_NO = 4;

    private final CompiledPattern pattern;
    private final int[] code;
    private int[] kinds = new int[16];
    private int[] ends = new int[16];
    /** For an alternative: where every alternative of its branch must jump to (-1: not known). */
    private int[] targets = new int[16];
    private int depth;
    /** Bit n set: operation n occurs in the code (in sets too). */
    private long operationsUsed;

    Validator(CompiledPattern pattern) {
        this.pattern = pattern;
        this.code = pattern.code;
    }

    /** Validates the code; returns which operations it uses, as a bit set. */
    long validate() {
        int pc = 0;
        int end = code.length;
        if (code[0] == INFO) {
            pc = validateInfo();
        }
        // The body must close with the final SUCCESS.
        int bodyEnd = end - 1;
        require(bodyEnd >= pc && code[bodyEnd] == SUCCESS, "code does not end with SUCCESS");
        while (true) {
            pc = closeBlocks(pc);
            int limit = depth == 0 ? bodyEnd : ends[depth - 1];
            if (pc == bodyEnd && depth == 0) {
                return operationsUsed | (1L << SUCCESS);
            }
            require(pc < limit, "operation runs past the end of its block");
            pc = validateOperation(pc, limit);
        }
    }

    /** Closes every block that ends at {@code pc}, returning where decoding goes on. */
    private int closeBlocks(int pc) {
        while (depth > 0) {
            int top = depth - 1;
            int end = ends[top];
            switch (kinds[top]) {
                case ALTERNATIVE -> {
                    if (pc != end) {
                        return pc;
                    }
                    require(pc + 2 < code.length && code[pc] == JUMP, "alternative without JUMP");
                    operationsUsed |= 1L << JUMP;
                    int target = pc + 1 + code[pc + 1];
                    require(targets[top] < 0 || targets[top] == target, "branch jumps disagree");
                    int next = pc + 2;
                    int skip = code[next];
                    if (skip == 0) {
                        require(target == next + 1, "branch does not jump past its end");
                        depth--;
                        pc = next + 1;
                    } else {
                        require(skip >= 3 && next + skip <= enclosingEnd(top), "bad branch skip");
                        ends[top] = next + skip - 2;
                        targets[top] = target;
                        pc = next + 1;
                    }
                }
                case REPEAT_BODY -> {
                    if (pc != end) {
                        return pc;
                    }
                    require(code[pc] == MAX_UNTIL || code[pc] == MIN_UNTIL, "repeat without UNTIL");
                    operationsUsed |= 1L << code[pc];
                    depth--;
                    pc += 1;
                }
                case SUCCESS_BODY -> {
                    if (pc != end) {
                        return pc;
                    }
                    require(code[pc] == SUCCESS, "block without closing SUCCESS");
                    depth--;
                    pc += 1;
                }
                case CONDITIONAL_YES -> {
                    // The yes arm ends with a JUMP over the no arm exactly when a JUMP operation
                    // stands two words before the no arm; decoding tells operations from operands.
                    if (pc == end - 2 && code[pc] == JUMP) {
                        int target = pc + 1 + code[pc + 1];
                        require(target >= end && target <= enclosingEnd(top), "bad conditional JUMP");
                        operationsUsed |= 1L << JUMP;
                        kinds[top] = CONDITIONAL_NO;
                        ends[top] = target;
                        pc = end;
                    } else if (pc == end) {
                        depth--;
                    } else {
                        return pc;
                    }
                }
                case CONDITIONAL_NO -> {
                    if (pc != end) {
                        return pc;
                    }
                    depth--;
                }
                default -> throw new IllegalStateException();
            }
        }
        return pc;
    }

    private int enclosingEnd(int index) {
        return index == 0 ? code.length - 1 : ends[index - 1];
    }

    private void open(int kind, int end, int limit) {
        require(end <= limit, "block extends past its enclosing block");
        if (depth == kinds.length) {
            kinds = Arrays.copyOf(kinds, depth * 2);
            ends = Arrays.copyOf(ends, depth * 2);
            targets = Arrays.copyOf(targets, depth * 2);
        }
        kinds[depth] = kind;
        ends[depth] = end;
        targets[depth] = -1;
        depth++;
    }

    /** Checks the operation at {@code pc}, opening the blocks it contains; returns what follows. */
    private int validateOperation(int pc, int limit) {
        int op = code[pc];
        if (op >= 0 && op < OPCODE_COUNT) {
            operationsUsed |= 1L << op;
        }
        switch (op) {
            case FAILURE, SUCCESS, ANY, ANY_ALL:
                return pc + 1;
            case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                 NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE:
                requireWords(pc, 2, limit);
                return pc + 2;
            case AT:
                requireWords(pc, 2, limit);
                require(code[pc + 1] >= 0 && code[pc + 1] < AT_CODE_COUNT, "bad AT code");
                return pc + 2;
            case CATEGORY:
                requireWords(pc, 2, limit);
                requireCategory(code[pc + 1]);
                return pc + 2;
            case MARK:
                requireWords(pc, 2, limit);
                require(code[pc + 1] >= 0 && code[pc + 1] < 2 * pattern.groups, "bad MARK");
                return pc + 2;
            case GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE:
                requireWords(pc, 2, limit);
                require(code[pc + 1] >= 0 && code[pc + 1] < pattern.groups, "bad group reference");
                return pc + 2;
            case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE: {
                requireWords(pc, 2, limit);
                int end = skipTarget(pc, limit);
                validateSet(pc + 2, end);
                return end;
            }
            case JUMP:
                // Only branches and conditionals end in JUMP; closeBlocks consumes those.
                throw new InvalidCodeException("unexpected JUMP at " + pc);
            case BRANCH: {
                requireWords(pc, 2, limit);
                int skip = code[pc + 1];
                require(skip >= 3 && pc + 1 + skip <= limit, "bad branch skip");
                open(ALTERNATIVE, pc + 1 + skip - 2, limit);
                return pc + 2;
            }
            case REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE: {
                requireWords(pc, 4, limit);
                int end = skipTarget(pc, limit);
                requireBounds(pc);
                int item = pc + 4;
                require(item < end - 1 && CompiledPattern.isSingleCharOp(code[item]),
                        "repeated item is not a single character");
                int itemEnd = validateOperation(item, end - 1);
                require(itemEnd == end - 1 && code[end - 1] == SUCCESS, "bad single-item repeat");
                return end;
            }
            case REPEAT: {
                requireWords(pc, 4, limit);
                int until = skipTarget(pc, limit);
                require(until < limit, "repeat without UNTIL");
                requireBounds(pc);
                open(REPEAT_BODY, until, limit);
                return pc + 4;
            }
            case POSSESSIVE_REPEAT: {
                requireWords(pc, 4, limit);
                int success = skipTarget(pc, limit);
                require(success < limit, "possessive repeat without SUCCESS");
                requireBounds(pc);
                open(SUCCESS_BODY, success, limit);
                return pc + 4;
            }
            case ASSERT, ASSERT_NOT: {
                requireWords(pc, 3, limit);
                int end = skipTarget(pc, limit);
                require(end - 1 >= pc + 3, "bad assertion skip");
                open(SUCCESS_BODY, end - 1, limit);
                return pc + 3;
            }
            case ATOMIC_GROUP: {
                requireWords(pc, 2, limit);
                int end = skipTarget(pc, limit);
                require(end - 1 >= pc + 2, "bad atomic group skip");
                open(SUCCESS_BODY, end - 1, limit);
                return pc + 2;
            }
            case GROUPREF_EXISTS: {
                requireWords(pc, 3, limit);
                require(code[pc + 1] >= 0 && code[pc + 1] < pattern.groups, "bad group reference");
                int no = pc + 1 + code[pc + 2];
                require(code[pc + 2] >= 2 && no <= limit, "bad conditional skip");
                open(CONDITIONAL_YES, no, limit);
                return pc + 3;
            }
            default:
                throw new InvalidCodeException("unknown operation " + op + " at " + pc);
        }
    }

    /** The position {@code pc + 1 + skip} for the skip word at {@code pc + 1}, checked. */
    private int skipTarget(int pc, int limit) {
        int skip = code[pc + 1];
        require(skip >= 1 && skip <= limit - pc - 1, "skip out of range at " + pc);
        return pc + 1 + skip;
    }

    private void requireBounds(int pc) {
        long min = code[pc + 2] & 0xFFFF_FFFFL;
        long max = code[pc + 3] & 0xFFFF_FFFFL;
        require(min <= max, "repeat minimum above maximum");
    }

    private void requireWords(int pc, int count, int limit) {
        require(pc + count <= limit, "operation truncated at " + pc);
    }

    private void requireCategory(int category) {
        require(category >= 0 && category < CATEGORY_CODE_COUNT, "bad category");
    }

    /** A set {@code [start, end)}: items, then FAILURE as the last word. */
    private void validateSet(int start, int end) {
        int pc = start;
        while (true) {
            require(pc < end, "set without FAILURE");
            if (code[pc] >= 0 && code[pc] < OPCODE_COUNT) {
                operationsUsed |= 1L << code[pc];
            }
            switch (code[pc]) {
                case FAILURE -> {
                    require(pc == end - 1, "set ends early");
                    pattern.prepareSet(start);
                    return;
                }
                case LITERAL -> pc += 2;
                case CATEGORY -> {
                    require(pc + 1 < end, "truncated set");
                    requireCategory(code[pc + 1]);
                    pc += 2;
                }
                case RANGE, RANGE_UNI_IGNORE -> pc += 3;
                case NEGATE -> pc += 1;
                case CHARSET -> pc += 9;
                case BIGCHARSET -> {
                    require(pc + 1 < end, "truncated set");
                    int blocks = code[pc + 1];
                    require(blocks >= 0 && blocks <= 256, "bad BIGCHARSET");
                    require(pc + 66 <= end, "truncated set");
                    for (int i = 0; i < 256; i++) {
                        int block = (code[pc + 2 + (i >>> 2)] >>> ((i & 3) << 3)) & 0xFF;
                        require(block < blocks, "bad BIGCHARSET block number");
                    }
                    pc += 66 + blocks * 8;
                }
                default -> throw new InvalidCodeException("unknown set operation " + code[pc]);
            }
        }
    }

    /** The INFO block at 0; returns where the body starts. */
    private int validateInfo() {
        require(code.length >= 5, "truncated INFO");
        operationsUsed |= 1L << INFO;
        int end = 1 + code[1];
        require(code[1] >= 4 && end < code.length, "bad INFO skip");
        int flags = code[2];
        if ((flags & INFO_PREFIX) != 0) {
            require(end >= 7, "truncated INFO prefix");
            int length = code[5];
            int skip = code[6];
            require(length >= 1 && skip >= 0 && skip <= length
                    && 7 + 2L * length <= end, "bad INFO prefix");
        } else if ((flags & INFO_CHARSET) != 0) {
            validateSet(5, end);
        }
        return end;
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new InvalidCodeException(detail);
        }
    }
}
