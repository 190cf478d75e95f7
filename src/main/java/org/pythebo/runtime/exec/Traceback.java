package org.pythebo.runtime.exec;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exceptions.PyExceptionGroup;
import org.pythebo.runtime.exceptions.SyntaxErrorText;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.objects.Suggestions;

/**
 * Tracebacks: the entries an exception collects as it leaves frames, and CPython 3.11's text for
 * an uncaught exception (source lines, {@code ^^^^}/{@code ~~^~~} carets, chained exceptions,
 * "[Previous line repeated N more times]", "Did you mean" suggestions).
 */
public final class Traceback extends PyObject {
    /** One frame of a traceback: the frame and the node that was running. */
    public record Entry(Frame frame, Node node) {
        public PyCode code() { return frame.code; }
    }

    /** Identical consecutive entries printed before "[Previous line repeated N more times]". */
    private static final int RECURSIVE_CUTOFF = 3;

    public final List<Entry> entries;
    /** tb_next once asked for or set: a Traceback or None. */
    private volatile Object next;

    public Traceback(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    @Override
    public PyType type() { return PyType.TRACEBACK; }

    /**
     * Records that {@code e} passes through frame {@code f} at {@code node}; only the innermost
     * node of each frame counts (later calls for the same pass are ignored). A fresh exception
     * gets the exception being handled as its __context__, as CPython does at raise time.
     */
    public static void here(PyException e, Frame f, Node node) {
        PyBaseException exc = e.exc;
        if (exc.tbFrame == f) {
            return;
        }
        if (exc.traceback.isEmpty() && exc.context == null && exc.tbFrame == null) {
            PyBaseException handled = f.ts.currentHandled();
            if (handled != null && handled != exc) {
                exc.context = handled;
            }
        }
        exc.tbFrame = f;
        exc.traceback.add(new Entry(f, node));
    }

    /** The widest and deepest exception group a report shows in full (CPython's limits). */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** The full report of an uncaught exception, chained exceptions first. */
    public static String format(ThreadState ts, PyBaseException exc) {
        Report r = new Report(ts);
        r.exception(exc);
        return r.out.toString();
    }

    /**
     * CPython 3.11's report: chained exceptions, then the traceback and the exception line with
     * its notes; exception groups nest their members in boxes drawn in the left margin.
     */
    private static final class Report {
        final ThreadState ts;
        final StringBuilder out = new StringBuilder();
        final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        int groupDepth;
        boolean needClose;

        Report(ThreadState ts) {
            this.ts = ts;
        }

        private String indent() {
            return "  ".repeat(groupDepth);
        }

        /** Writes text with the margin of the current group depth in front of every line. */
        void emit(String text, char margin) {
            if (groupDepth == 0) {
                out.append(text);
                return;
            }
            String prefix = indent() + margin + " ";
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, i, end);
                i = end;
            }
        }

        void emit(String text) {
            emit(text, '|');
        }

        void exception(PyBaseException exc) {
            seen.put(exc, true);
            if (exc.cause != null) {
                if (!seen.containsKey(exc.cause)) {
                    exception(exc.cause);
                    emit("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
                exception(exc.context);
                emit("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
            if (!(exc instanceof PyExceptionGroup g)) {
                if (!exc.traceback.isEmpty()) {
                    emit("Traceback (most recent call last):\n");
                    emit(stack(exc));
                }
                exceptionOnly(exc);
            } else if (groupDepth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            } else {
                group(g);
            }
        }

        private void group(PyExceptionGroup g) {
            boolean topLevel = groupDepth == 0;
            if (topLevel) {
                groupDepth++;
            }
            if (!g.traceback.isEmpty()) {
                emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                emit(stack(g));
            }
            exceptionOnly(g);
            Object[] members = g.exceptions.toArray();
            int n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) {
                    // A nested group may draw the closing line instead.
                    needClose = true;
                }
                boolean truncated = i >= MAX_GROUP_WIDTH;
                String title = truncated ? "..." : String.valueOf(i + 1);
                out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                        .append(" ----------------\n");
                groupDepth++;
                if (!truncated) {
                    exception((PyBaseException) members[i]);
                } else {
                    int remaining = members.length - MAX_GROUP_WIDTH;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    out.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                groupDepth--;
            }
            if (topLevel) {
                groupDepth = 0;
            }
        }

        /** The exception line, then each note on its own lines, as CPython prints them. */
        private void exceptionOnly(PyBaseException exc) {
            String syntax = SyntaxErrorText.report(ts, exc);
            emit(syntax != null ? syntax : exceptionLine(ts, exc));
            Object notes;
            try {
                notes = Ops.lookupAttr(ts, exc, "__notes__");
            } catch (PyException e) {
                return;
            }
            if (notes == null) {
                return;
            }
            if (!(notes instanceof PyList || notes instanceof PyTuple)
                    && (notes instanceof String || Ops.type(notes).lookup("__getitem__") == null
                        || Ops.type(notes).isSubtypeOf(PyType.DICT))) {
                String r;
                try {
                    r = Ops.repr(ts, notes);
                } catch (PyException e) {
                    r = "<__notes__ repr() failed>";
                }
                emit(r + "\n");
                return;
            }
            Object[] items;
            try {
                items = Ops.toArray(ts, notes);
            } catch (PyException e) {
                return;
            }
            for (Object note : items) {
                String text;
                try {
                    text = Ops.str(ts, note);
                } catch (PyException e) {
                    out.append("<note str() failed>\n");
                    continue;
                }
                if (!text.isEmpty()) {
                    emit(text);
                }
                out.append('\n');
            }
        }
    }

    /** The traceback's frames, outermost first, with "[Previous line repeated N more times]". */
    private static String stack(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int repeats = 0;
        for (int i = exc.traceback.size() - 1; i >= 0; i--) {
            Entry en = exc.traceback.get(i);
            PyCode c = en.code();
            int line = en.node().lineno;
            if (c.filename.equals(lastFile) && line == lastLine && c.name.equals(lastName)) {
                repeats++;
                if (repeats >= RECURSIVE_CUTOFF) {
                    continue;
                }
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
                lastFile = c.filename;
                lastLine = line;
                lastName = c.name;
            }
            formatEntry(en, sb);
        }
        flushRepeats(sb, repeats);
        return sb.toString();
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= RECURSIVE_CUTOFF) {
            int n = repeats - RECURSIVE_CUTOFF + 1;
            sb.append("  [Previous line repeated ").append(n).append(" more time").append(n == 1 ? "" : "s").append("]\n");
        }
    }

    private static void formatEntry(Entry en, StringBuilder sb) {
        PyCode c = en.code();
        Node n = en.node();
        sb.append("  File \"").append(c.filename).append("\", line ").append(n.lineno).append(", in ")
                .append(c.name).append('\n');
        String[] lines = c.sourceLines;
        if (lines == null || n.lineno < 1 || n.lineno > lines.length) {
            return;
        }
        String raw = lines[n.lineno - 1];
        String stripped = raw.strip();
        if (stripped.isEmpty()) {
            return;
        }
        sb.append("    ").append(stripped).append('\n');
        int lead = 0;
        while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
            lead++;
        }
        int start = charOffset(raw, n.colOffset);
        int end = n.endLineno == n.lineno ? charOffset(raw, n.endColOffset) : lead + stripped.length();
        boolean anchors = n.endLineno == n.lineno && n.anchorStart >= 0;
        int aStart = anchors ? charOffset(raw, n.anchorStart) : 0;
        int aEnd = anchors ? charOffset(raw, n.anchorEnd) : 0;
        if (end - start < stripped.length() || (anchors && aEnd > aStart)) {
            sb.append("    ").append(" ".repeat(Math.max(0, start - lead)));
            if (anchors) {
                sb.append("~".repeat(Math.max(0, aStart - start))).append("^".repeat(Math.max(0, aEnd - aStart)))
                        .append("~".repeat(Math.max(0, end - aEnd)));
            } else {
                sb.append("^".repeat(Math.max(0, end - start)));
            }
            sb.append('\n');
        }
    }

    /** A UTF-8 byte column as a char index into the line. */
    static int charOffset(String line, int byteCol) {
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** "TypeName: message" with the suggestion CPython 3.11 adds to NameError and AttributeError. */
    public static String exceptionLine(ThreadState ts, PyBaseException exc) {
        PyType t = exc.type();
        String name = t.name;
        Object module = t.lookup("__module__");
        if (t.heapType) {
            name = module instanceof String m && !m.equals("builtins") && !m.equals("__main__")
                    ? m + "." + t.qualname() : t.qualname();
        }
        String msg;
        try {
            msg = Ops.str(ts, exc);
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        String suggestion = Suggestions.forException(ts, exc);
        if (suggestion != null) {
            msg = msg + ". Did you mean: '" + suggestion + "'?";
        }
        return msg.isEmpty() ? name + "\n" : name + ": " + msg + "\n";
    }

    /** The outermost entry first, as the tb_next chain runs. */
    private Entry head() {
        return entries.get(entries.size() - 1);
    }

    @PyGetter("tb_lineno")
    public static Object tbLineno(Object self) { return (long) ((Traceback) self).head().node().lineno; }

    /**
     * tb_next: the view of the entries below this one, made once and kept, so that a program
     * that cuts the chain ({@code prev.tb_next = None}, as unittest does to hide its own frames)
     * sees the cut when it walks the chain again.
     */
    @PyGetter("tb_next")
    public static Object tbNext(Object self) {
        Traceback tb = (Traceback) self;
        Object next = tb.next;
        if (next == null) {
            List<Entry> e = tb.entries;
            next = e.size() <= 1 ? Singleton.NONE : new Traceback(e.subList(0, e.size() - 1));
            tb.next = next;
        }
        return next;
    }

    @PySetter("tb_next")
    public static void setTbNext(Object self, Object value) {
        if (value == null) {
            throw PyException.typeError("can't delete tb_next attribute");
        }
        if (value != Singleton.NONE && !(value instanceof Traceback)) {
            // CPython's message, though None is accepted too.
            throw PyException.typeError("expected traceback object, got '" + Ops.typeName(value) + "'");
        }
        for (Object cursor = value; cursor instanceof Traceback t; cursor = tbNext(t)) {
            if (t == self) {
                throw PyException.valueError("traceback loop detected");
            }
        }
        ((Traceback) self).next = value;
    }

    /**
     * tb_lasti: an index into the code's {@code co_positions()} whose entry is this frame's
     * source range (there are no bytecode offsets here; {@link PyCode#instructionIndex} keeps
     * one position per node asked for).
     */
    @PyGetter("tb_lasti")
    public static Object tbLasti(Object self) {
        Entry head = ((Traceback) self).head();
        return 2L * head.code().instructionIndex(head.node());
    }

    @PyGetter("tb_frame")
    public static Object tbFrame(Object self) { return new PyFrameObject(((Traceback) self).head().frame(), ((Traceback) self).head().node().lineno); }

    /** Names an exception's traceback passes through (for tests). */
    public List<String> frameNames() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.code().name);
        }
        return out;
    }
}
