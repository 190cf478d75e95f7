package org.pythebo.cli;

import java.util.List;

import org.pythebo.compiler.Compile;
import org.pythebo.modules._io.PyTextIO;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.SyntaxErrorPrinter;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;

/**
 * The interactive prompt, as CPython 3.11 runs it: sys.ps1/sys.ps2 prompts on stderr, a
 * compound statement ends at a blank line, expression results go through sys.displayhook,
 * exceptions are reported and the session goes on, SystemExit or end of input ends it.
 */
final class Repl {
    private static final String FILENAME = "<stdin>";

    private final Interpreter interp;
    private final ThreadState ts;
    private final Globals globals;

    Repl(Interpreter interp, ThreadState ts, Globals globals) {
        this.interp = interp;
        this.ts = ts;
        this.globals = globals;
    }

    /** Runs the session and returns the process exit status. */
    int run(String banner) {
        Globals sys = interp.sys.globals;
        if (sys.get("ps1") == null) {
            sys.put("ps1", ">>> ");
        }
        if (sys.get("ps2") == null) {
            sys.put("ps2", "... ");
        }
        if (banner != null) {
            interp.writeError(ts, banner);
        }
        while (true) {
            String source = readStatement();
            if (source == null) {
                interp.writeError(ts, "\n");
                return interp.finish(ts, 0);
            }
            Integer status = execute(source);
            if (status != null) {
                return interp.finish(ts, status);
            }
        }
    }

    /** Prompts for and reads one complete statement (null at end of input); syntax errors are complete too. */
    private String readStatement() {
        StringBuilder source = new StringBuilder();
        String prompt = "ps1";
        while (true) {
            String line = readLine(prompt);
            if (line == null) {
                return source.isEmpty() ? null : source.toString();
            }
            if (!line.endsWith("\n")) {
                line += "\n";
            }
            source.append(line);
            if (source.toString().isBlank()) {
                source.setLength(0);
                continue;
            }
            if (!needsMore(source.toString(), line)) {
                return source.toString();
            }
            prompt = "ps2";
        }
    }

    private String readLine(String promptName) {
        Object prompt = interp.sys.globals.get(promptName);
        try {
            Object out = interp.currentStdout();
            if (PyTextIO.exact(out) instanceof PyTextIO t) {
                t.flush();
            }
            interp.writeError(ts, prompt == null ? "" : Ops.str(ts, prompt));
        } catch (PyException e) {
            interp.reportException(ts, e.exc);
        }
        Object in = interp.sys.globals.get("stdin");
        String line;
        try {
            Object got = PyTextIO.exact(in) instanceof PyTextIO t ? t.readLine(-1) : Ops.callMethod(ts, in, "readline");
            line = got instanceof String s ? s : "";
        } catch (PyException e) {
            // A closed or broken stdin ends the session like end of input.
            return null;
        }
        return line.isEmpty() ? null : line;
    }

    /**
     * Whether the statement typed so far continues on the next line: inside brackets, a
     * triple-quoted string or after a backslash; or a compound statement not yet ended by a blank line.
     */
    static boolean needsMore(String source, String lastLine) {
        if (openConstruct(source)) {
            return true;
        }
        if (lastLine.isBlank()) {
            return false;
        }
        try {
            List<Ast.Stmt> body = Parser.parseInteractive(source, FILENAME).body();
            return !body.isEmpty() && isCompound(body.get(0));
        } catch (ParseError e) {
            // Inside a block, an error past the last line means the block is not finished yet;
            // any other error is reported at once.
            return startsBlock(source) && atEnd(e, source);
        }
    }

    /** Whether a parse error is at the end of the input (what is missing may still come), or a lone decorator. */
    private static boolean atEnd(ParseError e, String source) {
        String[] lines = source.split("\n");
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--;
        }
        if (e.lineno > last) {
            return true;
        }
        boolean decoratorsOnly = true;
        for (int i = 0; i < last; i++) {
            decoratorsOnly &= lines[i].stripLeading().startsWith("@");
        }
        return decoratorsOnly || e.lineno == last && e.offset > lines[last - 1].stripTrailing().length();
    }

    private static boolean isCompound(Ast.Stmt s) {
        return s instanceof Ast.If || s instanceof Ast.For || s instanceof Ast.AsyncFor || s instanceof Ast.While
                || s instanceof Ast.With || s instanceof Ast.AsyncWith || s instanceof Ast.Try
                || s instanceof Ast.FunctionDef || s instanceof Ast.AsyncFunctionDef || s instanceof Ast.ClassDef
                || s instanceof Ast.TryStar || s instanceof Ast.Match;
    }

    /** Scans brackets, strings, comments and line continuations; true when something is left open at the end. */
    private static boolean openConstruct(String s) {
        int depth = 0;
        int i = 0;
        int n = s.length();
        boolean continued = false;
        while (i < n) {
            char c = s.charAt(i);
            continued = false;
            if (c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\n') {
                continued = true;
                i += 2;
                continue;
            }
            if (c == '\'' || c == '"') {
                boolean triple = i + 2 < n && s.charAt(i + 1) == c && s.charAt(i + 2) == c;
                i += triple ? 3 : 1;
                boolean closed = false;
                while (i < n) {
                    char d = s.charAt(i);
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                    if (!triple && d == '\n') {
                        break;              // an unterminated one-line string is an error, not more input
                    }
                    if (d == c && (!triple || (i + 2 < n && s.charAt(i + 1) == c && s.charAt(i + 2) == c))) {
                        i += triple ? 3 : 1;
                        closed = true;
                        break;
                    }
                    i++;
                }
                if (triple && !closed) {
                    return true;
                }
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            i++;
        }
        return depth > 0 || continued;
    }

    /** Whether the first line opens a block (ends with ':' outside strings and comments) or is a decorator. */
    private static boolean startsBlock(String source) {
        String first = source.stripLeading();
        if (first.startsWith("@")) {
            return true;
        }
        // The first logical line: up to the first newline outside brackets and strings.
        int depth = 0;
        char last = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '#') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
                i--;
                continue;
            }
            if (c == '\'' || c == '"') {
                boolean triple = i + 2 < source.length() && source.charAt(i + 1) == c && source.charAt(i + 2) == c;
                i += triple ? 3 : 1;
                while (i < source.length()) {
                    char d = source.charAt(i);
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                    if (d == c && (!triple || (i + 2 < source.length() && source.charAt(i + 1) == c
                            && source.charAt(i + 2) == c))) {
                        i += triple ? 2 : 0;
                        break;
                    }
                    if (!triple && d == '\n') {
                        break;
                    }
                    i++;
                }
                last = c;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\n' && depth == 0) {
                if (i > 0 && source.charAt(i - 1) == '\\') {
                    continue;
                }
                return last == ':' || source.substring(i + 1).startsWith(" ") || source.substring(i + 1).startsWith("\t");
            }
            if (!Character.isWhitespace(c)) {
                last = c;
            }
        }
        return last == ':';
    }

    /** Parses, compiles and runs one input; returns the exit status when the session must end, else null. */
    private Integer execute(String source) {
        Ast.Interactive tree;
        try {
            tree = Parser.parseInteractive(source, FILENAME);
        } catch (ParseError e) {
            reportSyntaxError(e, source);
            return null;
        }
        for (Ast.Stmt stmt : tree.body()) {
            PyCode code;
            try {
                code = Compile.promptStatement(stmt, FILENAME);
            } catch (ParseError e) {
                reportSyntaxError(e, source);
                return null;
            }
            PyBaseException exc;
            try {
                Object value = interp.evaluate(ts, code, globals);
                if (stmt instanceof Ast.ExprStmt) {
                    display(value);
                }
                continue;
            } catch (PyException e) {
                exc = e.exc;
            }
            if (exc.matches(Exc.SystemExit)) {
                return interp.handleUncaught(ts, exc);
            }
            Globals sys = interp.sys.globals;
            sys.put("last_type", exc.type());
            sys.put("last_value", exc);
            sys.put("last_traceback", PyBaseException.getTraceback(exc));
            interp.reportException(ts, exc);
            return null;
        }
        return null;
    }

    /**
     * One top-level statement as a module. An expression statement becomes {@code return
     * displayhook-argument}: the checks run on the statement as typed, the code returns its value.
     */
    private void display(Object value) {
        Object hook = interp.sys.globals.get("displayhook");
        if (hook == null) {
            throw PyException.of(Exc.RuntimeError, "lost sys.displayhook");
        }
        Ops.call(ts, hook, new Object[] {value}, null);
    }

    private void reportSyntaxError(ParseError e, String source) {
        interp.writeError(ts, SyntaxErrorPrinter.format(Main.withSourceLine(e, source)));
    }
}
