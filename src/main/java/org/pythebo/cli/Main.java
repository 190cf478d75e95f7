package org.pythebo.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.compiler.Compile;
import org.pythebo.compiler.Scope;
import org.pythebo.modules.GetPath;
import org.pythebo.modules.Startup;
import org.pythebo.modules.Sys;
import org.pythebo.modules._imp.ImportSystem;
import org.pythebo.modules._signal.SignalModule;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.SignalConstants;
import org.pythebo.modules.posix.Signals;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.SourceDecoder;
import org.pythebo.parser.SyntaxErrorPrinter;
import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstDump;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyHash;

/**
 * The {@code pythebo} command: CPython 3.11's command line. A program is parsed, analysed,
 * lowered and run (or, with {@code -X dump-ast}, its AST printed).
 *
 * <p>The launcher passes {@code -Dpythebo.program} (its name as typed, which CPython prints in
 * usage messages) and {@code -Dpythebo.stdinIsTty}.
 */
public final class Main {
    static final String PYTHON_VERSION = Sys.PYTHON_VERSION;
    static final String PYTHEBO_VERSION = Sys.PYTHEBO_VERSION;

    /**
     * Deeply nested source recurses deeply in the parser, and Python recursion up to the
     * recursion limit in the engine; the stack is reserved, not committed.
     */
    private static final long PARSER_STACK_BYTES = 1L << 30;

    private final String program;
    private final boolean stdinIsTty;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final OutputStream stderr;
    /** The command line as given (sys.orig_argv). */
    private String[] origArgv;
    /** The interpreter the command line made, once it has made one. */
    private volatile Interpreter interpreter;

    Main(String program, boolean stdinIsTty, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        this.program = program;
        this.stdinIsTty = stdinIsTty;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        Main main = new Main(System.getProperty("pythebo.program", "pythebo"),
                Boolean.getBoolean("pythebo.stdinIsTty"), System.in,
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
        int[] status = {1};
        Thread worker = new Thread(null, () -> status[0] = main.runSafely(args), "main", PARSER_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (main.interpreter != null && main.interpreter.unhandledKeyboardInterrupt) {
            exitBySigint();
        }
        System.exit(status[0]);
    }

    /**
     * Ends the process as CPython does after an uncaught KeyboardInterrupt: killed by SIGINT with
     * its default action, so that the parent sees the interrupt, or else with status 128 + SIGINT.
     */
    private static void exitBySigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_DFL);
            Signals.raise(SignalConstants.SIGINT);
        } catch (IllegalArgumentException | PosixException e) {
            // the signal cannot be sent: exit with the status a shell would report for it
        }
        System.exit(130);
    }

    /** Runs the command line and returns the exit status; no Java exception gets out. */
    int runSafely(String[] args) {
        try {
            return run(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // CPython 3.11 reports source too deeply nested for its parser as a bare MemoryError.
            return printError("MemoryError\n");
        } catch (Throwable e) {
            if (Boolean.getBoolean("pythebo.debug")) {
                e.printStackTrace();
            }
            return printError(program + ": internal error: " + e + " (this is a bug in Pythebo)\n");
        }
    }

    int run(String[] args) throws IOException {
        origArgv = new String[args.length + 1];
        origArgv[0] = program;
        System.arraycopy(args, 0, origArgv, 1, args.length);
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageError e) {
            printError(e.getMessage() + "\n" + HelpText.usageLine(program)
                    + "Try `python -h' for more information.\n");
            return 2;
        }
        for (String notice : options.notices) {
            printError(notice + "\n");
        }
        if (options.help != Options.Help.NONE) {
            writeStdout(HelpText.forHelp(options.help, program));
            return 0;
        }
        if (options.version > 0) {
            writeStdout(versionLine(options.version > 1) + "\n");
            return 0;
        }
        // The str hash key is fixed once, before anything is hashed (CPython's _Py_HashSecret).
        String seed = options.ignoreEnvironment ? null : System.getenv("PYTHONHASHSEED");
        if (PyHash.invalidSeed(seed)) {
            return printError("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an"
                    + " integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n");
        }
        System.setProperty("pythebo.hashseed", seed == null ? "random" : seed);
        if (!options.hasXOption("dump-ast") && !GetPath.compute().found()) {
            return printError(GetPath.compute().missingMessage() + "\n");
        }
        boolean inspect = options.shortOptions.indexOf("i") >= 0;
        if (options.command == null && options.module == null && options.file == null && (stdinIsTty || inspect)) {
            return interactive(options);
        }
        if (options.module != null) {
            return runModule(options);
        }
        Source source = readProgram(options);
        if (source.exitStatus != 0) {
            return source.exitStatus;
        }
        Ast.Module module;
        try {
            if (options.command != null) {
                module = Parser.parseModule(options.command, source.filename);
            } else {
                byte[] bytes = options.skipFirstLine ? withoutFirstLine(source.bytes) : source.bytes;
                if (!options.hasXOption("dump-ast")) {
                    String notUtf8 = nonUtf8Message(bytes, source.filename);
                    if (notUtf8 != null) {
                        printError("SyntaxError: " + notUtf8 + "\n");
                        return 1;
                    }
                }
                module = Parser.parseFile(bytes, source.filename);
            }
        } catch (ParseError e) {
            printError(SyntaxErrorPrinter.format(e));
            return 1;
        }
        if (options.hasXOption("dump-ast")) {
            writeStdout(AstDump.dump(module, true) + "\n");
            return 0;
        }
        return execute(module, source, options);
    }

    /** Scope analysis, compile-time checks, lowering, then the run; returns the exit status. */
    private int execute(Ast.Module module, Source source, Options options) {
        PyCode code;
        String text = options.command != null ? options.command : decodeForTracebacks(source.bytes);
        try {
            // CPython 3.11 keeps no lines of a -c command for tracebacks (syntax errors still show it).
            code = Compile.module(module, source.filename, options.command != null ? "" : text);
        } catch (ParseError e) {
            printError(SyntaxErrorPrinter.format(withSourceLine(e, text)));
            return 1;
        }
        List<String> argv = new ArrayList<>();
        argv.add(options.command != null ? "-c" : options.file == null ? "-" : options.file);
        argv.addAll(options.programArgs);
        Interpreter interp = newInterpreter(options, argv);
        boolean noFirst = options.shortOptions.indexOf("P") >= 0 || options.shortOptions.indexOf("I") >= 0;
        String first = noFirst ? null
                : options.command != null || options.file == null || options.file.equals("-") ? ""
                : Path.of(source.filename).getParent() == null ? "" : Path.of(source.filename).getParent().toString();
        setUpSysPath(interp, first);
        if (options.shortOptions.indexOf("i") < 0) {
            return interp.runMain(code, source.filename);
        }
        // -i: the prompt follows the program, whatever it raised (SystemExit included).
        ThreadState ts = new ThreadState(interp);
        ts.attachAsMain();
        Globals globals = interp.createMain(source.filename);
        PyBaseException exc = interp.run(ts, code, globals);
        if (exc != null) {
            interp.reportException(ts, exc);
        }
        return new Repl(interp, ts, globals).run(null);
    }

    /**
     * -m: as CPython does, runpy._run_module_as_main finds the module (the current directory
     * first on sys.path, sys.argv[0] "-m" until runpy puts the file there) and runs it as
     * __main__; its errors ("No module named x") end the process through SystemExit.
     */
    private int runModule(Options options) {
        List<String> argv = new ArrayList<>();
        argv.add("-m");
        argv.addAll(options.programArgs);
        Interpreter interp = newInterpreter(options, argv);
        boolean noFirst = options.shortOptions.indexOf("P") >= 0 || options.shortOptions.indexOf("I") >= 0;
        setUpSysPath(interp, noFirst ? null : System.getProperty("user.dir"));
        ThreadState ts = new ThreadState(interp);
        ts.attachAsMain();
        Globals globals = interp.createMain("<string>");
        PyBaseException exc = null;
        try {
            Object runpy = ImportSystem.of(ts).importName(ts, "runpy", null, new Object[0], 0);
            Ops.call(ts, Ops.getAttr(ts, runpy, "_run_module_as_main"), options.module, Boolean.TRUE);
        } catch (PyException e) {
            exc = e.exc;
        } catch (StackOverflowError e) {
            exc = PyBaseException.create(Exc.RecursionError, "maximum recursion depth exceeded");
        }
        if (options.shortOptions.indexOf("i") < 0) {
            return interp.finish(ts, exc == null ? 0 : interp.handleUncaught(ts, exc));
        }
        if (exc != null) {
            interp.reportException(ts, exc);
        }
        return new Repl(interp, ts, globals).run(null);
    }

    /**
     * sys.path[0]: the script's directory, the current directory for -m, or '' for -c, stdin and
     * the prompt (nothing with -P or -I), put in front of the path sys and site computed.
     */
    private static void setUpSysPath(Interpreter interp, String first) {
        if (first != null && interp.sys.globals.get("path") instanceof PyList list) {
            list.insert(0, first);
        }
    }

    /** The interactive prompt with nothing to run first (the banner unless -q). */
    private int interactive(Options options) {
        Interpreter interp = newInterpreter(options, List.of(""));
        setUpSysPath(interp, options.shortOptions.indexOf("I") >= 0 ? null : "");
        ThreadState ts = new ThreadState(interp);
        ts.attachAsMain();
        Globals globals = interp.createMain("<stdin>");
        String banner = options.shortOptions.indexOf("q") >= 0 ? null
                : "Python " + PYTHON_VERSION + " (Pythebo " + PYTHEBO_VERSION + ", Java " + Runtime.version().feature()
                + ") on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";
        return new Repl(interp, ts, globals).run(banner);
    }

    private Interpreter newInterpreter(Options options, List<String> argv) {
        String[] orig = origArgv == null ? argv.toArray(new String[0]) : origArgv;
        Sys.Config config = new Sys.Config(argv.toArray(new String[0]), orig, executable(),
                options.shortOptions.toString(), List.copyOf(options.xOptions));
        interpreter = Startup.newInterpreter(stdin, stdout, stderr, config);
        // The process's signals are the command's business, not that of every interpreter made in a JVM.
        SignalModule.installStartupHandlers(interpreter);
        return interpreter;
    }

    /** The launcher's absolute path, as sys.executable gives it. */
    private String executable() {
        if (program.contains("/")) {
            Path p = Path.of(program);
            return (p.isAbsolute() ? p : Path.of(System.getProperty("user.dir")).resolve(p)).normalize().toString();
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
                if (Files.isExecutable(candidate)) {
                    return candidate.toAbsolutePath().normalize().toString();
                }
            }
        }
        return program;
    }

    /** Compile-time errors come without their line; CPython reads it from the source to print it. */
    static ParseError withSourceLine(ParseError e, String text) {
        if (e.text != null || e.lineno < 1) {
            return e;
        }
        String[] lines = text.split("\n", -1);
        if (e.lineno > lines.length) {
            return e;
        }
        return new ParseError(e.kind, e.msg, e.filename, e.lineno, e.offset, lines[e.lineno - 1] + "\n", e.endLineno,
                e.endOffset);
    }

    /** The source text tracebacks quote (undecodable bytes never get this far). */
    private static String decodeForTracebacks(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text.replace("\r\n", "\n");
    }

    static String versionLine(boolean verbose) {
        String line = "Python " + PYTHON_VERSION;
        return verbose ? line + " (Pythebo " + PYTHEBO_VERSION + ", Java " + Runtime.version() + ")" : line;
    }

    /** The program's bytes and the file name errors show, or the exit status of a failure. */
    private record Source(byte[] bytes, String filename, int exitStatus) {
        static Source failed(int exitStatus) {
            return new Source(null, null, exitStatus);
        }
    }

    private Source readProgram(Options options) throws IOException {
        if (options.command != null) {
            return new Source(null, "<string>", 0);
        }
        if (options.file == null || options.file.equals("-")) {
            return new Source(stdin.readAllBytes(), "<stdin>", 0);
        }
        // CPython shows a script by its absolute path, not normalized ("." is the current
        // directory itself); -X dump-ast mirrors ast.parse(source, FILE), which shows FILE.
        String cwd = System.getProperty("user.dir");
        String absolute = options.file.equals(".") ? cwd
                : options.file.startsWith("/") ? options.file
                : cwd + "/" + options.file;
        return readFile(absolute, options.hasXOption("dump-ast") ? options.file : absolute);
    }

    private Source readFile(String path, String shownName) throws IOException {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            Path main = p.resolve("__main__.py");
            if (!Files.isRegularFile(main)) {
                printError(program + ": can't find '__main__' module in '" + path + "'\n");
                return Source.failed(1);
            }
            return readFile(main.toString(), main.toString());
        }
        try {
            return new Source(Files.readAllBytes(p), shownName, 0);
        } catch (NoSuchFileException e) {
            return cantOpen(path, "[Errno 2] No such file or directory");
        } catch (AccessDeniedException e) {
            return cantOpen(path, "[Errno 13] Permission denied");
        } catch (IOException e) {
            return cantOpen(path, e.getMessage());
        }
    }

    private Source cantOpen(String path, String reason) {
        printError(program + ": can't open file '" + path + "': " + reason + "\n");
        return Source.failed(2);
    }

    /**
     * CPython reads a script file line by line, and rejects any bytes that are not UTF-8 when no
     * BOM or coding cookie says otherwise, with this message (and no location), before or
     * instead of any syntax error. {@code ast.parse(bytes)}, which -X dump-ast mirrors, is more
     * lenient: the parser reports only the bad bytes that matter to a token.
     */
    static String nonUtf8Message(byte[] bytes, String filename) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                break;
            }
            if (result.isUnderflow()) {
                return null;
            }
            out.clear();
        }
        if (SourceDecoder.declaresEncoding(bytes)) {
            return null;
        }
        int bad = in.position();
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared;"
                + " see https://peps.python.org/pep-0263/ for details", bytes[bad] & 0xff, filename, line);
    }

    /** -x: drops the first line but keeps its newline, so line numbers stay those of the file. */
    static byte[] withoutFirstLine(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                byte[] rest = new byte[bytes.length - i];
                System.arraycopy(bytes, i, rest, 0, rest.length);
                return rest;
            }
        }
        return new byte[0];
    }

    /**
     * Writes UTF-8 to stdout. The AST dump escapes lone surrogates as repr() does, so none
     * reach this point; if one did, CPython would fail with UnicodeEncodeError, and Java
     * writes '?' instead.
     */
    private void writeStdout(String s) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
        out.write(s);
        out.flush();
    }

    /** Writes to stderr as CPython does (UTF-8, lone surrogates backslash-escaped); returns 1. */
    private int printError(String s) {
        StringBuilder escaped = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone && escaped == null) {
                escaped = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (escaped != null) {
                if (lone) {
                    escaped.append("\\u").append(Integer.toHexString(c));
                } else {
                    escaped.append(c);
                }
            }
        }
        try {
            stderr.write((escaped == null ? s : escaped.toString()).getBytes(StandardCharsets.UTF_8));
            stderr.flush();
        } catch (IOException ignored) {
            // stderr is gone: there is nowhere left to report anything.
        }
        return 1;
    }
}
