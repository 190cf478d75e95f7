package org.pythebo.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where CPython 3.11's standard library is, and what it makes of sys.prefix and the module
 * search path, as CPython's getpath does for a Lib installed as {@code PREFIX/lib/python3.11}
 * (Debian's libpython3.11-stdlib: {@code /usr/lib/python3.11}). {@code PYTHEBO_STDLIB} names
 * another Lib directory. The Lib is used where it is, never copied; its {@code .so} extension
 * modules (lib-dynload) stay on the path, as CPython's, but are never loaded.
 */
public record GetPath(String stdlib, String prefix, List<String> path) {
    public static final String DEFAULT_STDLIB = "/usr/lib/python3.11";

    /** The paths for the Lib named by PYTHEBO_STDLIB, else the default one. */
    public static GetPath compute() {
        String configured = System.getenv("PYTHEBO_STDLIB");
        String stdlib = configured == null || configured.isEmpty() ? DEFAULT_STDLIB
                : Path.of(configured).toAbsolutePath().normalize().toString();
        String suffix = "/lib/python3.11";
        String prefix = stdlib.endsWith(suffix) ? stdlib.substring(0, stdlib.length() - suffix.length())
                : parentOf(stdlib);
        if (prefix.isEmpty()) {
            prefix = "/";
        }
        String lib = prefix.equals("/") ? "/lib" : prefix + "/lib";
        return new GetPath(stdlib, prefix, List.of(lib + "/python311.zip", stdlib, stdlib + "/lib-dynload"));
    }

    /** Whether the Lib is there (CPython's landmark: os.py). */
    public boolean found() {
        return Files.isRegularFile(Path.of(stdlib, "os.py"));
    }

    /** The one line that says the Lib is missing and how to get it. */
    public String missingMessage() {
        return "pythebo: CPython 3.11's standard library is not at " + stdlib
                + " (install Debian's libpython3.11-stdlib, or set PYTHEBO_STDLIB to a Lib directory)";
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
