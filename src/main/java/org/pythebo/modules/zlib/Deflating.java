package org.pythebo.modules.zlib;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A compression stream: the JDK's raw Deflater, the zlib or gzip wrapper written around its
 * output, and what CPython's Compress object shows of zlib's state. Not thread-safe: its
 * Compress object serialises the calls.
 *
 * <p>Where the JDK's zlib cannot be configured as asked, the output is still a valid stream but
 * differs from CPython's: a window smaller than 32 KiB is kept by a full flush each time that
 * much input has gone in (no match then reaches further back), memLevel is always 8, and the
 * Z_RLE and Z_FIXED strategies compress as the default one. Z_PARTIAL_FLUSH and Z_BLOCK flush as
 * Z_SYNC_FLUSH does.
 *
 * <p>The JDK's Deflater cannot be copied, so {@link #copy} replays the calls made so far on a
 * new one; they are recorded while the input stays under {@link #REPLAY_LIMIT} bytes.
 */
final class Deflating {
    /** The most input a stream records for copy(). */
    static final int REPLAY_LIMIT = 1 << 20;

    private final int level;
    private final int strategy;
    private final Framing framing;
    private final byte[] dict;
    private final Deflater deflater;
    private boolean started;
    private boolean ended;
    private Checksums.Running check;
    private long total;
    /** zlib's last flush mode, for its rule that a flush adding nothing is a "buffer error". */
    private int lastFlush = -2;
    /** The message zlib left in the stream, which CPython reports for later errors. */
    private String message;
    /** Input since the last full flush, for windows smaller than the JDK's. */
    private long sinceReset;
    /** The calls made on the deflater: an input array, or a {@code long[] {flush, room}} deflate call; null past the limit. */
    private List<Object> replay;
    private long replayed;

    /** A stream for a compressor object ({@code copyable}: recording its calls for copy()) or a one-shot call. */
    Deflating(int level, int strategy, Framing framing, byte[] dict, boolean copyable) {
        this.replay = copyable ? new ArrayList<>() : null;
        this.level = level;
        this.strategy = strategy;
        this.framing = framing;
        this.dict = dict;
        this.check = new Checksums.Running(framing.kind() == Framing.GZIP);
        this.deflater = newDeflater();
    }

    private Deflater newDeflater() {
        Deflater d = new Deflater(level, true);
        d.setStrategy(switch (strategy) {
            case ZlibModule.Z_FILTERED -> Deflater.FILTERED;
            case ZlibModule.Z_HUFFMAN_ONLY -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        });
        if (dict != null && dict.length > 0) {
            d.setDictionary(dict);
        }
        return d;
    }

    /** zlib's ordering of flush modes (Z_BLOCK between none and partial). */
    private static int rank(int flush) {
        return flush * 2 - (flush > 4 ? 9 : 0);
    }

    private int effectiveLevel() {
        return level == -1 ? 6 : level;
    }

    private byte[] header() {
        if (framing.kind() == Framing.ZLIB) {
            int lvl = effectiveLevel();
            int flags = strategy >= ZlibModule.Z_HUFFMAN_ONLY || lvl < 2 ? 0 : lvl < 6 ? 1 : lvl == 6 ? 2 : 3;
            boolean withDict = dict != null && dict.length > 0;
            int h = (ZlibModule.DEFLATED | (framing.window() - 8) << 4) << 8 | flags << 6 | (withDict ? 0x20 : 0);
            h += 31 - h % 31;
            if (!withDict) {
                return new byte[] {(byte) (h >> 8), (byte) h};
            }
            long id = Checksums.adler32(1, dict, 0, dict.length);
            return new byte[] {(byte) (h >> 8), (byte) h, (byte) (id >> 24), (byte) (id >> 16), (byte) (id >> 8), (byte) id};
        }
        if (framing.kind() == Framing.GZIP) {
            int lvl = effectiveLevel();
            int xfl = lvl == 9 ? 2 : strategy >= ZlibModule.Z_HUFFMAN_ONLY || lvl < 2 ? 4 : 0;
            return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
        }
        return new byte[0];
    }

    private byte[] trailer() {
        long v = check.value();
        if (framing.kind() == Framing.ZLIB) {
            return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }
        if (framing.kind() == Framing.GZIP) {
            return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24),
                    (byte) total, (byte) (total >> 8), (byte) (total >> 16), (byte) (total >> 24)};
        }
        return new byte[0];
    }

    /** The first call that gets past zlib's "nothing to do" check writes the header. */
    private void start(OutputBlocks out) {
        if (!started) {
            started = true;
            out.put(header());
        }
    }

    /** The error of a call on a stream zlib has ended or refuses, with the message zlib left in it. */
    private RuntimeException streamError(String doing) {
        return ZlibModule.error(ZlibModule.Z_STREAM_ERROR, doing,
                message != null ? message : ZlibModule.codeMessage(ZlibModule.Z_STREAM_ERROR));
    }

    // ---- the calls on the deflater, recorded for copy() ----

    private void setInput(byte[] b) {
        deflater.setInput(b);
        if (replay != null) {
            replayed += b.length;
            if (replayed > REPLAY_LIMIT) {
                replay = null;
            } else {
                replay.add(b);
            }
        }
    }

    private int deflate(OutputBlocks out, int flush) {
        byte[] block = out.block();
        int room = out.room();
        int n = deflater.deflate(block, out.position(), room, flush);
        out.advance(n);
        if (replay != null) {
            replay.add(new long[] {flush, room});
        }
        return n;
    }

    private void finish() {
        deflater.finish();
        if (replay != null) {
            replay.add(Boolean.TRUE);
        }
    }

    /** Runs {@code flush} until the deflater leaves room in the output (it has said everything). */
    private void drain(OutputBlocks out, int flush) {
        do {
            deflate(out, flush);
        } while (out.full());
    }

    // ---- compress and flush ----

    /** Compress.compress(data): what the input makes the deflater output now. */
    byte[] compress(byte[] data) {
        if (ended) {
            throw streamError("while compressing data");
        }
        if (data.length == 0 && rank(ZlibModule.Z_NO_FLUSH) <= rank(lastFlush)) {
            message = "buffer error";
            return new byte[0];
        }
        lastFlush = ZlibModule.Z_NO_FLUSH;
        OutputBlocks out = new OutputBlocks(Long.MAX_VALUE);
        start(out);
        feed(out, data, 0, data.length);
        return out.toArray();
    }

    /** Gives the deflater the input, cut at each window's worth when the window is smaller than the JDK's. */
    private void feed(OutputBlocks out, byte[] data, int off, int len) {
        check.update(data, off, len);
        total += len;
        long window = 1L << framing.window();
        while (len > 0) {
            int n = framing.window() < 15 ? (int) Math.min(len, window - sinceReset) : len;
            setInput(off == 0 && n == data.length ? data : java.util.Arrays.copyOfRange(data, off, off + n));
            do {
                deflate(out, Deflater.NO_FLUSH);
            } while (out.full() || !deflater.needsInput());
            off += n;
            len -= n;
            sinceReset += n;
            if (framing.window() < 15 && sinceReset == window) {
                drain(out, Deflater.FULL_FLUSH);
                sinceReset = 0;
            }
        }
    }

    /** Compress.flush(mode). */
    byte[] flush(int mode) {
        if (mode == ZlibModule.Z_NO_FLUSH) {
            return new byte[0];
        }
        if (ended) {
            throw streamError("while flushing");
        }
        if (mode < 0 || mode > ZlibModule.Z_BLOCK) {
            throw streamError("while flushing");
        }
        if (mode != ZlibModule.Z_FINISH && rank(mode) <= rank(lastFlush)) {
            message = "buffer error";
        }
        lastFlush = mode;
        OutputBlocks out = new OutputBlocks(Long.MAX_VALUE);
        start(out);
        if (mode == ZlibModule.Z_FINISH) {
            finishInto(out);
        } else {
            drain(out, mode == ZlibModule.Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
            if (mode == ZlibModule.Z_FULL_FLUSH) {
                sinceReset = 0;
            }
        }
        return out.toArray();
    }

    private void finishInto(OutputBlocks out) {
        finish();
        do {
            deflate(out, Deflater.NO_FLUSH);
        } while (!deflater.finished());
        out.put(trailer());
        ended = true;
        deflater.end();
    }

    /** zlib.compress(data): the whole stream in one call, as CPython makes it (one Z_FINISH call). */
    byte[] compressAll(byte[] data, int off, int len) {
        OutputBlocks out = new OutputBlocks(Long.MAX_VALUE);
        start(out);
        if (framing.window() < 15) {
            feed(out, data, off, len);
        } else {
            check.update(data, off, len);
            total += len;
            setInput(off == 0 && len == data.length ? data : java.util.Arrays.copyOfRange(data, off, off + len));
        }
        finishInto(out);
        return out.toArray();
    }

    boolean ended() {
        return ended;
    }

    /** A stream in the same state, or null when too much has gone through to replay it. */
    Deflating copy() {
        if (replay == null) {
            return null;
        }
        Deflating c = new Deflating(level, strategy, framing, dict, true);
        for (Object op : replay) {
            if (op instanceof byte[] b) {
                c.deflater.setInput(b);
            } else if (op instanceof long[] call) {
                c.deflater.deflate(new byte[(int) call[1]], 0, (int) call[1], (int) call[0]);
            } else {
                c.deflater.finish();
            }
        }
        c.started = started;
        c.ended = ended;
        c.check = check.copy();
        c.total = total;
        c.lastFlush = lastFlush;
        c.message = message;
        c.sinceReset = sinceReset;
        c.replay = new ArrayList<>(replay);
        c.replayed = replayed;
        return c;
    }
}
