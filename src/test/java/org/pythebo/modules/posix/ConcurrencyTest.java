package org.pythebo.modules.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** errno belongs to each call, whichever threads (platform or virtual) make calls at once. */
class ConcurrencyTest {

    @Test
    void everyFailureReportsItsOwnErrno(@TempDir Path dir) throws Exception {
        byte[] missing = FilesTest.bytes(dir.resolve("missing"));
        try (ExecutorService platform = Executors.newFixedThreadPool(4);
                ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                ExecutorService executor = task % 2 == 0 ? platform : virtual;
                int kind = task % 4;
                results.add(executor.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 500; i++) {
                        int expected = kind < 2 ? ErrnoConstants.ENOENT : ErrnoConstants.EBADF;
                        try {
                            if (kind < 2) {
                                Libc.stat(missing);
                            } else {
                                Libc.fstat(987654);
                            }
                        } catch (PosixException e) {
                            assertEquals(expected, e.errno());
                            checked++;
                        }
                        // -1 without errno, right after another thread's failures.
                        assertEquals(-1, SystemConfig.sysconf(ConfNames.SC_SEM_NSEMS_MAX));
                    }
                    return checked;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(500, result.get());
            }
        }
    }
}
