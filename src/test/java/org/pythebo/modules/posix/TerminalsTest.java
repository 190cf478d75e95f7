package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.posix.FilesTest.fails;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Terminal calls on a fresh pseudo-terminal. */
class TerminalsTest {
    /** ioctl request setting a terminal's window size from a struct winsize. */
    private static final long TIOCSWINSZ = 0x5414;

    private int[] pty;

    @BeforeEach
    void openPty() {
        pty = Terminals.openpty();
    }

    @AfterEach
    void closePty() {
        Libc.close(pty[0]);
        Libc.close(pty[1]);
    }

    @Test
    void ptyEndsAreNonInheritableTerminals() {
        assertTrue(Terminals.isatty(pty[0]));
        assertTrue(Terminals.isatty(pty[1]));
        assertFalse(Descriptors.getInheritable(pty[0]));
        assertFalse(Descriptors.getInheritable(pty[1]));
        String name = new String(Terminals.ttyname(pty[1]), UTF_8);
        assertTrue(name.startsWith("/dev/pts/"), name);
        assertEquals(Libc.stat(name.getBytes(UTF_8)).rdev(), Libc.fstat(pty[1]).rdev());
        assertEquals("/dev/tty", new String(Terminals.ctermid(), UTF_8));

        int[] pipe = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        try {
            assertFalse(Terminals.isatty(pipe[0]));
            fails(ErrnoConstants.ENOTTY, () -> Terminals.ttyname(pipe[0]));
        } finally {
            Libc.close(pipe[0]);
            Libc.close(pipe[1]);
        }
        assertFalse(Terminals.isatty(987654));
    }

    @Test
    void windowSizeIsReadBack() {
        byte[] winsize = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder())
                .putShort((short) 40).putShort((short) 132).putShort((short) 0).putShort((short) 0).array();
        Descriptors.ioctl(pty[1], TIOCSWINSZ, winsize);
        assertArrayEquals(new int[] {132, 40}, Terminals.getTerminalSize(pty[1]));
        assertArrayEquals(new int[] {132, 40}, Terminals.getTerminalSize(pty[0]));
    }

    @Test
    void attributesRoundTripAndChange() {
        Terminals.Attributes original = Terminals.tcgetattr(pty[1]);
        assertEquals(Structs.NCCS, original.cc().length);
        assertTrue((original.lflag() & TermiosConstants.ECHO) != 0, "a new pty echoes");
        byte[] cc = original.cc().clone();
        cc[TermiosConstants.VMIN] = 3;
        Terminals.Attributes changed = new Terminals.Attributes(original.iflag(), original.oflag(), original.cflag(),
                original.lflag() & ~(TermiosConstants.ECHO | TermiosConstants.ICANON),
                TermiosConstants.B9600, TermiosConstants.B9600, cc);
        Terminals.tcsetattr(pty[1], TermiosConstants.TCSANOW, changed);
        Terminals.Attributes now = Terminals.tcgetattr(pty[1]);
        assertEquals(0, now.lflag() & (TermiosConstants.ECHO | TermiosConstants.ICANON));
        assertEquals(TermiosConstants.B9600, now.ispeed());
        assertEquals(TermiosConstants.B9600, now.ospeed());
        assertEquals(3, now.cc()[TermiosConstants.VMIN]);
        Terminals.tcsetattr(pty[1], TermiosConstants.TCSADRAIN, original);
        assertEquals(original, withSameCc(Terminals.tcgetattr(pty[1]), original));

        Terminals.tcdrain(pty[1]);
        Terminals.tcflush(pty[1], TermiosConstants.TCIOFLUSH);
        Terminals.tcflow(pty[1], TermiosConstants.TCOON);
        Terminals.tcsendbreak(pty[1], 0);
        fails(ErrnoConstants.ENOTTY, () -> Terminals.tcgetpgrp(pty[1]));
    }

    /** Records compare arrays by identity: give {@code actual} the expected array when equal. */
    private static Terminals.Attributes withSameCc(Terminals.Attributes actual, Terminals.Attributes expected) {
        assertArrayEquals(expected.cc(), actual.cc());
        return new Terminals.Attributes(actual.iflag(), actual.oflag(), actual.cflag(), actual.lflag(),
                actual.ispeed(), actual.ospeed(), expected.cc());
    }

    @Test
    void bytesWrittenToTheMasterReachTheSlave() {
        Libc.write(pty[0], "typed\n".getBytes(UTF_8));
        assertEquals("typed\n", new String(Libc.read(pty[1], 100), UTF_8));
    }
}
