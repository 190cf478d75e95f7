package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.posix.FilesTest.bytes;
import static org.pythebo.modules.posix.FilesTest.fails;
import static org.pythebo.modules.posix.SpawnTest.argv;
import static org.pythebo.modules.posix.SpawnTest.drain;
import static org.pythebo.modules.posix.SpawnTest.openProbe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** _posixsubprocess.fork_exec semantics, as subprocess.Popen drives them, over posix_spawn. */
class SubprocessTest {
    @TempDir
    Path dir;

    private final List<Integer> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() {
        for (int fd : opened) {
            try {
                Libc.close(fd);
            } catch (PosixException alreadyClosed) {
                assertEquals(ErrnoConstants.EBADF, alreadyClosed.errno());
            }
        }
    }

    private int[] pipe() {
        int[] ends = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        opened.add(ends[0]);
        opened.add(ends[1]);
        return ends;
    }

    /** A request as Popen makes it for a shell script, stdin/stdout/stderr on the given pipes. */
    private static Subprocess.Request request(String script, int[] stdin, int[] stdout, int[] stderr, int[] errpipe,
            boolean closeFds, int[] passFds, byte[] cwd, byte[][] env, boolean newSession, int processGroup) {
        return new Subprocess.Request(argv("/bin/sh", "-c", script), argv("/bin/sh"), closeFds, passFds, cwd, env,
                stdin == null ? -1 : stdin[0], stdin == null ? -1 : stdin[1],
                stdout == null ? -1 : stdout[0], stdout == null ? -1 : stdout[1],
                stderr == null ? -1 : stderr[0], stderr == null ? -1 : stderr[1],
                errpipe[0], errpipe[1], true, newSession, processGroup);
    }

    @Test
    void standardStreamsAreRedirected() {
        int[] stdin = pipe();
        int[] stdout = pipe();
        int[] stderr = pipe();
        int[] errpipe = pipe();
        int pid = Subprocess.forkExec(request("read line; echo \"got $line\"; echo problem >&2; exit 3",
                stdin, stdout, stderr, errpipe, true, new int[0], null, null, false, -1));
        Libc.close(stdin[0]);
        Libc.close(stdout[1]);
        Libc.close(stderr[1]);
        Libc.close(errpipe[1]);
        assertEquals("", drain(errpipe[0]), "nothing on the error pipe: the exec succeeded");
        Libc.write(stdin[1], "input\n".getBytes(UTF_8));
        Libc.close(stdin[1]);
        assertEquals("got input\n", drain(stdout[0]));
        assertEquals("problem\n", drain(stderr[0]));
        assertEquals(3, Processes.waitstatusToExitcode(Processes.waitpid(pid, 0).status()));
    }

    @Test
    void stderrCanShareStdout() {
        int[] stdout = pipe();
        int[] errpipe = pipe();
        Subprocess.Request request = new Subprocess.Request(argv("/bin/sh", "-c", "echo out; echo err >&2"), argv("/bin/sh"),
                true, new int[0], null, null, -1, -1, stdout[0], stdout[1], -1, stdout[1],
                errpipe[0], errpipe[1], true, false, -1);
        int pid = Subprocess.forkExec(request);
        Libc.close(stdout[1]);
        assertEquals("out\nerr\n", drain(stdout[0]));
        assertEquals(0, Processes.waitpid(pid, 0).status());
    }

    @Test
    void closeFdsKeepsOnlyPassFds() {
        int[] stdout = pipe();
        int[] errpipe = pipe();
        int[] passed = pipe();
        int passedHigh = Descriptors.fcntl(passed[1], FcntlConstants.F_DUPFD_CLOEXEC, 300);
        opened.add(passedHigh);
        int[] inheritable = Descriptors.pipe2(0);
        opened.add(inheritable[0]);
        opened.add(inheritable[1]);
        int below = Descriptors.fcntl(inheritable[1], FcntlConstants.F_DUPFD, 200);
        int above = Descriptors.fcntl(inheritable[1], FcntlConstants.F_DUPFD, 400);
        opened.add(below);
        opened.add(above);
        // dash redirects only to one-digit descriptors: write through /proc instead.
        String script = "echo through-pass-fd > /proc/self/fd/" + passedHigh + "; " + openProbe(inheritable[1]) + "; "
                + openProbe(below) + "; " + openProbe(above) + "; " + openProbe(passedHigh);

        int pid = Subprocess.forkExec(request(script, null, stdout, null, errpipe, true,
                new int[] {errpipe[1], passedHigh}, null, null, false, -1));
        Libc.close(stdout[1]);
        Libc.close(passed[1]);
        Libc.close(passedHigh);
        assertEquals("closed\nclosed\nclosed\nopen\n", drain(stdout[0]),
                "close_fds closes all but pass_fds, below and above the highest kept");
        assertEquals("through-pass-fd\n", drain(passed[0]), "a close-on-exec pass_fd is made inheritable");
        assertEquals(0, Processes.waitpid(pid, 0).status());

        int[] again = pipe();
        int pidWithoutClosing = Subprocess.forkExec(request(openProbe(inheritable[1]), null, again, null, pipe(),
                false, new int[0], null, null, false, -1));
        Libc.close(again[1]);
        assertEquals("open\n", drain(again[0]), "without close_fds inheritable descriptors stay open");
        Processes.waitpid(pidWithoutClosing, 0);
    }

    @Test
    void cwdEnvSessionAndGroup() throws IOException {
        Path real = dir.toRealPath();
        int[] stdout = pipe();
        int pid = Subprocess.forkExec(request("pwd -P; echo \"$ONLY\"; env | wc -l; "
                        + "set -- $(cut -d' ' -f5,6 /proc/$$/stat); echo $$ $1 $2",
                null, stdout, null, pipe(), true, new int[0], bytes(real), argv("ONLY=this"), true, -1));
        Libc.close(stdout[1]);
        String[] lines = drain(stdout[0]).split("\n");
        Processes.waitpid(pid, 0);
        assertEquals(real.toString(), lines[0]);
        assertEquals("this", lines[1]);
        String[] ids = lines[3].split(" ");
        assertEquals(ids[0], ids[1], "start_new_session: its own group");
        assertEquals(ids[0], ids[2], "start_new_session: its own session");

        int[] grouped = pipe();
        int groupPid = Subprocess.forkExec(request("set -- $(cut -d' ' -f5,6 /proc/$$/stat); echo $$ $1 $2",
                null, grouped, null, pipe(), true, new int[0], null, null, false, 0));
        Libc.close(grouped[1]);
        String[] groupIds = drain(grouped[0]).trim().split(" ");
        Processes.waitpid(groupPid, 0);
        assertEquals(groupIds[0], groupIds[1], "process_group=0: its own group");
        assertEquals(String.valueOf(Processes.getsid(0)), groupIds[2], "but our session");
    }

    @Test
    void childStartsWithNoSignalBlockedAndSignalsRestored() {
        int[] stdout = pipe();
        Subprocess.Request request = new Subprocess.Request(argv("cat", "/proc/self/status"), argv("/bin/cat"), true,
                new int[0], null, null, -1, -1, stdout[0], stdout[1], -1, -1, -1, -1, true, false, -1);
        int pid = Subprocess.forkExec(request);
        Libc.close(stdout[1]);
        String status = drain(stdout[0]);
        Processes.waitpid(pid, 0);
        assertTrue(status.contains("SigBlk:\t0000000000000000"), status);
        long pipeBit = 1L << (SignalConstants.SIGPIPE - 1);
        String ignored = status.lines().filter(line -> line.startsWith("SigIgn:")).findFirst().orElseThrow();
        assertEquals(0, Long.parseLong(ignored.substring(ignored.indexOf('\t') + 1), 16) & pipeBit);
    }

    @Test
    void missingProgramIsAnExecFailureWithEnoent() {
        byte[] missing = bytes(dir.resolve("no-such-program"));
        Subprocess.Request request = new Subprocess.Request(argv("no-such-program"), new byte[][] {missing}, true,
                new int[0], null, null, -1, -1, -1, -1, -1, -1, -1, -1, true, false, -1);
        PosixException failure = fails(ErrnoConstants.ENOENT, () -> Subprocess.forkExec(request));
        assertEquals("execve", failure.function());
        assertArrayEquals("OSError:2:".getBytes(UTF_8), Subprocess.errorPipeMessage(failure));
    }

    @Test
    void executablesAreTriedInOrderReportingTheFirstRealError() throws IOException {
        Path notExecutable = dir.resolve("not-executable");
        Files.writeString(notExecutable, "#!/bin/sh\n");
        byte[] missing = bytes(dir.resolve("missing"));
        int[] stdout = pipe();
        Subprocess.Request found = new Subprocess.Request(argv("sh", "-c", "echo ran"),
                new byte[][] {missing, "/bin/sh".getBytes(UTF_8)}, true, new int[0], null, null,
                -1, -1, stdout[0], stdout[1], -1, -1, -1, -1, true, false, -1);
        int pid = Subprocess.forkExec(found);
        Libc.close(stdout[1]);
        assertEquals("ran\n", drain(stdout[0]));
        Processes.waitpid(pid, 0);

        Subprocess.Request refused = new Subprocess.Request(argv("x"),
                new byte[][] {missing, bytes(notExecutable), bytes(dir.resolve("also-missing"))}, true, new int[0],
                null, null, -1, -1, -1, -1, -1, -1, -1, -1, true, false, -1);
        PosixException failure = fails(ErrnoConstants.EACCES, () -> Subprocess.forkExec(refused));
        assertArrayEquals(bytes(notExecutable), failure.filename());
        assertEquals("execve", failure.function());
        assertArrayEquals("OSError:d:".getBytes(UTF_8), Subprocess.errorPipeMessage(failure));
    }

    @Test
    void badCwdAndBadDescriptorsFailBeforeTheExec() throws IOException {
        Path missingDir = dir.resolve("missing-dir");
        PosixException noDir = fails(ErrnoConstants.ENOENT, () -> Subprocess.forkExec(
                request("true", null, null, null, pipe(), true, new int[0], bytes(missingDir), null, false, -1)));
        assertEquals("chdir", noDir.function());
        assertArrayEquals(bytes(missingDir), noDir.filename());
        assertArrayEquals("OSError:2:noexec".getBytes(UTF_8), Subprocess.errorPipeMessage(noDir));

        Path plainFile = dir.resolve("plain");
        Files.writeString(plainFile, "");
        assertEquals("chdir", fails(ErrnoConstants.ENOTDIR, () -> Subprocess.forkExec(
                request("true", null, null, null, pipe(), true, new int[0], bytes(plainFile), null, false, -1))).function());

        Subprocess.Request badStdin = new Subprocess.Request(argv("true"), argv("/bin/true"), true, new int[0], null,
                null, 987654, -1, -1, -1, -1, -1, -1, -1, true, false, -1);
        PosixException badFd = fails(ErrnoConstants.EBADF, () -> Subprocess.forkExec(badStdin));
        assertArrayEquals("OSError:9:noexec".getBytes(UTF_8), Subprocess.errorPipeMessage(badFd));

        // A missing program under a good cwd is still the exec's failure, relative to that cwd.
        PosixException relative = fails(ErrnoConstants.ENOENT, () -> Subprocess.forkExec(new Subprocess.Request(
                argv("./nothing"), argv("./nothing"), true, new int[0], bytes(dir), null,
                -1, -1, -1, -1, -1, -1, -1, -1, true, false, -1)));
        assertEquals("execve", relative.function());
    }

    @Test
    void relativeProgramsResolveInTheNewCwd() throws IOException {
        Path script = dir.resolve("hello.sh");
        Files.writeString(script, "#!/bin/sh\necho hello from script\n");
        Libc.chmod(Libc.AT_FDCWD, bytes(script), 0755, 0);
        int[] stdout = pipe();
        int pid = Subprocess.forkExec(new Subprocess.Request(argv("./hello.sh"), argv("./hello.sh"), true, new int[0],
                bytes(dir), null, -1, -1, stdout[0], stdout[1], -1, -1, -1, -1, true, false, -1));
        Libc.close(stdout[1]);
        assertEquals("hello from script\n", drain(stdout[0]));
        assertEquals(0, Processes.waitpid(pid, 0).status());
    }
}
