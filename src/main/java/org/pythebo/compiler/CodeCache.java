package org.pythebo.compiler;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.zip.CRC32;

import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstCodec;

/**
 * The code cache: the syntax trees of module sources compiled before, so that the next start
 * reads a tree instead of tokenizing, parsing and checking the source again (Pythebo's
 * counterpart of CPython's {@code __pycache__}, which it cannot use: its code is not bytecode).
 *
 * <p>Entries are keyed by a 128-bit hash of the source text (and hold its length), not by file name and time, so an edited
 * file is never served a stale tree, and files with the same text share one entry. Each entry
 * also records the build of Pythebo that wrote it (the time its classes were built), since
 * another build may parse differently. An entry is written to a temporary file and renamed into
 * place, so concurrent processes see a whole entry or none; a damaged, truncated or foreign entry
 * (checked by length and CRC-32) is a miss, and the source is parsed again and the entry
 * rewritten. A cache that cannot be read or written is silently no cache: it only saves time.
 *
 * <p>The directory is {@code $PYTHEBO_CACHE_DIR} (empty: no cache), else
 * {@code $XDG_CACHE_HOME/pythebo}, else {@code ~/.cache/pythebo}.
 */
public final class CodeCache {
    private static final long MAGIC = 0x5079746265624153L; // "PytbebAS"
    private static final int HEADER = 8 + 8 + 4 + 4 + 4;

    private final Path dir;

    private CodeCache(Path dir) {
        this.dir = dir;
    }

    /** The cache in this directory (null: no cache). */
    public static CodeCache at(Path dir) {
        return new CodeCache(dir);
    }

    /** The cache of this process's environment; a cache that is never hit when there is no directory. */
    public static CodeCache fromEnvironment() {
        String explicit = System.getenv("PYTHEBO_CACHE_DIR");
        if (explicit != null) {
            return new CodeCache(explicit.isEmpty() ? null : Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && xdg.startsWith("/")) {
            return new CodeCache(Path.of(xdg, "pythebo"));
        }
        String home = System.getenv("HOME");
        return new CodeCache(home != null && !home.isEmpty() ? Path.of(home, ".cache", "pythebo") : null);
    }

    /** The tree cached for this source, or null. */
    public Ast.Module lookup(String source) {
        if (dir == null || Build.ID == 0) {
            return null;
        }
        try {
            byte[] data = Files.readAllBytes(entry(source));
            ByteBuffer header = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            if (data.length < HEADER || header.getLong() != MAGIC || header.getLong() != Build.ID
                    || header.getInt() != source.length()) {
                return null;
            }
            int length = header.getInt();
            int crc = header.getInt();
            if (length != data.length - HEADER || crc != crc(data, HEADER, length)) {
                return null;
            }
            return AstCodec.decode(java.util.Arrays.copyOfRange(data, HEADER, data.length));
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /** Records the tree of this source (which compiled without error); failures are ignored. */
    public void store(String source, Ast.Module tree) {
        if (dir == null || Build.ID == 0) {
            return;
        }
        Path temp = null;
        try {
            byte[] payload = AstCodec.encode(tree);
            ByteBuffer data = ByteBuffer.allocate(HEADER + payload.length).order(ByteOrder.LITTLE_ENDIAN);
            data.putLong(MAGIC).putLong(Build.ID).putInt(source.length()).putInt(payload.length)
                    .putInt(crc(payload, 0, payload.length)).put(payload);
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "entry", ".tmp");
            Files.write(temp, data.array());
            Path target = entry(source);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            // An unwritable or full cache only costs time.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | SecurityException e) {
                    // Nothing more to do.
                }
            }
        }
    }

    private Path entry(String source) {
        HexFormat hex = HexFormat.of();
        return dir.resolve(hex.toHexDigits(hash(source, 0x9e3779b97f4a7c15L)) + hex.toHexDigits(hash(source, 0xc2b2ae3d27d4eb4fL))
                + ".ast");
    }

    /**
     * A 64-bit hash of the text's UTF-16 code units (unlike UTF-8, they keep lone surrogates
     * apart); two seeds give the 128 bits of an entry's name. Not a cryptographic digest, whose
     * provider takes longer to load than a small module takes to parse: the cache guards against
     * accidents, and whoever can write to it can write anything there anyway.
     */
    private static long hash(String text, long seed) {
        long h = seed ^ text.length();
        for (int k = 0; k < text.length(); k++) {
            h = (h ^ text.charAt(k)) * 0xff51afd7ed558ccdL;
            h ^= h >>> 29;
        }
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }

    private static int crc(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }

    /** Identifies the build of these classes (when they were built), or 0 when unknown: then nothing is cached. */
    private static final class Build {
        static final long ID = compute();

        private static long compute() {
            try {
                Path location = Path.of(CodeCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(location)) {
                    location = location.resolve(CodeCache.class.getName().replace('.', '/') + ".class");
                }
                return Files.getLastModifiedTime(location).toMillis() ^ Files.size(location) << 40;
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return 0;
            }
        }
    }
}
