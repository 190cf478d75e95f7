package org.pythebo.modules._sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pythebo.modules._sre.engine.CompiledPattern;
import org.pythebo.modules._sre.engine.Matcher;
import org.pythebo.modules._sre.engine.Opcodes;
import org.pythebo.modules.builtins.Builtins;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.BuiltinIterators;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyHash;
import org.pythebo.runtime.objects.PyMappingProxy;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.StrMethods;

/**
 * {@code re.Pattern}: one compiled regular expression. Immutable, so any number of threads may
 * use it at once; every operation makes its own matcher.
 */
public final class PyPattern extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("re.Pattern", PyType.OBJECT, PyPattern.class, PyType.Layout.OBJECT);

    public static final String __doc__ = "Compiled regular expression object.";

    /** The flags repr names, in CPython's order. */
    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
    private static final int[] FLAG_VALUES = {Opcodes.FLAG_TEMPLATE, Opcodes.FLAG_IGNORECASE, Opcodes.FLAG_LOCALE,
        Opcodes.FLAG_MULTILINE, Opcodes.FLAG_DOTALL, Opcodes.FLAG_UNICODE, Opcodes.FLAG_VERBOSE, Opcodes.FLAG_DEBUG,
        Opcodes.FLAG_ASCII};

    /** The pattern as compile received it (usually a str or bytes; None for code made by hand). */
    final Object pattern;
    final int flags;
    /** The code words as compile received them: what equality and the hash compare. */
    private final int[] code;
    final CompiledPattern compiled;
    /** 1 for a bytes pattern, 0 for a str one, -1 when the pattern is None (any string goes). */
    final int isBytes;
    /** The group-name dict as compile received it, or null when it names no group. */
    private final Object groupindex;
    /** Group names by number, or null; only with a {@link #groupindex}. */
    private final PyTuple indexgroup;

    PyPattern(Object pattern, int flags, int[] code, CompiledPattern compiled, int isBytes, Object groupindex,
              PyTuple indexgroup) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.compiled = compiled;
        this.isBytes = isBytes;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyPattern self(Object self) {
        return (PyPattern) self;
    }

    int groups() {
        return compiled.groups();
    }

    /** The dict of group names to numbers, or null. */
    PyDict groupNames() {
        return groupindex == null ? null : (PyDict) PyValueInstance.unwrap(groupindex);
    }

    /** The name of group {@code group}, or None. */
    Object groupName(int group) {
        return indexgroup != null && group >= 0 && group < indexgroup.size() ? indexgroup.get(group)
                : Singleton.NONE;
    }

    /** A matcher over {@code string} between pos and endpos, clamped to it as CPython clamps them. */
    Matcher matcher(ThreadState ts, SearchedString string, long pos, long endpos) {
        int length = string.length();
        Matcher m = compiled.matcher(string.subject, clamp(pos, length), clamp(endpos, length));
        m.setInterruptCheck(SreModule.interruptCheck(ts));
        return m;
    }

    private static int clamp(long index, int length) {
        return (int) Math.max(0, Math.min(index, length));
    }

    // ---- matching ----

    @PyMethod(value = "($self, /, string, pos=0, endpos=sys.maxsize)",
            doc = "Matches zero or more characters at the beginning of the string.")
    public static Object match(ThreadState ts, Object self, Object string, long pos, long endpos) {
        PyPattern p = self(self);
        SearchedString s = SearchedString.of(p, string);
        Matcher m = p.matcher(ts, s, pos, endpos);
        return m.match() ? PyMatch.of(p, s, m) : Singleton.NONE;
    }

    @PyMethod(value = "($self, /, string, pos=0, endpos=sys.maxsize)", doc = "Matches against all of the string.")
    public static Object fullmatch(ThreadState ts, Object self, Object string, long pos, long endpos) {
        PyPattern p = self(self);
        SearchedString s = SearchedString.of(p, string);
        Matcher m = p.matcher(ts, s, pos, endpos);
        return m.fullmatch() ? PyMatch.of(p, s, m) : Singleton.NONE;
    }

    @PyMethod(value = "($self, /, string, pos=0, endpos=sys.maxsize)", doc = """
            Scan through string looking for a match, and return a corresponding match object instance.

            Return None if no position in the string matches.""")
    public static Object search(ThreadState ts, Object self, Object string, long pos, long endpos) {
        PyPattern p = self(self);
        SearchedString s = SearchedString.of(p, string);
        Matcher m = p.matcher(ts, s, pos, endpos);
        return m.search() ? PyMatch.of(p, s, m) : Singleton.NONE;
    }

    @PyMethod(value = "($self, /, string, pos=0, endpos=sys.maxsize)",
            doc = "Return a list of all non-overlapping matches of pattern in string.")
    public static Object findall(ThreadState ts, Object self, Object string, long pos, long endpos) {
        PyPattern p = self(self);
        SearchedString s = SearchedString.of(p, string);
        Matcher m = p.matcher(ts, s, pos, endpos);
        int groups = p.groups();
        List<Object> found = new ArrayList<>();
        while (m.search()) {
            Object item;
            if (groups == 0) {
                item = s.slice(m.start(), m.end());
            } else if (groups == 1) {
                item = groupSlice(m, s, 1, true);
            } else {
                Object[] values = new Object[groups];
                for (int g = 1; g <= groups; g++) {
                    values[g - 1] = groupSlice(m, s, g, true);
                }
                item = PyTuple.of(values);
            }
            found.add(item);
        }
        return new PyList(found.toArray());
    }

    @PyMethod(value = "($self, /, string, pos=0, endpos=sys.maxsize)", doc = """
            Return an iterator over all non-overlapping matches for the RE pattern in string.

            For each match, the iterator returns a match object.""")
    public static Object finditer(ThreadState ts, Object self, Object string, long pos, long endpos) {
        PyScanner scanner = (PyScanner) scanner(ts, self, string, pos, endpos);
        return new BuiltinIterators.CallableIterator(Ops.getAttr(ts, scanner, "search"), Singleton.NONE);
    }

    @PyMethod("($self, /, string, pos=0, endpos=sys.maxsize)")
    public static Object scanner(ThreadState ts, Object self, Object string, long pos, long endpos) {
        PyPattern p = self(self);
        SearchedString s = SearchedString.of(p, string);
        return new PyScanner(p, s, p.matcher(ts, s, pos, endpos));
    }

    @PyMethod(value = "($self, /, string, maxsplit=0)", doc = "Split string by the occurrences of pattern.")
    public static Object split(ThreadState ts, Object self, Object string, long maxsplit) {
        PyPattern p = self(self);
        SearchedString s = SearchedString.of(p, string);
        Matcher m = p.matcher(ts, s, 0, Long.MAX_VALUE);
        int groups = p.groups();
        List<Object> pieces = new ArrayList<>();
        int last = 0;
        for (long n = 0; (maxsplit == 0 || n < maxsplit) && m.search(); n++) {
            pieces.add(s.slice(last, m.start()));
            for (int g = 1; g <= groups; g++) {
                pieces.add(groupSlice(m, s, g, false));
            }
            last = m.end();
        }
        pieces.add(s.slice(last, s.length()));
        return new PyList(pieces.toArray());
    }

    @PyMethod(value = "($self, /, repl, string, count=0)", doc = "Return the string obtained by replacing the "
            + "leftmost non-overlapping occurrences of pattern in string by the replacement repl.")
    public static Object sub(ThreadState ts, Object self, Object repl, Object string, long count) {
        return self(self).substitute(ts, repl, string, count, false);
    }

    @PyMethod(value = "($self, /, repl, string, count=0)", doc = "Return the tuple (new_string, "
            + "number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with "
            + "the replacement repl.")
    public static Object subn(ThreadState ts, Object self, Object repl, Object string, long count) {
        return self(self).substitute(ts, repl, string, count, true);
    }

    /**
     * sub and subn. A callable repl is called with each match; a str or bytes without a
     * backslash is inserted as it is; anything else goes to the Lib's {@code re._subx}, which
     * parses the template once and returns the literal or a function that expands it.
     */
    private Object substitute(ThreadState ts, Object repl, Object string, long count, boolean subn) {
        Object filter = repl;
        boolean callable = Builtins.callable(repl) == Boolean.TRUE;
        if (!callable && !isLiteral(repl)) {
            filter = SreModule.callRe(ts, "_subx", this, repl);
            callable = Builtins.callable(filter) == Boolean.TRUE;
        }
        SearchedString s = SearchedString.of(this, string);
        Matcher m = matcher(ts, s, 0, Long.MAX_VALUE);
        List<Object> pieces = new ArrayList<>();
        int copied = 0;
        long n = 0;
        while ((count == 0 || n < count) && m.search()) {
            if (copied < m.start()) {
                pieces.add(s.slice(copied, m.start()));
            }
            if (callable) {
                Object item = Ops.call(ts, filter, PyMatch.of(this, s, m));
                if (item != Singleton.NONE) {
                    pieces.add(item);
                }
            } else {
                pieces.add(filter);
            }
            copied = m.end();
            n++;
        }
        if (copied < s.length()) {
            pieces.add(s.slice(copied, s.length()));
        }
        Object result = join(ts, s, pieces);
        return subn ? PyTuple.of(result, n) : result;
    }

    /** A str or bytes-like replacement without a backslash: nothing in it to expand. */
    private static boolean isLiteral(Object repl) {
        String text = SearchedString.text(repl);
        if (text != null) {
            return text.indexOf('\\') < 0;
        }
        PyBuffer b = Convert.bufferOrNull(repl);
        if (b == null) {
            return false;
        }
        for (int i = 0; i < b.length(); i++) {
            if (b.get(i) == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The pieces joined as str.join or bytes.join would, with their errors for pieces of the wrong kind. */
    private static Object join(ThreadState ts, SearchedString s, List<Object> pieces) {
        if (pieces.isEmpty()) {
            return s.empty();
        }
        if (s.isBytes) {
            return PyBytes.join(ts, PyBytes.EMPTY, new PyList(pieces.toArray()));
        }
        int length = 0;
        for (Object piece : pieces) {
            if (!(piece instanceof String text)) {
                return StrMethods.join(ts, "", new PyList(pieces.toArray()));
            }
            length += text.length();
        }
        StringBuilder sb = new StringBuilder(length);
        for (Object piece : pieces) {
            sb.append((String) piece);
        }
        return sb.toString();
    }

    /**
     * Group {@code group} of the matcher's last match, or (when it did not take part) an empty
     * string if {@code empty}, else None. A start beyond the end is the engine's bug report.
     */
    static Object groupSlice(Matcher m, SearchedString s, int group, boolean empty) {
        int start = m.start(group);
        int end = m.end(group);
        if (start < 0) {
            return empty ? s.empty() : Singleton.NONE;
        }
        if (start > end) {
            throw wrongSpan();
        }
        return s.slice(start, end);
    }

    static PyException wrongSpan() {
        return PyException.of(Exc.SystemError,
                "The span of capturing group is wrong, please report a bug for the re module.");
    }

    // ---- the object ----

    @PyGetter(value = "pattern", member = true)
    public static Object pattern(Object self) {
        return self(self).pattern;
    }

    @PyGetter(value = "flags", member = true)
    public static Object flags(Object self) {
        return (long) self(self).flags;
    }

    @PyGetter(value = "groups", member = true)
    public static Object groups(Object self) {
        return (long) self(self).groups();
    }

    /** A read-only view of the names; with none, a new empty dict each time, as CPython's. */
    @PyGetter("groupindex")
    public static Object groupindex(Object self) {
        Object names = self(self).groupindex;
        return names == null ? new PyDict() : new PyMappingProxy(names);
    }

    @PyMethod("($self, /)")
    public static Object __copy__(Object self) {
        return self;
    }

    @PyMethod("($self, memo, /)")
    public static Object __deepcopy__(Object self, Object memo) {
        return self;
    }

    @PyMethod(value = "($type, item, /)", doc = "See PEP 585")
    public static Object __class_getitem__(Object cls, Object item) {
        return new PyGenericAlias(cls, item);
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        return other instanceof PyPattern o ? (Object) self(self).equalTo(ts, o) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) {
        return other instanceof PyPattern o ? (Object) !self(self).equalTo(ts, o) : Singleton.NOT_IMPLEMENTED;
    }

    private boolean equalTo(ThreadState ts, PyPattern o) {
        return this == o || flags == o.flags && isBytes == o.isBytes && Arrays.equals(code, o.code)
                && Ops.eq(ts, pattern, o.pattern);
    }

    /** CPython's: the pattern's hash mixed with the hash of the code's bytes, the flags and the kind. */
    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) {
        PyPattern p = self(self);
        byte[] words = new byte[p.code.length * Opcodes.CODESIZE];
        for (int i = 0; i < p.code.length; i++) {
            for (int b = 0; b < Opcodes.CODESIZE; b++) {
                words[i * Opcodes.CODESIZE + b] = (byte) (p.code[i] >>> (8 * b));
            }
        }
        long hash = Ops.hash(ts, p.pattern) ^ PyHash.hashBytes(words, 0, words.length) ^ p.flags ^ p.isBytes
                ^ p.code.length;
        return hash == -1 ? -2L : hash;
    }

    /** {@code re.compile(<pattern repr, at most 200 characters>, <flags>)}; UNICODE goes without saying for str. */
    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyPattern p = self(self);
        StringBuilder sb = new StringBuilder("re.compile(");
        sb.append(truncate(Ops.repr(ts, p.pattern), 200));
        int rest = p.flags;
        int charsetFlags = Opcodes.FLAG_LOCALE | Opcodes.FLAG_UNICODE | Opcodes.FLAG_ASCII;
        if (p.isBytes == 0 && (rest & charsetFlags) == Opcodes.FLAG_UNICODE) {
            rest &= ~Opcodes.FLAG_UNICODE;
        }
        String separator = ", ";
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((rest & FLAG_VALUES[i]) != 0) {
                sb.append(separator).append(FLAG_NAMES[i]);
                separator = "|";
                rest &= ~FLAG_VALUES[i];
            }
        }
        if (rest != 0) {
            sb.append(separator).append("0x").append(Integer.toHexString(rest));
        }
        return sb.append(')').toString();
    }

    /** The first {@code max} code points of {@code text}, as printf's {@code %.<max>R} cuts a repr. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int count = text.codePointCount(0, text.length());
        return count <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }
}
