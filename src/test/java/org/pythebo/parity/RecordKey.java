package org.pythebo.parity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keys the records of CPython's results cached under target/ by content: a record stays valid
 * while the file it describes, the script that made it and the CPython that ran it are the same.
 * Modification times are not enough: a Debian update of the Lib installs files whose times may
 * be older than the records.
 */
public final class RecordKey {
    private RecordKey() {}

    /** The key of a record of {@code file} made by {@code script} under {@code python}. */
    public static String of(Path file, Path script, Path python) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(file));
            sha.update(Files.readAllBytes(script));
            sha.update(python.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the record at {@code base} (its files are base + a suffix) was stored with {@code key}. */
    public static boolean current(Path base, String key) throws IOException {
        Path stored = keyFile(base);
        return Files.isRegularFile(stored) && Files.readString(stored).equals(key);
    }

    /** Marks the record at {@code base} as made for {@code key}, once its files are written. */
    public static void store(Path base, String key) throws IOException {
        Files.createDirectories(base.getParent());
        Files.writeString(keyFile(base), key);
    }

    private static Path keyFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".key");
    }
}
