package org.pythebo.modules.zlib;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A decompression stream: the zlib or gzip header read here byte by byte (with zlib's checks and
 * messages), the deflate data inflated by the JDK's raw Inflater, then the trailer checked.
 * Not thread-safe: its Decompress object serialises the calls.
 *
 * <p>The JDK's Inflater cannot be copied, so {@link #copy} replays the calls made so far on a
 * new one; they are recorded while the input stays under {@link Deflating#REPLAY_LIMIT} bytes.
 */
final class Inflating {
    private static final int HEADER = 0, DATA = 1, TRAILER = 2, END = 3;
    /** Where in a header the next byte goes. */
    private static final int MAGIC = 0, DICT_ID = 2, GZ_METHOD = 3, GZ_FLAGS = 4, GZ_FIXED = 5,
            GZ_XLEN = 6, GZ_EXTRA = 7, GZ_NAME = 8, GZ_COMMENT = 9, GZ_HCRC = 10;
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

    private final Framing framing;
    private final byte[] dict;
    /** RAW, ZLIB or GZIP once the data has said which (AUTO until then). */
    private int kind;
    private int phase;
    private Inflater inflater;
    private Checksums.Running check;
    private long total;
    /** A data error zlib met: the stream stays broken and repeats it. */
    private String broken;

    // The header being read.
    private int field = MAGIC;
    private int firstByte = -1;
    private int gzipFlags;
    private int count;
    private int remaining;
    private long value;
    private Checksums.Running headerCrc = new Checksums.Running(true);
    private long crcBeforeHcrc;
    private final byte[] oneByte = new byte[1];

    /** The trailer bytes read so far. */
    private byte[] trailer = new byte[8];
    private int trailerLength;

    /** How many input bytes the last {@link #run} used. */
    int consumed;

    /** The calls made on the inflater (see Deflating); null past the limit. */
    private List<Object> replay;
    private long replayed;

    /** A stream for a decompressor object ({@code copyable}: recording its calls for copy()) or a one-shot call. */
    Inflating(Framing framing, byte[] dict, boolean copyable) {
        this.framing = framing;
        this.dict = dict;
        this.replay = copyable ? new ArrayList<>() : null;
        this.kind = framing.kind();
        if (kind == Framing.RAW) {
            startData();
        }
    }

    boolean atEnd() {
        return phase == END;
    }

    private void startData() {
        inflater = new Inflater(true);
        if (kind == Framing.RAW && dict != null) {
            setDictionary(dict);
        }
        check = kind == Framing.RAW ? null : new Checksums.Running(kind == Framing.GZIP);
        phase = DATA;
    }

    private void setDictionary(byte[] d) {
        inflater.setDictionary(d);
        log(new Object[] {d});
    }

    private void log(Object op) {
        if (replay != null) {
            replay.add(op);
        }
    }

    private RuntimeException dataError(String doing, String message) {
        broken = message;
        return ZlibModule.error(ZlibModule.Z_DATA_ERROR, doing, message);
    }

    /**
     * Decompresses {@code in[off, off+len)} into at most {@code limit} bytes of output, as one
     * call of zlib's inflate loop in CPython does; returns the output, and the number of input
     * bytes used through {@link #consumed}.
     */
    byte[] run(byte[] in, int off, int len, long limit, String doing) {
        if (broken != null) {
            throw ZlibModule.error(ZlibModule.Z_DATA_ERROR, doing, broken);
        }
        OutputBlocks out = new OutputBlocks(limit);
        int pos = off;
        int end = off + len;
        loop:
        while (true) {
            switch (phase) {
                case HEADER -> {
                    while (phase == HEADER && pos < end) {
                        headerByte(in[pos++] & 0xff, doing);
                    }
                    if (phase == HEADER) {
                        break loop;
                    }
                }
                case DATA -> {
                    pos = inflate(in, pos, end, out, doing);
                    if (phase == DATA) {
                        break loop;
                    }
                }
                case TRAILER -> {
                    int need = kind == Framing.GZIP ? 8 : 4;
                    while (trailerLength < need && pos < end) {
                        trailer[trailerLength++] = in[pos++];
                    }
                    if (trailerLength < need) {
                        break loop;
                    }
                    checkTrailer(doing);
                    phase = END;
                }
                default -> {
                    break loop;
                }
            }
        }
        consumed = pos - off;
        return out.toArray();
    }

    /** Inflates until the input is used up, the output limit is reached or the deflate data ends. */
    private int inflate(byte[] in, int pos, int end, OutputBlocks out, String doing) {
        while (true) {
            byte[] block = out.block();
            if (block == null) {
                return pos;
            }
            int at = out.position();
            int room = out.room();
            int given = end - pos;
            inflater.setInput(in, pos, given);
            int n;
            try {
                n = inflater.inflate(block, at, room);
            } catch (DataFormatException e) {
                throw dataError(doing, e.getMessage());
            }
            if (replay != null) {
                replayed += given;
                if (replayed > Deflating.REPLAY_LIMIT) {
                    replay = null;
                } else {
                    replay.add(new Object[] {in, pos, given, room});
                }
            }
            pos += given - inflater.getRemaining();
            if (check != null) {
                check.update(block, at, n);
            }
            total += n;
            out.advance(n);
            if (inflater.finished()) {
                inflater.end();
                phase = kind == Framing.RAW ? END : TRAILER;
                return pos;
            }
            if (!out.full() && (pos == end || n == 0)) {
                return pos;
            }
        }
    }

    private void checkTrailer(String doing) {
        long want = check.value();
        if (kind == Framing.ZLIB) {
            long got = (trailer[0] & 0xffL) << 24 | (trailer[1] & 0xff) << 16 | (trailer[2] & 0xff) << 8 | trailer[3] & 0xff;
            if (got != want) {
                throw dataError(doing, "incorrect data check");
            }
            return;
        }
        long crc = le32(trailer, 0);
        if (crc != want) {
            throw dataError(doing, "incorrect data check");
        }
        if (le32(trailer, 4) != (total & 0xffffffffL)) {
            throw dataError(doing, "incorrect length check");
        }
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    // ---- headers, a byte at a time ----

    private void headerByte(int b, String doing) {
        if (kind == Framing.GZIP && field != MAGIC) {
            oneByte[0] = (byte) b;
            headerCrc.update(oneByte, 0, 1);
        }
        switch (field) {
            case MAGIC -> {
                if (firstByte < 0) {
                    firstByte = b;
                    return;
                }
                if (kind != Framing.ZLIB && firstByte == 0x1f && b == 0x8b) {
                    kind = Framing.GZIP;
                    headerCrc.update(new byte[] {0x1f, (byte) 0x8b}, 0, 2);
                    field = GZ_METHOD;
                    return;
                }
                if (kind == Framing.GZIP) {
                    throw dataError(doing, "incorrect header check");
                }
                kind = Framing.ZLIB;
                zlibHeader(firstByte, b, doing);
            }
            case DICT_ID -> {
                value = value << 8 | b;
                if (++count == 4) {
                    useDictionary(doing);
                }
            }
            case GZ_METHOD -> {
                if (b != ZlibModule.DEFLATED) {
                    throw dataError(doing, "unknown compression method");
                }
                field = GZ_FLAGS;
            }
            case GZ_FLAGS -> {
                if ((b & 0xe0) != 0) {
                    throw dataError(doing, "unknown header flags set");
                }
                gzipFlags = b;
                field = GZ_FIXED;
                remaining = 6;
            }
            case GZ_FIXED -> {
                if (--remaining == 0) {
                    nextGzipField(GZ_FIXED);
                }
            }
            case GZ_XLEN -> {
                value |= (long) b << (8 * count);
                if (++count == 2) {
                    remaining = (int) value;
                    field = GZ_EXTRA;
                    if (remaining == 0) {
                        nextGzipField(GZ_EXTRA);
                    }
                }
            }
            case GZ_EXTRA -> {
                if (--remaining == 0) {
                    nextGzipField(GZ_EXTRA);
                }
            }
            case GZ_NAME, GZ_COMMENT -> {
                if (b == 0) {
                    nextGzipField(field);
                }
            }
            case GZ_HCRC -> {
                value |= (long) b << (8 * count);
                if (++count == 2) {
                    // The header's CRC covers the bytes before these two.
                    if (value != (crcBeforeHcrc & 0xffff)) {
                        throw dataError(doing, "header crc mismatch");
                    }
                    startData();
                }
            }
            default -> throw new IllegalStateException("header field " + field);
        }
    }

    /** The field after {@code done} that the gzip flags ask for, or the data. */
    private void nextGzipField(int done) {
        int[] order = {GZ_FIXED, GZ_EXTRA, GZ_NAME, GZ_COMMENT, GZ_HCRC};
        int[] flag = {0, FEXTRA, FNAME, FCOMMENT, FHCRC};
        int i = 0;
        while (order[i] != done) {
            i++;
        }
        for (i++; i < order.length; i++) {
            if ((gzipFlags & flag[i]) != 0) {
                field = order[i] == GZ_EXTRA ? GZ_XLEN : order[i];
                count = 0;
                value = 0;
                if (field == GZ_HCRC) {
                    crcBeforeHcrc = headerCrc.value();
                }
                return;
            }
        }
        startData();
    }

    private void zlibHeader(int cmf, int flg, String doing) {
        if ((cmf << 8 | flg) % 31 != 0) {
            throw dataError(doing, "incorrect header check");
        }
        if ((cmf & 0x0f) != ZlibModule.DEFLATED) {
            throw dataError(doing, "unknown compression method");
        }
        int window = (cmf >> 4) + 8;
        int allowed = framing.window() == 0 ? window : framing.window();
        if (window > 15 || window > allowed) {
            throw dataError(doing, "invalid window size");
        }
        if ((flg & 0x20) != 0) {
            field = DICT_ID;
            count = 0;
            value = 0;
            return;
        }
        startData();
    }

    /** After a preset dictionary's id: zlib asks for the dictionary (Z_NEED_DICT) and checks it is the one. */
    private void useDictionary(String doing) {
        if (dict == null) {
            throw ZlibModule.error(ZlibModule.Z_NEED_DICT, doing, null);
        }
        if (Checksums.adler32(1, dict, 0, dict.length) != value) {
            throw ZlibModule.error(ZlibModule.Z_DATA_ERROR, "while setting zdict",
                    ZlibModule.codeMessage(ZlibModule.Z_DATA_ERROR));
        }
        startData();
        setDictionary(dict);
    }

    // ---- one shot and copies ----

    /** zlib.decompress(data): the stream's data; data after its end is ignored, as zlib does. */
    byte[] decompressAll(byte[] in, int off, int len) {
        byte[] out = run(in, off, len, Long.MAX_VALUE, "while decompressing data");
        if (phase != END) {
            throw ZlibModule.error(ZlibModule.Z_BUF_ERROR, "while decompressing data",
                    ZlibModule.codeMessage(ZlibModule.Z_BUF_ERROR));
        }
        return out;
    }

    /** A stream in the same state, or null when too much has gone through to replay it. */
    Inflating copy() {
        if (replay == null) {
            return null;
        }
        Inflating c = new Inflating(framing, dict, true);
        c.kind = kind;
        c.phase = phase;
        c.replay = new ArrayList<>(replay);
        c.replayed = replayed;
        if (phase == DATA) {
            c.inflater = new Inflater(true);
            byte[] scratch = new byte[0];
            for (Object op : replay) {
                Object[] call = (Object[]) op;
                if (call.length == 1) {
                    c.inflater.setDictionary((byte[]) call[0]);
                    continue;
                }
                c.inflater.setInput((byte[]) call[0], (int) call[1], (int) call[2]);
                int room = (int) call[3];
                if (scratch.length < room) {
                    scratch = new byte[room];
                }
                try {
                    c.inflater.inflate(scratch, 0, room);
                } catch (DataFormatException e) {
                    throw new IllegalStateException("a replay failed where the stream did not", e);
                }
            }
            c.inflater.setInput(new byte[0]);
        }
        c.check = check == null ? null : check.copy();
        c.total = total;
        c.broken = broken;
        c.field = field;
        c.firstByte = firstByte;
        c.gzipFlags = gzipFlags;
        c.count = count;
        c.remaining = remaining;
        c.value = value;
        c.crcBeforeHcrc = crcBeforeHcrc;
        c.headerCrc = headerCrc.copy();
        c.trailer = trailer.clone();
        c.trailerLength = trailerLength;
        return c;
    }
}
