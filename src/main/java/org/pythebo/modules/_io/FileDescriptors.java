package org.pythebo.modules._io;

import java.io.Closeable;
import java.io.FileDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;

/**
 * The operating system's file descriptor numbers behind the JDK's file channels, and file
 * channels over a descriptor number, so that {@code fileno()} is the real descriptor and
 * {@code open(fd)} works on any descriptor the process has. The JDK keeps both to itself: this
 * reaches them through java.base's internals, which the launcher opens to Pythebo
 * ({@code --add-opens java.base/sun.nio.ch} and {@code java.base/java.io}). In a JVM started
 * without those options there are no descriptor numbers: {@link #number} gives -1 and
 * {@link #channel} null.
 */
final class FileDescriptors {
    private FileDescriptors() {}

    /** FileChannelImpl, its fd, FileDescriptor.fd, FileChannelImpl.open(fd, path, readable, writable, sync, direct, parent). */
    private static final Class<?> CHANNEL_CLASS;
    private static final VarHandle CHANNEL_FD;
    private static final VarHandle FD_NUMBER;
    private static final MethodHandle OPEN;

    static {
        Class<?> channelClass = null;
        VarHandle channelFd = null;
        VarHandle fdNumber = null;
        MethodHandle open = null;
        try {
            Class<?> impl = Class.forName("sun.nio.ch.FileChannelImpl");
            MethodHandles.Lookup channels = MethodHandles.privateLookupIn(impl, MethodHandles.lookup());
            MethodHandles.Lookup descriptors = MethodHandles.privateLookupIn(FileDescriptor.class, MethodHandles.lookup());
            channelFd = channels.findVarHandle(impl, "fd", FileDescriptor.class);
            fdNumber = descriptors.findVarHandle(FileDescriptor.class, "fd", int.class);
            open = channels.findStatic(impl, "open", MethodType.methodType(FileChannel.class, FileDescriptor.class,
                    String.class, boolean.class, boolean.class, boolean.class, boolean.class, Closeable.class));
            channelClass = impl;
        } catch (ReflectiveOperationException | RuntimeException e) {
            channelClass = null;
            channelFd = null;
            fdNumber = null;
            open = null;
        }
        CHANNEL_CLASS = channelClass;
        CHANNEL_FD = channelFd;
        FD_NUMBER = fdNumber;
        OPEN = open;
    }

    /** The descriptor number of a channel from FileChannel.open or {@link #channel}, or -1. */
    static int number(FileChannel channel) {
        if (CHANNEL_CLASS == null || channel.getClass() != CHANNEL_CLASS) {
            return -1;
        }
        return (int) FD_NUMBER.get((FileDescriptor) CHANNEL_FD.get(channel));
    }

    /**
     * A channel over descriptor {@code fd}, or null when the JVM does not let us make one.
     * Closing the channel closes the descriptor only when {@code closefd}; otherwise the
     * descriptor stays open whatever becomes of the channel.
     */
    static FileChannel channel(int fd, boolean readable, boolean writable, boolean closefd) {
        if (OPEN == null) {
            return null;
        }
        FileDescriptor d = new FileDescriptor();
        FD_NUMBER.set(d, fd);
        // A parent makes the channel close through it instead of closing the descriptor (and
        // registers no cleaner that would close it once the channel is unreachable).
        Closeable parent = closefd ? null : () -> { };
        try {
            return (FileChannel) OPEN.invokeExact(d, (String) null, readable, writable, false, false, parent);
        } catch (Throwable t) {
            return null;
        }
    }
}
