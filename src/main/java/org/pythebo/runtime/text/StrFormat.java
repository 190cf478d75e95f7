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
public final class StrFormat {
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
        Markup m = new Markup(s, start, end);
        while (m.next()) {
            sb.append(s, m.literalStart, m.literalEnd);
            if (m.hasField) {
                render(sb, s, m, depth);
            }
        }
        return sb.toString();
    }

    /**
     * The parser of format strings, one piece at a time as CPython's MarkupIterator: literal text
     * up to the next replacement field or escaped brace ({@code {{} stands for '{', whose text
     * ends the literal), then the field, if one follows: its name, conversion and spec, whose
     * nested fields are left for the caller. str.format renders the pieces; _string.formatter_parser
     * hands them out, so both parse alike and fail alike (a field's error before its literal).
     */
    public static final class Markup {
        private final String s;
        private final int end;
        private int pos;
        /** The last piece: its literal text {@code s[literalStart, literalEnd)}. */
        public int literalStart;
        public int literalEnd;
        /** Whether a field follows the literal; then its name, conversion (0: none) and spec. */
        public boolean hasField;
        public int nameStart;
        public int nameEnd;
        public int conversion;
        public int specStart;
        public int specEnd;
        /** The spec holds fields of its own. */
        public boolean nested;

        public Markup(String s, int start, int end) {
            this.s = s;
            this.pos = start;
            this.end = end;
        }

        /** Parses the next piece; false at the end of the string. */
        public boolean next() {
            if (pos >= end) {
                return false;
            }
            hasField = false;
            int i = pos;
            int j = i;
            char c = 0;
            while (j < end) {
                c = s.charAt(j);
                if (c == '{' || c == '}') {
                    break;
                }
                j++;
            }
            literalStart = i;
            literalEnd = j;
            if (j >= end) {
                pos = end;
                return true;
            }
            boolean atEnd = j + 1 >= end;
            if (c == '}') {
                if (atEnd || s.charAt(j + 1) != '}') {
                    throw PyException.valueError("Single '}' encountered in format string");
                }
                literalEnd = j + 1;
                pos = j + 2;
                return true;
            }
            if (atEnd) {
                throw PyException.valueError("Single '{' encountered in format string");
            }
            if (s.charAt(j + 1) == '{') {
                literalEnd = j + 1;
                pos = j + 2;
                return true;
            }
            pos = field(j + 1);
            hasField = true;
            return true;
        }

        /** Parses the field starting at {@code i} (after its '{'); returns the index after its '}'. */
        private int field(int i) {
            nameStart = i;
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
            nameEnd = i - 1;
            conversion = 0;
            specStart = i;
            specEnd = i;
            nested = false;
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
                            specStart = i;
                            specEnd = i;
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
                            specEnd = i - 1;
                            return i;
                        }
                    }
                }
                throw PyException.valueError("unmatched '{' in format spec");
            }
            if (c != '}') {
                throw PyException.valueError("expected '}' before end of string");
            }
            return i;
        }
    }

    private void render(StringBuilder sb, String s, Markup m, int depth) {
        Object value = fieldValue(s, m.nameStart, m.nameEnd);
        int conversion = m.conversion;
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
        String spec = m.nested ? build(s, m.specStart, m.specEnd, depth - 1) : s.substring(m.specStart, m.specEnd);
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
        FieldName name = new FieldName(s, start, end);
        long index = name.firstIndex;
        boolean empty = name.firstEnd == start;
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
            String key = name.first();
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
        while (name.next()) {
            obj = name.isAttribute ? Ops.getAttr(ts, obj, (String) name.key) : Ops.getItem(ts, obj, name.key);
        }
        return obj;
    }

    /**
     * A field name taken apart as CPython's parser does: the first part (an index when it is all
     * decimal digits), then one at a time the {@code .attribute}s and {@code [key]}s after it
     * (a key that is all digits is an index). str.format looks them up as they come;
     * _string.formatter_field_name_split hands them out.
     */
    public static final class FieldName {
        private final String s;
        private final int start;
        private final int end;
        private int pos;
        /** Where the first part ends, and its index (-1 when it is not all digits). */
        public final int firstEnd;
        public final long firstIndex;
        /** The last part {@link #next} found: an attribute name, or an item key (a Long index or a str). */
        public boolean isAttribute;
        public Object key;

        public FieldName(String s, int start, int end) {
            this.s = s;
            this.start = start;
            this.end = end;
            int i = start;
            while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
                i++;
            }
            this.firstEnd = i;
            this.firstIndex = integer(s, start, i);
            this.pos = i;
        }

        /** The first part as text. */
        public String first() {
            return s.substring(start, firstEnd);
        }

        /** Parses the next attribute or key; false after the last. */
        public boolean next() {
            if (pos >= end) {
                return false;
            }
            int i = pos;
            char c = s.charAt(i++);
            int partStart = i;
            if (c == '.') {
                while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
                    i++;
                }
                if (i == partStart) {
                    throw PyException.valueError("Empty attribute in format string");
                }
                isAttribute = true;
                key = s.substring(partStart, i);
            } else if (c == '[') {
                while (i < end && s.charAt(i) != ']') {
                    i++;
                }
                if (i >= end) {
                    throw PyException.valueError("Missing ']' in format string");
                }
                int partEnd = i++;
                if (partEnd == partStart) {
                    throw PyException.valueError("Empty attribute in format string");
                }
                long idx = integer(s, partStart, partEnd);
                isAttribute = false;
                key = idx >= 0 ? (Object) idx : s.substring(partStart, partEnd);
            } else {
                throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            pos = i;
            return true;
        }
    }
}
