package org.pythebo.modules._io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Codecs;

/**
 * {@code _io.TextIOWrapper}: text over a {@link PyBufferedIO}, for files from open() and for the
 * standard streams (sys.stdin, sys.stdout, sys.stderr). Writes encode and go straight into the
 * buffer (so text and {@code .buffer} writes keep their order); reads decode a chunk at a time,
 * holding back an incomplete character, and translate newlines as the text is taken. Every
 * operation synchronizes on the wrapper, then on the buffer: lines from several threads never
 * interleave mid-write.
 */
public final class PyTextIO extends PyObject implements Interpreter.StdStream {
    static final PyType TYPE = IoOpen.ioType("TextIOWrapper", PyTextIO.class);

    private static final int CHUNK = 8192;
    private static final byte[] NO_BYTES = new byte[0];

    /** How a codec's bytes may be cut between characters, and whether it starts with a BOM. */
    private enum Kind { UTF8, UTF8_SIG, SINGLE, UTF16, UTF16LE, UTF16BE, UTF32, UTF32LE, UTF32BE }

    /** Newline kinds seen by a universal-newlines reader (the {@code newlines} attribute). */
    private static final int SEEN_CR = 1;
    private static final int SEEN_LF = 2;
    private static final int SEEN_CRLF = 4;

    final PyBufferedIO buffer;
    private final String encoding;
    private final String errors;
    /** null: universal newlines; "" : recognise all, translate none; else the one line ending. */
    private final String newline;
    private final boolean lineBuffering;
    /** Flush at every newline (stderr, and a standard stream on a terminal). */
    private final boolean flushAtNewline;
    /** The mode open() was given; null for a wrapper made otherwise. */
    private final String mode;
    private Kind kind;
    private String decodeAs;
    private String encodeAs;
    /** A BOM still to be written before the first text (utf-16, utf-32, utf-8-sig at offset 0). */
    private boolean bomPending;
    /** The decoder has seen no bytes yet (a BOM may come). */
    private boolean atStart = true;

    // Reading state: decoded text not taken yet is pending[pos:]; carry holds bytes of a partial character.
    private String pending = "";
    private int pos;
    private byte[] carry = NO_BYTES;
    private boolean eof;
    private int seen;
    /** False while iteration (next()) reads ahead, as in CPython. */
    private boolean telling = true;

    PyTextIO(PyBufferedIO buffer, String encoding, String errors, String newline, boolean lineBuffering,
            boolean flushAtNewline, String mode) {
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyException.valueError("illegal newline value: " + newline);
        }
        String enc = encoding == null || encoding.equals("locale") ? "UTF-8" : encoding;
        Codecs.encode("", enc, "strict");
        this.buffer = buffer;
        this.encoding = enc;
        this.errors = errors == null ? "strict" : errors;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        this.flushAtNewline = flushAtNewline || lineBuffering;
        this.mode = mode;
        this.kind = kindOf(enc);
        this.decodeAs = enc;
        this.encodeAs = enc;
        boolean bom = kind == Kind.UTF8_SIG || kind == Kind.UTF16 || kind == Kind.UTF32;
        if (bom) {
            this.encodeAs = withoutBom(kind);
            this.bomPending = buffer.raw.writable && (!buffer.raw.seekable() || buffer.tell() == 0);
        }
    }

    /**
     * A writing standard stream: line buffered on a terminal, and always for stderr, as CPython's;
     * {@code unbuffered} ones flush at every newline too.
     */
    public PyTextIO(OutputStream out, boolean unbuffered, String name) {
        this(new PyBufferedIO(new PyFileIO(null, out, name.equals("stderr") ? 2 : 1, "<" + name + ">", false), 0),
                "utf-8", name.equals("stderr") ? "backslashreplace" : localeErrors(), "\n",
                name.equals("stderr") || isTerminal(1), unbuffered, "w");
    }

    /** sys.stdin over {@code in}. */
    public static PyTextIO reader(InputStream in) {
        return new PyTextIO(new PyBufferedIO(new PyFileIO(in, null, 0, "<stdin>", false), 0), "utf-8", localeErrors(),
                null, false, false, "r");
    }

    /** CPython uses surrogateescape under the C/POSIX locales (and C.UTF-8), strict otherwise. */
    private static String localeErrors() {
        String locale = null;
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                locale = v;
                break;
            }
        }
        if (locale == null || locale.equals("C") || locale.equals("POSIX") || locale.startsWith("C.")) {
            return "surrogateescape";
        }
        return "strict";
    }

    /** Whether file descriptor {@code fd} of this process is a terminal (Linux: where /proc says it leads). */
    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static Kind kindOf(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> Kind.UTF8;
            case "utf_8_sig", "utf8_sig" -> Kind.UTF8_SIG;
            case "utf_16", "utf16", "u16" -> Kind.UTF16;
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> Kind.UTF16LE;
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> Kind.UTF16BE;
            case "utf_32", "utf32", "u32" -> Kind.UTF32;
            case "utf_32_le", "utf_32le" -> Kind.UTF32LE;
            case "utf_32_be", "utf_32be" -> Kind.UTF32BE;
            default -> Kind.SINGLE;
        };
    }

    /** The codec that continues a BOM codec once the BOM is written (little-endian, as CPython's on x86). */
    private static String withoutBom(Kind k) {
        return switch (k) {
            case UTF8_SIG -> "utf-8";
            case UTF16 -> "utf-16-le";
            case UTF32 -> "utf-32-le";
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    @Override
    public PyType type() { return TYPE; }

    private void checkClosed() {
        if (buffer.isClosed()) {
            throw PyException.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkClosed();
        if (!buffer.raw.readable) {
            throw IoOpen.unsupported("not readable");
        }
    }

    // ---- writing ----

    /** Writes text (print's path: one call per printed line). */
    @Override
    public synchronized void write(String s) {
        checkClosed();
        if (!buffer.raw.writable) {
            throw IoOpen.unsupported("not writable");
        }
        if (pos < pending.length() || carry.length > 0) {
            // Writing after reading: the read-ahead text is dropped (CPython does the same).
            resetReader();
        }
        String text = s;
        if (newline != null && newline.length() > 0 && !newline.equals("\n") && s.indexOf('\n') >= 0) {
            text = s.replace("\n", newline);
        }
        byte[] bytes = encode(text);
        buffer.write(bytes, 0, bytes.length);
        if (flushAtNewline && (s.indexOf('\n') >= 0 || (lineBuffering && s.indexOf('\r') >= 0))) {
            buffer.flush();
        }
    }

    private byte[] encode(String s) {
        if (bomPending) {
            bomPending = false;
            if (!s.isEmpty()) {
                return Codecs.encode(s, encoding, errors);
            }
            bomPending = true;
            return NO_BYTES;
        }
        if (kind == Kind.UTF8) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return Codecs.encode(s, "utf-8", errors);
                }
            }
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return Codecs.encode(s, encodeAs, errors);
    }

    /** Writes out buffered bytes (also on a closed stream, where there are none). */
    @Override
    public void flush() {
        buffer.flush();
    }

    // ---- reading ----

    private void resetReader() {
        pending = "";
        pos = 0;
        carry = NO_BYTES;
    }

    /** Decodes the next chunk onto the pending text; false at end of file. */
    private boolean readChunk() {
        byte[] b = buffer.read1(CHUNK);
        boolean last = b.length == 0;
        String text = decode(b, last);
        if (last) {
            eof = true;
        }
        if (pos > 0) {
            pending = pending.substring(pos);
            pos = 0;
        }
        pending = pending.isEmpty() ? text : pending + text;
        return !last || !text.isEmpty();
    }

    /** Decodes carry + data, keeping back the bytes of a character cut at the end unless {@code last}. */
    private String decode(byte[] data, boolean last) {
        byte[] b = data;
        if (carry.length > 0) {
            b = new byte[carry.length + data.length];
            System.arraycopy(carry, 0, b, 0, carry.length);
            System.arraycopy(data, 0, b, carry.length, data.length);
        }
        int start = 0;
        if (atStart && (kind == Kind.UTF8_SIG || kind == Kind.UTF16 || kind == Kind.UTF32)) {
            int bomLength = kind == Kind.UTF32 ? 4 : kind == Kind.UTF16 ? 2 : 3;
            if (b.length < bomLength && !last) {
                carry = b;
                return "";
            }
            start = detectBom(b);
        }
        if (b.length > 0) {
            atStart = false;
        }
        int cut = last ? b.length : cutPoint(b, start);
        carry = cut == b.length ? NO_BYTES : java.util.Arrays.copyOfRange(b, cut, b.length);
        if (cut == start) {
            return "";
        }
        byte[] whole = start == 0 && cut == b.length ? b : java.util.Arrays.copyOfRange(b, start, cut);
        if (kind == Kind.UTF8 && errors.equals("strict") && isAscii(whole)) {
            return new String(whole, StandardCharsets.ISO_8859_1);
        }
        return Codecs.decode(whole, decodeAs, errors.equals("backslashreplace") ? "strict" : errors);
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads a BOM at the start of b, settling the byte order; returns its length. */
    private int detectBom(byte[] b) {
        int n = b.length;
        int u = n > 0 ? b[0] & 0xff : -1;
        int v = n > 1 ? b[1] & 0xff : -1;
        switch (kind) {
            case UTF8_SIG -> {
                kind = Kind.UTF8;
                decodeAs = "utf-8";
                return n >= 3 && u == 0xef && v == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
            }
            case UTF16 -> {
                boolean big = u == 0xfe && v == 0xff;
                kind = big ? Kind.UTF16BE : Kind.UTF16LE;
                decodeAs = big ? "utf-16-be" : "utf-16-le";
                return big || (u == 0xff && v == 0xfe) ? 2 : 0;
            }
            default -> {
                boolean little = n >= 4 && u == 0xff && v == 0xfe && b[2] == 0 && b[3] == 0;
                boolean big = n >= 4 && u == 0 && v == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff;
                kind = big ? Kind.UTF32BE : Kind.UTF32LE;
                decodeAs = big ? "utf-32-be" : "utf-32-le";
                return little || big ? 4 : 0;
            }
        }
    }

    /** Where to cut b so that no character is split: before an incomplete last character. */
    private int cutPoint(byte[] b, int start) {
        int n = b.length;
        switch (kind) {
            case UTF8 -> {
                int i = n - 1;
                while (i >= start && i > n - 4 && (b[i] & 0xc0) == 0x80) {
                    i--;
                }
                if (i < start) {
                    return n;
                }
                int lead = b[i] & 0xff;
                int need = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 1;
                return lead >= 0xc2 && lead <= 0xf4 && n - i < need ? i : n;
            }
            case UTF16LE, UTF16BE -> {
                int cut = start + ((n - start) & ~1);
                if (cut - start >= 2) {
                    int unit = kind == Kind.UTF16LE ? (b[cut - 2] & 0xff) | (b[cut - 1] & 0xff) << 8
                            : (b[cut - 2] & 0xff) << 8 | (b[cut - 1] & 0xff);
                    if (unit >= 0xd800 && unit <= 0xdbff) {
                        cut -= 2;
                    }
                }
                return cut;
            }
            case UTF32LE, UTF32BE -> {
                return start + ((n - start) & ~3);
            }
            default -> {
                return n;
            }
        }
    }

    /** The end of the first line in pending[from:], or -1 when it may continue past the text decoded so far. */
    private int lineEnd(int from) {
        String p = pending;
        int n = p.length();
        if (newline == null || newline.isEmpty()) {
            for (int i = from; i < n; i++) {
                char c = p.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    if (i + 1 < n) {
                        return p.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    }
                    return eof ? i + 1 : -1;
                }
            }
            return -1;
        }
        int i = p.indexOf(newline, from);
        return i < 0 ? -1 : i + newline.length();
    }

    /** pending[from:to] with universal newlines translated (noting the kinds seen). */
    private String take(int from, int to) {
        pos = to;
        if (newline != null && !newline.isEmpty()) {
            return pending.substring(from, to);
        }
        if (newline != null) {
            noteNewlines(from, to);
            return pending.substring(from, to);
        }
        String p = pending;
        int cr = p.indexOf('\r', from);
        if (cr < 0 || cr >= to) {
            if (seen != (SEEN_CR | SEEN_LF | SEEN_CRLF)) {
                int lf = p.indexOf('\n', from);
                if (lf >= 0 && lf < to) {
                    seen |= SEEN_LF;
                }
            }
            return p.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = p.charAt(i);
            if (c == '\r') {
                if (i + 1 < to && p.charAt(i + 1) == '\n') {
                    i++;
                    seen |= SEEN_CRLF;
                } else {
                    seen |= SEEN_CR;
                }
                sb.append('\n');
            } else {
                if (c == '\n') {
                    seen |= SEEN_LF;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Notes the line endings in pending[from:to] (newline='' reads them untranslated). */
    private void noteNewlines(int from, int to) {
        String p = pending;
        for (int i = from; i < to && seen != (SEEN_CR | SEEN_LF | SEEN_CRLF); i++) {
            char c = p.charAt(i);
            if (c == '\n') {
                seen |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < to && p.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
            }
        }
    }

    /** One line with its newline, at most {@code limit} characters when limit is not negative; "" at end of file. */
    public synchronized String readLine(long limit) {
        checkReadable();
        eof = false;
        while (true) {
            int end = lineEnd(pos);
            int n = pending.length();
            if (end < 0 && !eof && (limit < 0 || n - pos <= limit)) {
                readChunk();
                continue;
            }
            if (end < 0) {
                end = n;
            }
            if (limit >= 0 && end - pos > limit) {
                end = pos + (int) limit;
                // Keep a "\r\n" whole: it is one character once translated.
                if (newline == null && end > pos && end < n && pending.charAt(end - 1) == '\r'
                        && pending.charAt(end) == '\n') {
                    end++;
                }
            }
            return take(pos, end);
        }
    }

    /** Everything up to end of file, or up to {@code limit} characters. */
    public synchronized String readAll(long limit) {
        checkReadable();
        eof = false;
        if (limit < 0) {
            byte[] rest = buffer.read(-1);
            String text = decode(rest, true);
            String all = pos == 0 && pending.isEmpty() ? text : pending.substring(pos) + text;
            pending = all;
            pos = 0;
            String result = take(0, all.length());
            resetReader();
            return result;
        }
        // One more character than asked, so that a final '\r' can see a following '\n'.
        while (pending.length() - pos <= limit && !eof) {
            readChunk();
        }
        int n = pending.length();
        int end = (int) Math.min(n, pos + limit);
        if (newline == null && pending.indexOf('\r', pos) >= 0) {
            int count = 0;
            end = pos;
            while (end < n && count < limit) {
                end += pending.charAt(end) == '\r' && end + 1 < n && pending.charAt(end + 1) == '\n' ? 2 : 1;
                count++;
            }
        }
        return take(pos, end);
    }

    /** The byte position of the next character to read: the buffer's, less the bytes read ahead. */
    private long tellPosition() {
        buffer.flush();
        long p = buffer.tell();
        if (pos < pending.length()) {
            String rest = pending.substring(pos);
            p -= kind == Kind.UTF8 ? utf8Length(rest) : Codecs.encode(rest, decodeAs, errors).length;
        }
        return p - carry.length;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    // ---- the Python methods ----

    private static PyTextIO self(Object self) { return (PyTextIO) self; }

    @PyMethod("($self, text, /)")
    public static Object write(Object self, Object text) {
        if (!(text instanceof String s)) {
            throw PyException.typeError("write() argument must be str, not " + Ops.typeName(text));
        }
        self(self).write(s);
        return (long) s.codePointCount(0, s.length());
    }

    @PyMethod(value = "($self, /)", name = "flush")
    public static void flushMethod(Object self) {
        self(self).checkClosed();
        self(self).flush();
    }

    @PyMethod("($self, lines, /)")
    public static void writelines(ThreadState ts, Object self, Object lines) {
        self(self).checkClosed();
        PyIterator it = Ops.iter(ts, lines);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            write(self, v);
        }
    }

    @PyMethod("($self, size=-1, /)")
    public static Object readline(Object self, Object size) {
        return self(self).readLine(IoOpen.sizeArg(size));
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read(Object self, Object size) {
        return self(self).readAll(IoOpen.sizeArg(size));
    }

    @PyMethod("($self, hint=-1, /)")
    public static Object readlines(Object self, Object hint) {
        self(self).checkReadable();
        return IoOpen.readlines(self, hint, s -> self(s).readLine(-1));
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) {
        self(self).checkClosed();
        return self;
    }

    @PyMethod("($self, /)")
    public static Object __next__(Object self) {
        PyTextIO t = self(self);
        synchronized (t) {
            t.telling = false;
            String line = t.readLine(-1);
            if (line.isEmpty()) {
                t.telling = true;
                throw PyException.of(Exc.StopIteration, null);
            }
            return line;
        }
    }

    @PyMethod("($self, /)")
    public static Object __enter__(Object self) {
        self(self).checkClosed();
        return self;
    }

    @PyMethod("($self, *args)")
    public static void __exit__(Object self, Object[] args) { close(self); }

    @PyMethod("($self, /)")
    public static void close(Object self) {
        PyTextIO t = self(self);
        synchronized (t) {
            t.buffer.close();
        }
    }

    @PyMethod("($self, cookie, whence=0, /)")
    public static Object seek(Object self, Object cookie, Object whenceArg) {
        PyTextIO t = self(self);
        synchronized (t) {
            t.checkClosed();
            if (!t.buffer.raw.seekable()) {
                throw IoOpen.unsupported("underlying stream is not seekable");
            }
            long whence = Ops.index(whenceArg);
            long target = Ops.index(cookie);
            if (whence == 1) {
                if (target != 0) {
                    throw IoOpen.unsupported("can't do nonzero cur-relative seeks");
                }
                return t.tellPosition();
            }
            if (whence == 2) {
                if (target != 0) {
                    throw IoOpen.unsupported("can't do nonzero end-relative seeks");
                }
                t.buffer.flush();
                t.resetReader();
                t.telling = true;
                long end = t.buffer.seek(0, 2);
                t.atStart = end == 0;
                t.bomPending = t.bomPending && end == 0;
                return end;
            }
            if (whence != 0) {
                throw PyException.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (target < 0) {
                throw PyException.valueError("negative seek position " + target);
            }
            t.buffer.flush();
            t.resetReader();
            t.telling = true;
            t.buffer.seek(target, 0);
            t.atStart = target == 0;
            return target;
        }
    }

    @PyMethod("($self, /)")
    public static Object tell(Object self) {
        PyTextIO t = self(self);
        synchronized (t) {
            t.checkClosed();
            if (!t.buffer.raw.seekable()) {
                throw IoOpen.unsupported("underlying stream is not seekable");
            }
            if (!t.telling) {
                throw PyException.of(Exc.OSError, "telling position disabled by next() call");
            }
            return t.tellPosition();
        }
    }

    @PyMethod("($self, pos=None, /)")
    public static Object truncate(Object self, Object size) {
        PyTextIO t = self(self);
        synchronized (t) {
            t.checkClosed();
            t.buffer.flush();
            return t.buffer.truncate(size == Singleton.NONE ? (Object) t.tellPosition() : size);
        }
    }

    @PyMethod("($self, /)")
    public static Object fileno(Object self) { return PyBufferedIO.fileno(self(self).buffer); }

    @PyMethod("($self, /)")
    public static Object isatty(Object self) { return PyBufferedIO.isatty(self(self).buffer); }

    @PyMethod("($self, /)")
    public static Object readable(Object self) { return PyBufferedIO.readable(self(self).buffer); }

    @PyMethod("($self, /)")
    public static Object writable(Object self) { return PyBufferedIO.writable(self(self).buffer); }

    @PyMethod("($self, /)")
    public static Object seekable(Object self) { return PyBufferedIO.seekable(self(self).buffer); }

    @PyGetter("name")
    public static Object getName(Object self) { return self(self).buffer.raw.name; }

    @PyGetter("mode")
    public static Object mode(Object self) {
        String m = self(self).mode;
        if (m == null) {
            throw PyException.attributeError("'_io.TextIOWrapper' object has no attribute 'mode'", self, "mode");
        }
        return m;
    }

    @PyGetter("encoding")
    public static Object encoding(Object self) { return self(self).encoding; }

    @PyGetter("errors")
    public static Object errors(Object self) { return self(self).errors; }

    @PyGetter("closed")
    public static Object closed(Object self) { return self(self).buffer.isClosed(); }

    @PyGetter("line_buffering")
    public static Object lineBuffering(Object self) { return self(self).lineBuffering; }

    @PyGetter("write_through")
    public static Object writeThrough(Object self) { return false; }

    @PyGetter("newlines")
    public static Object newlines(Object self) {
        int s = self(self).seen;
        String[] kinds = {"\r", "\n", "\r\n"};
        java.util.List<Object> found = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if ((s & (1 << i)) != 0) {
                found.add(kinds[i]);
            }
        }
        return found.isEmpty() ? Singleton.NONE : found.size() == 1 ? found.get(0) : PyTuple.of(found.toArray());
    }

    @PyGetter("buffer")
    public static Object buffer(Object self) { return self(self).buffer; }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        return "<_io.TextIOWrapper name=" + t.buffer.raw.nameRepr(ts) + (t.mode == null ? "" : " mode='" + t.mode + "'")
                + " encoding='" + t.encoding + "'>";
    }
}
