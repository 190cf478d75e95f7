package org.pythebo.modules._hashlib;

import java.util.Objects;
import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.JdkDigest;

/**
 * OpenSSL's {@code md5-sha1}: the MD5 digest followed by the SHA-1 digest of the same input (the
 * TLS 1.0 handshake hash).
 *
 * <p>Thread safety: {@link #update}, {@link #copy} and {@link #digest} lock this object.
 */
public final class Md5Sha1 implements Digest {

    private final Digest md5;
    private final Digest sha1;

    public Md5Sha1() {
        this(JdkDigest.md5(), JdkDigest.sha1());
    }

    private Md5Sha1(Digest md5, Digest sha1) {
        this.md5 = md5;
        this.sha1 = sha1;
    }

    @Override
    public String name() {
        return "md5-sha1";
    }

    @Override
    public int digestSize() {
        return 36;
    }

    @Override
    public int blockSize() {
        return 64;
    }

    @Override
    public synchronized void update(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        md5.update(data, offset, length);
        sha1.update(data, offset, length);
    }

    @Override
    public synchronized Md5Sha1 copy() {
        return new Md5Sha1(md5.copy(), sha1.copy());
    }

    @Override
    public synchronized byte[] digest() {
        byte[] output = new byte[36];
        System.arraycopy(md5.digest(), 0, output, 0, 16);
        System.arraycopy(sha1.digest(), 0, output, 16, 20);
        return output;
    }
}
