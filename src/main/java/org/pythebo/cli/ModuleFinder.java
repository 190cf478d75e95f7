package org.pythebo.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exec.Interpreter;

/**
 * Finds the file {@code -m MODULE} names ({@code a.b} is {@code a/b.py} or the package
 * {@code a/b/__main__.py}, looked up in the current directory and then in PYTHONPATH's
 * directories), and sets up sys.path as CPython does for each way of starting a program.
 */
final class ModuleFinder {
    private ModuleFinder() {}

    static Path find(String module, boolean usePythonPath) {
        if (module.isEmpty() || module.startsWith(".") || module.endsWith(".") || module.contains("..")) {
            return null;
        }
        String relative = module.replace('.', '/');
        for (Path dir : searchPath(usePythonPath)) {
            Path file = dir.resolve(relative + ".py");
            if (Files.isRegularFile(file)) {
                return file;
            }
            Path packageMain = dir.resolve(relative).resolve("__main__.py");
            if (Files.isRegularFile(packageMain)) {
                return packageMain;
            }
        }
        return null;
    }

    /**
     * sys.path[0]: the script's directory, the current directory for -m, or '' for -c, stdin and
     * the prompt (nothing with -P or -I), put in front of the path sys and site computed.
     */
    static void setUpSysPath(Interpreter interp, String first) {
        if (first != null && interp.sys.globals.get("path") instanceof PyList list) {
            list.insert(0, first);
        }
    }

    private static List<Path> searchPath(boolean usePythonPath) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of(System.getProperty("user.dir")));
        String pythonPath = usePythonPath ? System.getenv("PYTHONPATH") : null;
        if (pythonPath != null) {
            for (String entry : pythonPath.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    dirs.add(Path.of(entry).toAbsolutePath());
                }
            }
        }
        return dirs;
    }
}
