package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.posix.FilesTest.fails;
import static org.pythebo.modules.posix.SelectConstants.EPOLLIN;
import static org.pythebo.modules.posix.SelectConstants.EPOLLOUT;
import static org.pythebo.modules.posix.SelectConstants.POLLHUP;
import static org.pythebo.modules.posix.SelectConstants.POLLIN;
import static org.pythebo.modules.posix.SelectConstants.POLLNVAL;
import static org.pythebo.modules.posix.SelectConstants.POLLOUT;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** poll, select and epoll over a pipe. */
class PollingTest {
    private int[] pipe;

    @BeforeEach
    void openPipe() {
        pipe = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
    }

    @AfterEach
    void closePipe() {
        for (int fd : pipe) {
            if (fd >= 0) {
                Libc.close(fd);
            }
        }
    }

    @Test
    void pollReportsReadinessHangupAndBadDescriptors() {
        int[] fds = {pipe[0], pipe[1], 987654};
        short[] events = {(short) POLLIN, (short) POLLOUT, (short) POLLIN};
        short[] revents = new short[3];
        assertEquals(2, Polling.poll(fds, events, revents, 0));
        assertArrayEquals(new short[] {0, (short) POLLOUT, (short) POLLNVAL}, revents);

        Libc.write(pipe[1], "x".getBytes(UTF_8));
        assertEquals(1, Polling.poll(new int[] {pipe[0]}, new short[] {(short) POLLIN}, revents = new short[1], -1));
        assertEquals(POLLIN, revents[0]);

        Libc.close(pipe[1]);
        pipe[1] = -1;
        Libc.read(pipe[0], 1);
        assertEquals(1, Polling.poll(new int[] {pipe[0]}, new short[] {(short) POLLIN}, revents, 1000));
        assertEquals(POLLHUP, revents[0] & POLLHUP);
    }

    @Test
    void pollWaitsForItsTimeout() {
        long start = System.nanoTime();
        assertEquals(0, Polling.poll(new int[] {pipe[0]}, new short[] {(short) POLLIN}, new short[1], 150));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= 140 && waitedMillis < 5000, "waited " + waitedMillis + " ms");
    }

    @Test
    void selectAnswersPerInputIncludingDuplicates() {
        Polling.Selected nothing = Polling.select(new int[] {pipe[0]}, new int[0], new int[] {pipe[0]}, 0);
        assertArrayEquals(new boolean[] {false}, nothing.readable());
        Libc.write(pipe[1], "x".getBytes(UTF_8));
        Polling.Selected ready = Polling.select(new int[] {pipe[0], pipe[0]}, new int[] {pipe[1]}, new int[0], -1);
        assertArrayEquals(new boolean[] {true, true}, ready.readable());
        assertArrayEquals(new boolean[] {true}, ready.writable());
        assertArrayEquals(new boolean[0], ready.exceptional());

        long start = System.nanoTime();
        Libc.read(pipe[0], 1);
        Polling.select(new int[] {pipe[0]}, new int[0], new int[0], 120_000_000L);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= 110 && waitedMillis < 5000, "waited " + waitedMillis + " ms");

        assertThrows(IllegalArgumentException.class, () -> Polling.select(new int[] {Polling.FD_SETSIZE}, new int[0], new int[0], 0));
        assertThrows(IllegalArgumentException.class, () -> Polling.select(new int[] {-1}, new int[0], new int[0], 0));
        int closed = Descriptors.dup(pipe[0]);
        Libc.close(closed);
        fails(ErrnoConstants.EBADF, () -> Polling.select(new int[] {closed}, new int[0], new int[0], 0));
    }

    @Test
    void epollReportsRegisteredDescriptors() {
        int epoll = Polling.epollCreate(SelectConstants.EPOLL_CLOEXEC);
        try {
            assertTrue(!Descriptors.getInheritable(epoll));
            Polling.epollCtl(epoll, Polling.EPOLL_CTL_ADD, pipe[0], EPOLLIN);
            fails(ErrnoConstants.EEXIST, () -> Polling.epollCtl(epoll, Polling.EPOLL_CTL_ADD, pipe[0], EPOLLIN));
            int[] fds = new int[4];
            int[] events = new int[4];
            assertEquals(0, Polling.epollWait(epoll, fds, events, 0));

            Libc.write(pipe[1], "x".getBytes(UTF_8));
            assertEquals(1, Polling.epollWait(epoll, fds, events, -1));
            assertEquals(pipe[0], fds[0]);
            assertEquals(EPOLLIN, events[0]);

            Polling.epollCtl(epoll, Polling.EPOLL_CTL_ADD, pipe[1], EPOLLOUT);
            Polling.epollCtl(epoll, Polling.EPOLL_CTL_DEL, pipe[0], 0);
            assertEquals(1, Polling.epollWait(epoll, fds, events, 100));
            assertEquals(pipe[1], fds[0]);
            assertEquals(EPOLLOUT, events[0]);
            Polling.epollCtl(epoll, Polling.EPOLL_CTL_MOD, pipe[1], EPOLLIN);
            assertEquals(0, Polling.epollWait(epoll, fds, events, 0));
            fails(ErrnoConstants.ENOENT, () -> Polling.epollCtl(epoll, Polling.EPOLL_CTL_DEL, pipe[0], 0));
        } finally {
            Libc.close(epoll);
        }
    }
}
