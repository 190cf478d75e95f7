package org.pythebo.modules._io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.CodecRegistry;
import org.pythebo.runtime.text.Codecs;

/**
 * {@code _io.TextIOWrapper}: text over a buffered binary stream, which is any object with the
 * buffered interface and is called directly when it is exactly one of our buffered files (files
 * from open() and the standard streams). Over one of ours, writes encode straight into its
 * buffer; over another, encoded text waits in this object until a chunk is full, a flush, or a
 * read or seek, as in CPython. Reads decode a chunk at a time, holding back an incomplete
 * character, and translate newlines as the text is taken. The common codecs (UTF-8, UTF-16,
 * UTF-32, Latin-1, ASCII, cp1252) are built in; any other comes from the codecs registry's
 * incremental encoder and decoder. Every operation synchronizes on the wrapper, then on the
 * buffer: lines from several threads never interleave mid-write.
 */
public final class PyTextIO extends IoObject implements Interpreter.StdStream {
    static final PyType TYPE = PyType.newBuiltin("_io.TextIOWrapper", IOBase.TEXT, PyTextIO.class,
            PyType.Subclassing.OWN);

    private static final byte[] NO_BYTES = new byte[0];

    /** How a codec's bytes may be cut between characters; PYTHON: a codec from the registry. */
    private enum Kind { UTF8, UTF8_SIG, SINGLE, UTF16, UTF16LE, UTF16BE, UTF32, UTF32LE, UTF32BE, PYTHON }

    private static final int SEEN_CR = PyNewlineDecoder.SEEN_CR;
    private static final int SEEN_LF = PyNewlineDecoder.SEEN_LF;
    private static final int SEEN_CRLF = PyNewlineDecoder.SEEN_CRLF;

    /** The buffer; null before __init__ and after detach. */
    private Object buffer;
    /** The buffer when it is exactly one of our buffered files, else null. */
    PyBufferedIO buffered;
    private boolean detached;
    private String encoding;
    private String errors;
    /** null: universal newlines; "" : recognise all, translate none; else the one line ending. */
    private String newline;
    private boolean lineBuffering;
    private boolean writeThrough;
    /** Flush at every newline (stderr, and a standard stream on a terminal). */
    private boolean flushAtNewline;
    private boolean readable;
    private boolean writable;
    private boolean seekable;
    private boolean hasRead1;
    private int chunkSize = 8192;
    private Kind kind;
    private String decodeAs;
    private String encodeAs;
    /** A registry codec's incremental decoder and encoder (kind PYTHON), and its codec info. */
    private Object pyDecoder;
    private Object pyEncoder;
    private Object codecInfo;
    /** A BOM still to be written before the first text (utf-16, utf-32, utf-8-sig at offset 0). */
    private boolean bomPending;
    /** The decoder has seen no bytes yet (a BOM may come). */
    private boolean atStart = true;
    /** Encoded text not yet passed to a buffer that is not one of ours. */
    private ByteArrayOutputStream pendingOut;

    // Reading state: decoded text not taken yet is pending[pos:]; carry holds bytes of a partial character.
    private String pending = "";
    private int pos;
    private byte[] carry = NO_BYTES;
    private boolean eof;
    private int seen;
    /** Text has been decoded since the last reset (CPython's decoded_chars is set). */
    private boolean decoded;
    /** False while iteration (next()) reads ahead, as in CPython. */
    private boolean telling = true;

    PyTextIO(PyType type) {
        super(type);
    }

    /** A wrapper made by open(). */
    PyTextIO(ThreadState ts, PyBufferedIO buffer, String encoding, String errors, String newline,
            boolean lineBuffering) {
        super(TYPE);
        init(ts, buffer, encoding, errors, newline, lineBuffering, false);
    }

    /**
     * A writing standard stream: line buffered on a terminal, and always for stderr, as CPython's;
     * {@code unbuffered} ones flush at every newline too.
     */
    public PyTextIO(OutputStream out, boolean unbuffered, String name) {
        super(TYPE);
        boolean stderr = name.equals("stderr");
        PyFileIO raw = new PyFileIO(null, out, stderr ? 2 : 1, "<" + name + ">");
        init(null, new PyBufferedIO(raw, 0), "utf-8", stderr ? "backslashreplace" : localeErrors(), "\n",
                stderr || isTerminal(1), false);
        flushAtNewline |= unbuffered;
        dict().setItem("mode", "w");
    }

    /** sys.stdin over {@code in}. */
    public static PyTextIO reader(InputStream in) {
        PyTextIO t = new PyTextIO(TYPE);
        t.init(null, new PyBufferedIO(new PyFileIO(in, null, 0, "<stdin>"), 0), "utf-8", localeErrors(), null,
                false, false);
        t.dict().setItem("mode", "r");
        return t;
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

    /** This object when it is exactly a TextIOWrapper (whose write and readline are ours), else null. */
    public static PyTextIO exact(Object o) {
        return o instanceof PyTextIO t && t.type == TYPE ? t : null;
    }

    private static void checkNewline(String newline) {
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyException.valueError("illegal newline value: " + newline);
        }
    }

    /** Sets everything __init__ sets; ts is null for the standard streams (no Python buffer to ask). */
    private void init(ThreadState ts, Object buf, String enc, String errs, String nl, boolean lineBuf,
            boolean writeThru) {
        checkNewline(nl);
        String e = enc == null || enc.equals("locale") ? "UTF-8" : enc;
        String err = errs == null ? "strict" : errs;
        buffered = buf instanceof PyBufferedIO b && !b.type().heapType && b.file != null ? b : null;
        if (buffered != null) {
            readable = buffered.readable();
            writable = buffered.writable();
            seekable = buffered.file.closedNow() ? false : buffered.seekable(ThreadState.current());
            hasRead1 = true;
        } else {
            readable = Ops.isTrue(ts, Io.callMethod(ts, buf, "readable"));
            writable = Ops.isTrue(ts, Io.callMethod(ts, buf, "writable"));
            seekable = Ops.isTrue(ts, Io.callMethod(ts, buf, "seekable"));
            hasRead1 = Ops.lookupAttr(ts, buf, "read1") != null;
        }
        setCodec(ts, e, err);
        buffer = buf;
        detached = false;
        encoding = e;
        errors = err;
        newline = nl;
        lineBuffering = lineBuf;
        writeThrough = writeThru;
        flushAtNewline = lineBuf;
        pendingOut = null;
        seen = 0;
        telling = seekable;
        resetReader();
        atStart = true;
        decoded = false;
        startOfStream(ts);
    }

    /**
     * Picks the built-in codec for an encoding (the UTF codecs, and ascii and latin-1 under the
     * names str.encode takes as shortcuts), or the registry's incremental codecs for any other;
     * LookupError when there is none.
     */
    private void setCodec(ThreadState ts, String enc, String errs) {
        Kind k = kindOf(enc);
        pyDecoder = pyEncoder = codecInfo = null;
        if (k == Kind.SINGLE && !Codecs.isSingleByteShortcut(enc)) {
            k = Kind.PYTHON;
            registryCodec(ts == null ? ThreadState.current() : ts, enc, errs);
        }
        kind = k;
        decodeAs = enc;
        encodeAs = enc;
        if (k == Kind.UTF8_SIG || k == Kind.UTF16 || k == Kind.UTF32) {
            encodeAs = withoutBom(k);
        }
    }

    /** The registry's codec for a text encoding, and its incremental decoder and encoder. */
    private void registryCodec(ThreadState ts, String enc, String errs) {
        Object info = CodecRegistry.of(ts).lookupText(ts, enc, "codecs.open()");
        codecInfo = info;
        if (readable) {
            pyDecoder = Ops.call(ts, Ops.getAttr(ts, info, "incrementaldecoder"), errs);
        }
        if (writable) {
            pyEncoder = Ops.call(ts, Ops.getAttr(ts, info, "incrementalencoder"), errs);
        }
    }

    /** A writer that does not start at offset 0 writes no BOM (CPython's encoding_start_of_stream). */
    private void startOfStream(ThreadState ts) {
        boolean bom = kind == Kind.UTF8_SIG || kind == Kind.UTF16 || kind == Kind.UTF32;
        bomPending = false;
        if (!writable || !(bom || kind == Kind.PYTHON)) {
            return;
        }
        boolean atZero = !seekable || bufferTell(ts == null ? ThreadState.current() : ts) == 0;
        if (kind == Kind.PYTHON) {
            if (!atZero) {
                Io.callMethod(ts, pyEncoder, "setstate", 0L);
            }
            return;
        }
        bomPending = atZero;
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

    // ---- state checks ----

    private void checkAttached() {
        if (buffer == null) {
            throw detached ? PyException.valueError("underlying buffer has been detached") : Io.uninitialized();
        }
    }

    private void checkInitialized() {
        if (encoding == null) {
            throw Io.uninitialized();
        }
    }

    @Override
    boolean closedNow() {
        checkAttached();
        if (buffered != null) {
            return buffered.closedNow();
        }
        return Ops.isTrue(ThreadState.current(), Ops.getAttr(ThreadState.current(), buffer, "closed"));
    }

    private void checkClosed(ThreadState ts) {
        checkAttached();
        boolean closed = type == TYPE ? closedNow() : Ops.isTrue(ts, Ops.getAttr(ts, this, "closed"));
        if (closed) {
            throw Io.closedFile();
        }
    }

    private long bufferTell(ThreadState ts) {
        if (buffered != null) {
            return buffered.tell(ts);
        }
        return Convert.asLong(ts, Io.callMethod(ts, buffer, "tell"));
    }

    // ---- writing ----

    /** Writes text (print's path: one call per printed line). */
    @Override
    public void write(String s) {
        writeText(ThreadState.current(), s);
    }

    private synchronized void writeText(ThreadState ts, String s) {
        checkClosed(ts);
        if (!writable) {
            throw Io.unsupported("not writable");
        }
        boolean hasLf = s.indexOf('\n') >= 0;
        boolean needFlush = (flushAtNewline || lineBuffering) && (hasLf || (lineBuffering && s.indexOf('\r') >= 0));
        String text = s;
        if (hasLf && newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            text = s.replace("\n", newline);
        }
        if (decoded || pos < pending.length() || carry.length > 0) {
            // Writing after reading: the read-ahead text is dropped (CPython does the same).
            resetReader();
            decoded = false;
            resetDecoder(ts);
        }
        byte[] bytes = encode(ts, text);
        if (buffered != null) {
            buffered.write(ts, bytes, 0, bytes.length);
            if (needFlush) {
                buffered.flush();
            }
            return;
        }
        if (pendingOut != null && pendingOut.size() + bytes.length > chunkSize) {
            flushPending(ts);
        }
        if (pendingOut == null) {
            pendingOut = new ByteArrayOutputStream();
        }
        pendingOut.write(bytes, 0, bytes.length);
        if (pendingOut.size() >= chunkSize || needFlush || writeThrough) {
            flushPending(ts);
        }
        if (needFlush) {
            Io.callMethod(ts, buffer, "flush");
        }
    }

    /** Passes encoded text waiting here to the buffer. */
    private void flushPending(ThreadState ts) {
        ByteArrayOutputStream p = pendingOut;
        if (p != null && p.size() > 0) {
            pendingOut = null;
            Io.callMethod(ts, buffer, "write", PyBytes.of(p.toByteArray()));
        }
    }

    private byte[] encode(ThreadState ts, String s) {
        if (kind == Kind.PYTHON) {
            Object r = Io.callMethod(ts, pyEncoder, "encode", s);
            if (!(r instanceof PyBytes b)) {
                throw PyException.typeError("encoder should return a bytes object, not '" + Ops.typeName(r) + "'");
            }
            return b.value();
        }
        if (bomPending) {
            if (s.isEmpty()) {
                return NO_BYTES;
            }
            bomPending = false;
            return Codecs.encode(s, encoding, errors);
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

    /** Writes out encoded text and the buffer's bytes (also on a closed stream, where there are none). */
    @Override
    public void flush() {
        ThreadState ts = ThreadState.current();
        synchronized (this) {
            if (buffer == null) {
                return;
            }
            if (buffered != null) {
                buffered.flush();
                return;
            }
            flushPending(ts);
        }
        Io.callMethod(ts, buffer, "flush");
    }

    // ---- reading ----

    private void resetReader() {
        pending = "";
        pos = 0;
        carry = NO_BYTES;
    }

    private void resetDecoder(ThreadState ts) {
        if (pyDecoder != null) {
            Io.callMethod(ts, pyDecoder, "reset");
        }
    }

    private void checkReadable(ThreadState ts) {
        checkClosed(ts);
        if (!readable) {
            throw Io.unsupported("not readable");
        }
        flushPending(ts);
    }

    /** Up to {@code n} bytes from the buffer: read1 where it has it. */
    private byte[] readBytes(ThreadState ts, int n) {
        if (buffered != null) {
            return buffered.read1(ts, n);
        }
        String method = hasRead1 ? "read1" : "read";
        Object r = Io.callMethod(ts, buffer, method, (long) n);
        PyBuffer b = r == Singleton.NONE ? PyBuffer.of(NO_BYTES) : Convert.bufferOrNull(r);
        if (b == null) {
            throw PyException.typeError("underlying " + method + "() should have returned a bytes-like object, not '"
                    + Ops.typeName(r) + "'");
        }
        return b.toArrayShared();
    }

    /** Everything left in the buffer. */
    private byte[] readAllBytes(ThreadState ts) {
        if (buffered != null) {
            return buffered.read(ts, -1);
        }
        Object r = Io.callMethod(ts, buffer, "read");
        if (r == Singleton.NONE) {
            return NO_BYTES;
        }
        if (!(r instanceof PyBytes b)) {
            throw PyException.typeError("underlying read() should have returned a bytes object, not '"
                    + Ops.typeName(r) + "'");
        }
        return b.value();
    }

    /** Decodes the next chunk onto the pending text; false at end of file. */
    private boolean readChunk(ThreadState ts) {
        byte[] b = readBytes(ts, chunkSize);
        boolean last = b.length == 0;
        String text = decode(ts, b, last);
        decoded = true;
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
    private String decode(ThreadState ts, byte[] data, boolean last) {
        if (kind == Kind.PYTHON) {
            Object r = Io.callMethod(ts, pyDecoder, "decode", PyBytes.of(data), last);
            if (!(r instanceof String s)) {
                throw PyException.typeError("decoder should return a string result, not '" + Ops.typeName(r) + "'");
            }
            return s;
        }
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
        carry = cut == b.length ? NO_BYTES : Arrays.copyOfRange(b, cut, b.length);
        if (cut == start) {
            return "";
        }
        byte[] whole = start == 0 && cut == b.length ? b : Arrays.copyOfRange(b, start, cut);
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
        String text = pending.substring(from, to);
        if (newline != null) {
            seen |= PyNewlineDecoder.kinds(text);
            return text;
        }
        if (text.indexOf('\r') < 0) {
            if (text.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return text;
        }
        seen |= PyNewlineDecoder.kinds(text);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** One line with its newline, at most {@code limit} characters when limit is not negative; "" at end of file. */
    public synchronized String readLine(long limit) {
        ThreadState ts = ThreadState.current();
        checkReadable(ts);
        eof = false;
        while (true) {
            int end = lineEnd(pos);
            int n = pending.length();
            if (end < 0 && !eof && (limit < 0 || n - pos <= limit)) {
                readChunk(ts);
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
    private synchronized String readAll(ThreadState ts, long limit) {
        checkReadable(ts);
        eof = false;
        if (limit < 0) {
            byte[] rest = readAllBytes(ts);
            String text = decode(ts, rest, true);
            String all = pos == 0 && pending.isEmpty() ? text : pending.substring(pos) + text;
            pending = all;
            pos = 0;
            String result = take(0, all.length());
            resetReader();
            decoded = false;
            return result;
        }
        // One more character than asked, so that a final '\r' can see a following '\n'.
        while (pending.length() - pos <= limit && !eof) {
            readChunk(ts);
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
    private long tellPosition(ThreadState ts) {
        long p = bufferTell(ts);
        if (pos < pending.length()) {
            String rest = pending.substring(pos);
            p -= kind == Kind.UTF8 ? utf8Length(rest) : encodedLength(ts, rest);
        }
        return p - carry.length;
    }

    private long encodedLength(ThreadState ts, String s) {
        if (kind == Kind.PYTHON) {
            Object r = Ops.call(ts, Ops.getAttr(ts, codecInfo, "encode"), s, errors);
            return Ops.len(ts, Ops.getItem(ts, r, 0L));
        }
        return Codecs.encode(s, decodeAs, errors).length;
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

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyTextIO((PyType) cls);
    }

    private static String strOrNone(Object o, String param) {
        if (o == Singleton.NONE) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        throw PyException.typeError("TextIOWrapper() argument '" + param + "' must be str or None, not "
                + Ops.typeName(o));
    }

    private static boolean intFlag(ThreadState ts, Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Double) {
            throw PyException.typeError("'float' object cannot be interpreted as an integer");
        }
        return Convert.asInt(ts, o) != 0;
    }

    @PyMethod("($self, /, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)")
    public static void __init__(ThreadState ts, Object self, Object buffer, Object encoding, Object errors,
            Object newline, Object lineBuffering, Object writeThrough) {
        PyTextIO t = self(self);
        String enc = strOrNone(encoding, "encoding");
        String errs = strOrNone(errors, "errors");
        String nl = strOrNone(newline, "newline");
        checkNewline(nl);
        boolean lb = intFlag(ts, lineBuffering);
        boolean wt = intFlag(ts, writeThrough);
        synchronized (t) {
            t.encoding = null;
            t.buffer = null;
            t.init(ts, buffer, enc, errs, nl, lb, wt);
        }
    }

    @PyMethod("($self, text, /)")
    public static Object write(ThreadState ts, Object self, Object text) {
        if (!(text instanceof String s)) {
            throw PyException.typeError("write() argument must be str, not " + Ops.typeName(text));
        }
        self(self).writeText(ts, s);
        return (long) s.codePointCount(0, s.length());
    }

    @PyMethod("($self, /)")
    public static Object flush(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkClosed(ts);
        t.telling = t.seekable;
        t.flush();
        return Singleton.NONE;
    }

    @PyMethod("($self, size=-1, /)")
    public static Object readline(ThreadState ts, Object self, Object size) {
        PyTextIO t = self(self);
        t.checkAttached();
        return t.readLine(Io.sizeArg(ts, size));
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read(ThreadState ts, Object self, Object size) {
        PyTextIO t = self(self);
        t.checkAttached();
        return t.readAll(ts, Io.sizeArg(ts, size));
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        Object line;
        synchronized (t) {
            t.telling = false;
            if (t.type == TYPE) {
                line = t.readLine(-1);
            } else {
                line = Io.callMethod(ts, t, "readline");
                if (!(line instanceof String)) {
                    throw PyException.of(Exc.OSError, "readline() should have returned a str object, not '"
                            + Ops.typeName(line) + "'");
                }
            }
            if (((String) line).isEmpty()) {
                t.telling = t.seekable;
                throw PyException.of(Exc.StopIteration, null);
            }
        }
        return line;
    }

    @PyMethod("($self, /)")
    public static Object close(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        if (t.closedNow()) {
            return Singleton.NONE;
        }
        PyException flushError = null;
        try {
            Io.callMethod(ts, t, "flush");
        } catch (PyException e) {
            flushError = e;
        }
        try {
            if (t.buffered != null) {
                PyBufferedIO.close(ts, t.buffered);
            } else {
                Io.callMethod(ts, t.buffer, "close");
            }
        } catch (PyException e) {
            if (flushError != null) {
                e.exc.context = flushError.exc;
            }
            throw e;
        }
        if (flushError != null) {
            throw flushError;
        }
        return Singleton.NONE;
    }

    @PyMethod("($self, /)")
    public static Object detach(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        Io.callMethod(ts, t, "flush");
        synchronized (t) {
            Object b = t.buffer;
            t.buffer = null;
            t.buffered = null;
            t.detached = true;
            return b;
        }
    }

    @PyMethod("($self, cookie, whence=0, /)")
    public static Object seek(ThreadState ts, Object self, Object cookie, int whence) {
        PyTextIO t = self(self);
        t.checkClosed(ts);
        if (!t.seekable) {
            throw Io.unsupported("underlying stream is not seekable");
        }
        long target;
        if (whence == 1) {
            if (!Ops.eq(ts, cookie, 0L)) {
                throw Io.unsupported("can't do nonzero cur-relative seeks");
            }
            target = Convert.asLong(ts, tell(ts, t));
        } else if (whence == 2) {
            if (!Ops.eq(ts, cookie, 0L)) {
                throw Io.unsupported("can't do nonzero end-relative seeks");
            }
            Io.callMethod(ts, t, "flush");
            synchronized (t) {
                t.resetReader();
                t.decoded = false;
                t.resetDecoder(ts);
                t.telling = t.seekable;
                long end = t.buffered != null ? t.buffered.seek(ts, 0, 2)
                        : Convert.asLong(ts, Io.callMethod(ts, t.buffer, "seek", 0L, 2L));
                t.atStart = end == 0;
                t.startOfStream(ts);
                return end;
            }
        } else if (whence != 0) {
            throw PyException.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        } else {
            if (cookie instanceof Double) {
                throw PyException.typeError("an integer is required");
            }
            target = Convert.asLong(ts, cookie);
        }
        if (target < 0) {
            throw PyException.valueError("negative seek position " + target);
        }
        Io.callMethod(ts, t, "flush");
        synchronized (t) {
            t.resetReader();
            t.decoded = false;
            t.resetDecoder(ts);
            t.telling = t.seekable;
            if (t.buffered != null) {
                t.buffered.seek(ts, target, 0);
            } else {
                Io.callMethod(ts, t.buffer, "seek", target);
            }
            t.atStart = target == 0;
            if (target == 0) {
                t.startOfStream(ts);
            } else if (t.pyEncoder != null) {
                Io.callMethod(ts, t.pyEncoder, "setstate", 0L);
            } else {
                t.bomPending = false;
            }
            return target;
        }
    }

    @PyMethod("($self, /)")
    public static Object tell(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkClosed(ts);
        if (!t.seekable) {
            throw Io.unsupported("underlying stream is not seekable");
        }
        if (!t.telling) {
            throw PyException.of(Exc.OSError, "telling position disabled by next() call");
        }
        Io.callMethod(ts, t, "flush");
        synchronized (t) {
            return t.tellPosition(ts);
        }
    }

    @PyMethod("($self, pos=None, /)")
    public static Object truncate(ThreadState ts, Object self, Object size) {
        PyTextIO t = self(self);
        t.checkAttached();
        Io.callMethod(ts, t, "flush");
        if (t.buffered != null) {
            return PyBufferedIO.truncate(ts, t.buffered, size);
        }
        return Io.callMethod(ts, t.buffer, "truncate", size);
    }

    @PyMethod("($self, *, encoding=None, errors=None, newline=?, line_buffering=None, write_through=None)")
    public static void reconfigure(ThreadState ts, Object self, Object encoding, Object errors, Object newline,
            Object lineBuffering, Object writeThrough) {
        PyTextIO t = self(self);
        t.checkAttached();
        String nl = null;
        if (newline != null && newline != Singleton.NONE) {
            if (!(newline instanceof String s)) {
                throw PyException.typeError("reconfigure() argument 'newline' must be str or None, not "
                        + Ops.typeName(newline));
            }
            nl = s;
        }
        synchronized (t) {
            if (t.decoded && (encoding != Singleton.NONE || errors != Singleton.NONE || newline != null)) {
                throw Io.unsupported("It is not possible to set the encoding or newline of stream after the first read");
            }
        }
        if (encoding != Singleton.NONE && !(encoding instanceof String)) {
            throw PyException.typeError("reconfigure() argument 'encoding' must be str or None, not "
                    + Ops.typeName(encoding));
        }
        if (errors != Singleton.NONE && !(errors instanceof String)) {
            throw PyException.typeError("reconfigure() argument 'errors' must be str or None, not "
                    + Ops.typeName(errors));
        }
        if (newline != null) {
            checkNewline(nl);
        }
        boolean lb = lineBuffering == Singleton.NONE ? t.lineBuffering : Ops.isTrue(ts, lineBuffering);
        boolean wt = writeThrough == Singleton.NONE ? t.writeThrough : Ops.isTrue(ts, writeThrough);
        Io.callMethod(ts, t, "flush");
        synchronized (t) {
            if (newline != null) {
                t.newline = nl;
            }
            if (encoding != Singleton.NONE || errors != Singleton.NONE || newline != null) {
                String enc = encoding == Singleton.NONE ? t.encoding : (String) encoding;
                if (enc.equals("locale")) {
                    enc = "UTF-8";
                }
                String errs = errors != Singleton.NONE ? (String) errors : encoding == Singleton.NONE ? t.errors : "strict";
                t.setCodec(ts, enc, errs);
                t.encoding = enc;
                t.errors = errs;
                t.atStart = true;
                t.startOfStream(ts);
            }
            t.lineBuffering = lb;
            t.flushAtNewline |= lb;
            t.writeThrough = wt;
        }
    }

    @PyMethod("($self, /)")
    public static Object fileno(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        return t.buffered != null ? PyBufferedIO.fileno(ts, t.buffered) : Io.callMethod(ts, t.buffer, "fileno");
    }

    @PyMethod("($self, /)")
    public static Object isatty(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        return t.buffered != null ? PyBufferedIO.isatty(ts, t.buffered) : Io.callMethod(ts, t.buffer, "isatty");
    }

    @PyMethod("($self, /)")
    public static Object readable(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        return t.buffered != null ? PyBufferedIO.readable(ts, t.buffered) : Io.callMethod(ts, t.buffer, "readable");
    }

    @PyMethod("($self, /)")
    public static Object writable(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        return t.buffered != null ? PyBufferedIO.writable(ts, t.buffered) : Io.callMethod(ts, t.buffer, "writable");
    }

    @PyMethod("($self, /)")
    public static Object seekable(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        return t.buffered != null ? PyBufferedIO.seekable(ts, t.buffered) : Io.callMethod(ts, t.buffer, "seekable");
    }

    @PyGetter("name")
    public static Object name(Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        return Ops.getAttr(ThreadState.current(), t.buffer, "name");
    }

    @PyGetter("closed")
    public static Object closed(Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        return t.buffered != null ? t.buffered.closedNow() : Ops.getAttr(ThreadState.current(), t.buffer, "closed");
    }

    @PyGetter("encoding")
    public static Object encoding(Object self) {
        self(self).checkInitialized();
        return self(self).encoding;
    }

    @PyGetter("errors")
    public static Object errors(Object self) {
        self(self).checkInitialized();
        return self(self).errors;
    }

    @PyGetter("line_buffering")
    public static Object lineBuffering(Object self) { return self(self).lineBuffering; }

    @PyGetter("write_through")
    public static Object writeThrough(Object self) { return self(self).writeThrough; }

    @PyGetter("newlines")
    public static Object newlines(Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        if (!t.readable || (t.newline != null && !t.newline.isEmpty())) {
            return Singleton.NONE;
        }
        return PyNewlineDecoder.newlines(t.seen);
    }

    @PyGetter("buffer")
    public static Object buffer(Object self) {
        PyTextIO t = self(self);
        t.checkInitialized();
        return t.buffer == null ? Singleton.NONE : t.buffer;
    }

    @PyGetter("_CHUNK_SIZE")
    public static Object chunkSize(Object self) {
        PyTextIO t = self(self);
        t.checkAttached();
        return (long) t.chunkSize;
    }

    @PySetter("_CHUNK_SIZE")
    public static void setChunkSize(Object self, Object value) {
        PyTextIO t = self(self);
        t.checkAttached();
        if (value == null) {
            throw PyException.attributeError("cannot delete attribute", self, "_CHUNK_SIZE");
        }
        long n = Convert.asSsize(ThreadState.current(), value);
        if (n <= 0) {
            throw PyException.valueError("a strictly positive integer is required");
        }
        synchronized (t) {
            t.chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 16);
        }
    }

    @PyGetter("_finalizing")
    public static Object finalizing(Object self) { return false; }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyTextIO t = self(self);
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        Object name;
        try {
            name = Io.attrOrNull(ts, t, "name");
        } catch (PyException e) {
            if (!e.exc.matches(Exc.ValueError)) {
                throw e;
            }
            name = null;
        }
        if (name != null) {
            sb.append(" name=").append(Ops.repr(ts, name));
        }
        Object mode = Io.attrOrNull(ts, t, "mode");
        if (mode != null) {
            sb.append(" mode=").append(Ops.repr(ts, mode));
        }
        t.checkInitialized();
        return sb.append(" encoding=").append(Ops.repr(ts, t.encoding)).append('>').toString();
    }
}
