package org.pythebo.runtime.text;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.numbers.Formatter;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code str.format} and {@code str.format_map}: literal text with {@code {{ }}} escapes and
 * replacement fields {@code {name.attr[key]!conv:spec}}, where the spec may hold nested fields
 * (two levels, as in CPython), with CPython's messages.
 */
final class StrFormat {
    private final ThreadState ts;
    /** The positional arguments; null for format_map. */
    private final Object[] args;
    /** The keyword arguments (a dict) or format_map's mapping; may be null. */
    private final Object kwargs;
    /** Auto-numbering: 0 not decided yet, 1 automatic, 2 manual. */
    private int numbering;
    private int nextAuto;

    private StrFormat(ThreadState ts, Object[] args, Object kwargs) {
        this.ts = ts;
        this.args = args;
        this.kwargs = kwargs;
    }

    static String format(ThreadState ts, String s, Object[] args, Object kwargs) {
        return new StrFormat(ts, args, kwargs).build(s, 0, s.length(), 2);
    }

    private String build(String s, int start, int end, int depth) {
        if (depth <= 0) {
            throw PyException.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder(end - start + 16);
        int i = start;
        while (i < end) {
            int j = i;
            char c = 0;
            while (j < end) {
                c = s.charAt(j);
                if (c == '{' || c == '}') {
                    break;
                }
                j++;
            }
            sb.append(s, i, j);
            if (j >= end) {
                break;
            }
            boolean atEnd = j + 1 >= end;
            if (c == '}') {
                if (atEnd || s.charAt(j + 1) != '}') {
                    throw PyException.valueError("Single '}' encountered in format string");
                }
                sb.append('}');
                i = j + 2;
                continue;
            }
            if (atEnd) {
                throw PyException.valueError("Single '{' encountered in format string");
            }
            if (s.charAt(j + 1) == '{') {
                sb.append('{');
                i = j + 2;
                continue;
            }
            i = field(sb, s, j + 1, end, depth);
        }
        return sb.toString();
    }

    /** Parses and renders the field starting at {@code i} (after its '{'); returns the index after its '}'. */
    private int field(StringBuilder sb, String s, int i, int end, int depth) {
        int nameStart = i;
        char c = 0;
        while (i < end) {
            c = s.charAt(i++);
            if (c == '{') {
                throw PyException.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (i < end && s.charAt(i) != ']') {
                    i++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        int nameEnd = i - 1;
        int conversion = 0;
        int specStart = i;
        int specEnd = i;
        boolean nested = false;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (i >= end) {
                    throw PyException.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(i);
                i += Character.charCount(conversion);
                if (i < end) {
                    char next = s.charAt(i++);
                    if (next == '}') {
                        render(sb, s, nameStart, nameEnd, conversion, s, i, i, false, depth);
                        return i;
                    }
                    if (next != ':') {
                        throw PyException.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            specStart = i;
            int count = 1;
            while (i < end) {
                char ch = s.charAt(i++);
                if (ch == '{') {
                    nested = true;
                    count++;
                } else if (ch == '}') {
                    if (--count == 0) {
                        render(sb, s, nameStart, nameEnd, conversion, s, specStart, i - 1, nested, depth);
                        return i;
                    }
                }
            }
            throw PyException.valueError("unmatched '{' in format spec");
        }
        if (c != '}') {
            throw PyException.valueError("expected '}' before end of string");
        }
        render(sb, s, nameStart, nameEnd, 0, s, specStart, specEnd, false, depth);
        return i;
    }

    private void render(StringBuilder sb, String s, int nameStart, int nameEnd, int conversion, String specSrc,
            int specStart, int specEnd, boolean nested, int depth) {
        Object value = fieldValue(s, nameStart, nameEnd);
        if (conversion != 0) {
            value = switch (conversion) {
                case 'r' -> Ops.repr(ts, value);
                case 's' -> Ops.str(ts, value);
                case 'a' -> StrMethods.ascii(Ops.repr(ts, value));
                default -> throw PyException.valueError("Unknown conversion specifier "
                        + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                                : "\\x" + Integer.toHexString(conversion)));
            };
        }
        String spec = nested ? build(specSrc, specStart, specEnd, depth - 1) : specSrc.substring(specStart, specEnd);
        sb.append(Formatter.format(ts, value, spec));
    }

    /** A run of ASCII/Unicode decimal digits as an index, or -1 when the text is not all digits. */
    private static long integer(String s, int start, int end) {
        if (start >= end) {
            return -1;
        }
        long acc = 0;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyException.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    private Object fieldValue(String s, int start, int end) {
        int i = start;
        while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
            i++;
        }
        long index = integer(s, start, i);
        boolean empty = i == start;
        if (empty || index >= 0) {
            if (numbering == 0) {
                numbering = empty ? 1 : 2;
            }
            if (numbering == 2 && empty) {
                throw PyException.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering == 1 && !empty) {
                throw PyException.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = nextAuto++;
            }
        }
        Object obj;
        if (index < 0) {
            String key = s.substring(start, i);
            if (kwargs == null) {
                throw PyException.keyError(key);
            }
            if (kwargs instanceof PyDict d && d.type() == PyType.DICT) {
                obj = d.get(ts, key);
                if (obj == null) {
                    throw PyException.keyError(key);
                }
            } else {
                obj = Ops.getItem(ts, kwargs, key);
            }
        } else {
            if (args == null) {
                throw PyException.valueError("Format string contains positional fields");
            }
            if (index >= args.length) {
                throw PyException.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args[(int) index];
        }
        while (i < end) {
            char c = s.charAt(i++);
            int nameStart = i;
            if (c == '.') {
                while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
                    i++;
                }
                if (i == nameStart) {
                    throw PyException.valueError("Empty attribute in format string");
                }
                obj = Ops.getAttr(ts, obj, s.substring(nameStart, i));
            } else if (c == '[') {
                while (i < end && s.charAt(i) != ']') {
                    i++;
                }
                if (i >= end) {
                    throw PyException.valueError("Missing ']' in format string");
                }
                int nameEnd = i++;
                if (nameEnd == nameStart) {
                    throw PyException.valueError("Empty attribute in format string");
                }
                long idx = integer(s, nameStart, nameEnd);
                obj = Ops.getItem(ts, obj, idx >= 0 ? (Object) idx : s.substring(nameStart, nameEnd));
            } else {
                throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }
}
