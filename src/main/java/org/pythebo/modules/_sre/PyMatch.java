package org.pythebo.modules._sre;

import org.pythebo.modules._sre.engine.Matcher;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** {@code re.Match}: the spans of one match's groups, and the string they are spans of. Immutable. */
public final class PyMatch extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("re.Match", PyType.OBJECT, PyMatch.class, PyType.Layout.OBJECT);

    public static final String __doc__ = "The result of re.match() and re.search().\n"
            + "Match objects always have a boolean value of True.";

    private final PyPattern pattern;
    private final SearchedString string;
    /** Start and end of group 0, 1, ...; -1 for a group that did not take part. */
    private final int[] spans;
    /** The group that closed last, or -1. */
    private final int lastindex;
    private final int pos;
    private final int endpos;
    /** Match.regs, made on first use (racing threads make equal tuples). */
    private volatile PyTuple regs;

    private PyMatch(PyPattern pattern, SearchedString string, int[] spans, int lastindex, int pos, int endpos) {
        this.pattern = pattern;
        this.string = string;
        this.spans = spans;
        this.lastindex = lastindex;
        this.pos = pos;
        this.endpos = endpos;
    }

    /** The matcher's last match; a group ending before it starts is CPython's SystemError. */
    static PyMatch of(PyPattern pattern, SearchedString string, Matcher m) {
        int[] spans = m.regs();
        for (int i = 2; i < spans.length; i += 2) {
            if (spans[i] > spans[i + 1]) {
                throw PyPattern.wrongSpan();
            }
        }
        return new PyMatch(pattern, string, spans, m.lastIndex(), m.pos(), m.endpos());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyMatch self(Object self) {
        return (PyMatch) self;
    }

    private int groupCount() {
        return spans.length / 2;
    }

    /**
     * The group a key names: an index (anything with {@code __index__}, huge values clamped)
     * or a name of the pattern; IndexError "no such group" otherwise.
     */
    private int groupIndex(ThreadState ts, Object key) {
        long index = -1;
        if (Convert.intValue(key) != null || Ops.type(key).lookup("__index__") != null) {
            index = Convert.asSsizeClamped(ts, key);
        } else {
            PyDict names = pattern.groupNames();
            Object number = names == null ? null : names.get(ts, key);
            if (number != null && Convert.intValue(number) != null) {
                index = Convert.asSsize(ts, number);
            }
        }
        if (index < 0 || index >= groupCount()) {
            throw PyException.indexError("no such group");
        }
        return (int) index;
    }

    /** The text of group {@code group}, or {@code missing} when it did not take part. */
    private Object groupText(int group, Object missing) {
        int start = spans[2 * group];
        return start < 0 ? missing : string.sliceNow(start, spans[2 * group + 1]);
    }

    private Object groupText(ThreadState ts, Object key, Object missing) {
        return groupText(groupIndex(ts, key), missing);
    }

    @PyMethod(value = "($self, *args)", args = ArgStyle.TUPLE, doc = """
            group([group1, ...]) -> str or tuple.
                Return subgroup(s) of the match by indices or names.
                For 0 returns the entire match.""")
    public static Object group(ThreadState ts, Object self, Object[] args) {
        PyMatch m = self(self);
        switch (args.length) {
            case 0:
                return m.groupText(0, Singleton.NONE);
            case 1:
                return m.groupText(ts, args[0], Singleton.NONE);
            default:
                Object[] texts = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    texts[i] = m.groupText(ts, args[i], Singleton.NONE);
                }
                return PyTuple.of(texts);
        }
    }

    @PyMethod(value = "($self, key, /)", doc = "Return self[key].")
    public static Object __getitem__(ThreadState ts, Object self, Object key) {
        return self(self).groupText(ts, key, Singleton.NONE);
    }

    @PyMethod(value = "($self, /, default=None)", doc = """
            Return a tuple containing all the subgroups of the match, from 1.

              default
                Is used for groups that did not participate in the match.""")
    public static Object groups(Object self, Object dflt) {
        PyMatch m = self(self);
        Object[] texts = new Object[m.groupCount() - 1];
        for (int g = 1; g < m.groupCount(); g++) {
            texts[g - 1] = m.groupText(g, dflt);
        }
        return PyTuple.of(texts);
    }

    @PyMethod(value = "($self, /, default=None)", doc = """
            Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.

              default
                Is used for groups that did not participate in the match.""")
    public static Object groupdict(ThreadState ts, Object self, Object dflt) {
        PyMatch m = self(self);
        PyDict result = new PyDict();
        PyDict names = m.pattern.groupNames();
        if (names != null) {
            for (Object name : names.keys()) {
                result.setItem(ts, name, m.groupText(ts, name, dflt));
            }
        }
        return result;
    }

    @PyMethod(value = "($self, group=0, /)", doc = "Return index of the start of the substring matched by group.")
    public static Object start(ThreadState ts, Object self, Object group) {
        PyMatch m = self(self);
        return (long) m.spans[2 * m.groupIndex(ts, group)];
    }

    @PyMethod(value = "($self, group=0, /)", doc = "Return index of the end of the substring matched by group.")
    public static Object end(ThreadState ts, Object self, Object group) {
        PyMatch m = self(self);
        return (long) m.spans[2 * m.groupIndex(ts, group) + 1];
    }

    @PyMethod(value = "($self, group=0, /)",
            doc = "For match object m, return the 2-tuple (m.start(group), m.end(group)).")
    public static Object span(ThreadState ts, Object self, Object group) {
        PyMatch m = self(self);
        int g = m.groupIndex(ts, group);
        return PyTuple.of((long) m.spans[2 * g], (long) m.spans[2 * g + 1]);
    }

    @PyMethod(value = "($self, /, template)", doc = "Return the string obtained by doing backslash substitution "
            + "on the string template, as done by the sub() method.")
    public static Object expand(ThreadState ts, Object self, Object template) {
        return SreModule.callRe(ts, "_expand", self(self).pattern, self, template);
    }

    @PyGetter("regs")
    public static Object regs(Object self) {
        PyMatch m = self(self);
        PyTuple r = m.regs;
        if (r == null) {
            Object[] pairs = new Object[m.groupCount()];
            for (int g = 0; g < pairs.length; g++) {
                pairs[g] = PyTuple.of((long) m.spans[2 * g], (long) m.spans[2 * g + 1]);
            }
            r = PyTuple.of(pairs);
            m.regs = r;
        }
        return r;
    }

    @PyGetter(value = "string", member = true)
    public static Object string(Object self) {
        return self(self).string.string;
    }

    @PyGetter(value = "re", member = true)
    public static Object re(Object self) {
        return self(self).pattern;
    }

    @PyGetter(value = "pos", member = true)
    public static Object pos(Object self) {
        return (long) self(self).pos;
    }

    @PyGetter(value = "endpos", member = true)
    public static Object endpos(Object self) {
        return (long) self(self).endpos;
    }

    @PyGetter("lastindex")
    public static Object lastindex(Object self) {
        int last = self(self).lastindex;
        return last >= 0 ? (Object) (long) last : Singleton.NONE;
    }

    @PyGetter("lastgroup")
    public static Object lastgroup(Object self) {
        PyMatch m = self(self);
        return m.pattern.groupName(m.lastindex);
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

    /** {@code <re.Match object; span=(0, 3), match='abc'>}, the match's repr cut at 50 characters. */
    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyMatch m = self(self);
        return "<" + TYPE.name + " object; span=(" + m.spans[0] + ", " + m.spans[1] + "), match="
                + PyPattern.truncate(Ops.repr(ts, m.groupText(0, Singleton.NONE)), 50) + ">";
    }
}
