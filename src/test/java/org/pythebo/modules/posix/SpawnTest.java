package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.posix.FilesTest.bytes;
import static org.pythebo.modules.posix.FilesTest.fails;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** os.posix_spawn / posix_spawnp: running /bin/sh with file actions and attributes. */
class SpawnTest {
    @TempDir
    Path dir;

    static byte[][] argv(String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(UTF_8);
        }
        return argv;
    }

    /** Reads {@code fd} to its end and closes it. */
    static String drain(int fd) {
        StringBuilder text = new StringBuilder();
        try {
            for (byte[] chunk = Libc.read(fd, 65536); chunk.length > 0; chunk = Libc.read(fd, 65536)) {
                text.append(new String(chunk, UTF_8));
            }
        } finally {
            Libc.close(fd);
        }
        return text.toString();
    }

    /** What a child printed and how it ended. */
    record Outcome(String out, int status) {
        int exitCode() {
            return Processes.waitstatusToExitcode(status);
        }
    }

    /** Runs /bin/sh -c {@code script} with its stdout on a pipe, plus {@code extra} actions. */
    static Outcome shell(String script, Spawn.Attributes attributes, Spawn.FileAction... extra) {
        int[] out = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        List<Spawn.FileAction> actions = new ArrayList<>(List.of(new Spawn.Dup2(out[1], 1)));
        actions.addAll(List.of(extra));
        int pid;
        try {
            pid = Spawn.spawn("/bin/sh".getBytes(UTF_8), argv("sh", "-c", script), null, actions, attributes);
        } finally {
            Libc.close(out[1]);
        }
        String printed = drain(out[0]);
        Processes.WaitResult result = Processes.waitpid(pid, 0);
        assertEquals(pid, result.pid());
        return new Outcome(printed, result.status());
    }

    @Test
    void shellOutputAndExitStatusComeBack() {
        Outcome outcome = shell("echo hello; echo oops >&2; exit 7", Spawn.Attributes.NONE, new Spawn.Dup2(1, 2));
        assertEquals("hello\noops\n", outcome.out());
        assertTrue(Processes.wifexited(outcome.status()));
        assertEquals(7, Processes.wexitstatus(outcome.status()));
        assertEquals(7, outcome.exitCode());
    }

    @Test
    void signalledChildrenDecodeAsSuch() {
        Outcome outcome = shell("kill -TERM $$", Spawn.Attributes.NONE);
        assertTrue(Processes.wifsignaled(outcome.status()));
        assertFalse(Processes.wifexited(outcome.status()));
        assertEquals(SignalConstants.SIGTERM, Processes.wtermsig(outcome.status()));
        assertEquals(-SignalConstants.SIGTERM, outcome.exitCode());
    }

    @Test
    void fileActionsOpenChangeDirectoryAndClose() throws IOException {
        Path output = dir.resolve("out.txt");
        Outcome written = shell("echo into-file", Spawn.Attributes.NONE,
                new Spawn.Open(1, bytes(output), PosixConstants.O_WRONLY | PosixConstants.O_CREAT, 0644));
        assertEquals("", written.out());
        assertEquals("into-file\n", Files.readString(output));

        Path real = dir.toRealPath();
        assertEquals(real + "\n", shell("pwd -P", Spawn.Attributes.NONE, new Spawn.Chdir(bytes(real))).out());
        int dirFd = Libc.open(bytes(real), PosixConstants.O_RDONLY | PosixConstants.O_DIRECTORY | PosixConstants.O_CLOEXEC, 0);
        try {
            assertEquals(real + "\n", shell("pwd -P", Spawn.Attributes.NONE, new Spawn.Fchdir(dirFd)).out());
        } finally {
            Libc.close(dirFd);
        }

        int[] extra = Descriptors.pipe2(0);
        try {
            String probe = openProbe(extra[1]);
            assertEquals("open\n", shell(probe, Spawn.Attributes.NONE).out(), "inheritable descriptors pass");
            assertEquals("closed\n", shell(probe, Spawn.Attributes.NONE, new Spawn.Close(extra[1])).out());
            assertEquals("closed\n", shell(probe, Spawn.Attributes.NONE, new Spawn.CloseFrom(3)).out());
            assertEquals("open\n", shell(probe, Spawn.Attributes.NONE, new Spawn.Close(987)).out(),
                    "closing what is not open is no error");
        } finally {
            Libc.close(extra[0]);
            Libc.close(extra[1]);
        }
    }

    /** A script printing whether the shell has {@code fd} open ([ is the shell's own builtin). */
    static String openProbe(int fd) {
        return "if [ -e /proc/self/fd/" + fd + " ]; then echo open; else echo closed; fi";
    }

    @Test
    void dup2OntoItselfClearsCloseOnExec() {
        int[] pipe = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        try {
            String probe = openProbe(pipe[1]);
            assertEquals("closed\n", shell(probe, Spawn.Attributes.NONE).out());
            assertEquals("open\n", shell(probe, Spawn.Attributes.NONE, new Spawn.Dup2(pipe[1], pipe[1])).out());
        } finally {
            Libc.close(pipe[0]);
            Libc.close(pipe[1]);
        }
    }

    @Test
    void attributesSetSessionGroupMaskAndDefaults() {
        // Fields 5 and 6 of /proc/PID/stat: process group and session.
        String ids = "set -- $(cut -d' ' -f5,6 /proc/$$/stat); echo $$ $1 $2";
        String[] plain = shell(ids, Spawn.Attributes.NONE).out().trim().split(" ");
        assertEquals(String.valueOf(Processes.getpgrp()), plain[1]);
        assertEquals(String.valueOf(Processes.getsid(0)), plain[2]);

        String[] session = shell(ids, new Spawn.Attributes(true, -1, null, null, false)).out().trim().split(" ");
        assertEquals(session[0], session[1], "leads its own group");
        assertEquals(session[0], session[2], "leads its own session");

        String[] group = shell(ids, new Spawn.Attributes(false, 0, null, null, false)).out().trim().split(" ");
        assertEquals(group[0], group[1]);
        assertEquals(String.valueOf(Processes.getsid(0)), group[2]);

        int[] out = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        int pid;
        try {
            // cat leaves its signal mask alone, unlike shells.
            pid = Spawn.spawn("/bin/cat".getBytes(UTF_8), argv("cat", "/proc/self/status"), null,
                    List.of(new Spawn.Dup2(out[1], 1)),
                    new Spawn.Attributes(false, -1, new int[] {SignalConstants.SIGUSR1, SignalConstants.SIGUSR2}, null, false));
        } finally {
            Libc.close(out[1]);
        }
        String status = drain(out[0]);
        Processes.waitpid(pid, 0);
        long blocked = 1L << (SignalConstants.SIGUSR1 - 1) | 1L << (SignalConstants.SIGUSR2 - 1);
        assertTrue(status.contains(String.format("SigBlk:\t%016x", blocked)), status);
    }

    @Test
    void environmentIsPassedOrInherited() {
        int[] out = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        int pid;
        try {
            pid = Spawn.spawn("/usr/bin/env".getBytes(UTF_8), argv("env"), argv("A=1", "B=two words"),
                    List.of(new Spawn.Dup2(out[1], 1)), Spawn.Attributes.NONE);
        } finally {
            Libc.close(out[1]);
        }
        assertEquals("A=1\nB=two words\n", drain(out[0]));
        Processes.waitpid(pid, 0);
        assertEquals(System.getenv("PATH") + "\n", shell("echo \"$PATH\"", Spawn.Attributes.NONE).out());
    }

    @Test
    void spawnpSearchesPathAndFailuresNameTheProgram() {
        int[] out = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        int pid;
        try {
            pid = Spawn.spawnp("echo".getBytes(UTF_8), argv("echo", "found"), null,
                    List.of(new Spawn.Dup2(out[1], 1)), Spawn.Attributes.NONE);
        } finally {
            Libc.close(out[1]);
        }
        assertEquals("found\n", drain(out[0]));
        assertEquals(0, Processes.waitstatusToExitcode(Processes.waitpid(pid, 0).status()));

        PosixException missing = fails(ErrnoConstants.ENOENT, () -> Spawn.spawn(bytes(dir.resolve("no-such-program")),
                argv("x"), null, List.of(), Spawn.Attributes.NONE));
        assertArrayEquals(bytes(dir.resolve("no-such-program")), missing.filename());
        fails(ErrnoConstants.ENOENT, () -> Spawn.spawnp("no-such-program-anywhere".getBytes(UTF_8),
                argv("x"), null, List.of(), Spawn.Attributes.NONE));
        fails(ErrnoConstants.EACCES, () -> Spawn.spawn(bytes(dir), argv("x"), null, List.of(), Spawn.Attributes.NONE));
        fails(ErrnoConstants.EBADF, () -> Spawn.spawn("/bin/sh".getBytes(UTF_8), argv("sh", "-c", "true"), null,
                List.of(new Spawn.Dup2(987654, 1)), Spawn.Attributes.NONE));
    }
}
