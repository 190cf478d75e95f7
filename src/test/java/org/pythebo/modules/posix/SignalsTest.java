package org.pythebo.modules.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pythebo.modules.posix.FilesTest.fails;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Sending signals; the names and numbers are in TablesTest. */
class SignalsTest {

    @Test
    void validSignalsAreAllButGlibcsReservedOnes() {
        int[] expected = IntStream.range(1, Signals.NSIG).filter(s -> s < 32 || s >= Signals.sigrtmin()).toArray();
        assertArrayEquals(expected, Signals.validSignals());
    }

    @Test
    void killDeliversAndReportsErrors() {
        int pid = Spawn.spawn("/bin/sleep".getBytes(StandardCharsets.UTF_8), SpawnTest.argv("sleep", "30"), null,
                List.of(), new Spawn.Attributes(false, 0, null, null, false));
        Signals.killpg(pid, SignalConstants.SIGTERM);
        int status = Processes.waitpid(pid, 0).status();
        assertEquals(SignalConstants.SIGTERM, Processes.wtermsig(status));
        fails(ErrnoConstants.ESRCH, () -> Signals.killpg(pid, 0));
        fails(ErrnoConstants.EINVAL, () -> Signals.kill(Processes.getpid(), 1000));
        Signals.kill(Processes.getpid(), 0);
    }

    @Test
    void signalsToThisThreadWithNoEffect() {
        Signals.raise(0);
        Signals.pthreadKill(Signals.pthreadSelf(), 0);
        fails(ErrnoConstants.EINVAL, () -> Signals.pthreadKill(Signals.pthreadSelf(), 1000));
        fails(ErrnoConstants.EINVAL, () -> Signals.raise(1000));
    }
}
