package org.pythebo.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pythebo.compiler.Compile;
import org.pythebo.modules.Startup;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.exec.PyCode;

/** Runs a program in-process under Pythebo, and the same program under CPython 3.11. */
final class EngineRunner {
    private EngineRunner() {}

    record Result(int status, String stdout, String stderr) {}

    /** Runs {@code source} as the file {@code filename}, on a thread with a large stack as the launcher does. */
    static Result pythebo(String source, String filename) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Thread t = new Thread(null, () -> {
            try {
                Ast.Module m = Parser.parseFile(source.getBytes(StandardCharsets.UTF_8), filename);
                PyCode code = Compile.module(m, filename, source);
                status[0] = Startup.newInterpreter(out, err, new String[] {filename}).runMain(code, filename);
            } catch (ParseError e) {
                status[0] = -2;
            }
        }, "engine-test", 1L << 30);
        t.start();
        t.join();
        return new Result(status[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code source} under python3.11 from a file named like {@code filename} in a temporary directory. */
    static Result cpython(String source, Path dir, String name) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3.11", file.toString());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.directory(dir.toFile());
        Process p = pb.start();
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        int status = p.waitFor();
        return new Result(status, new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }
}
