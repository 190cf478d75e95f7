package org.pythebo.parity;

import java.time.Duration;

import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstDump;

/**
 * Runs one Pythebo parse on a fresh thread with a large stack and a deadline, so that a crash,
 * a stack overflow or a hang in the parser becomes a result to report instead of killing or
 * stalling the test run. A thread that misses its deadline cannot be stopped; it is a daemon
 * and is abandoned.
 */
final class IsolatedParse {
    private IsolatedParse() {}

    /**
     * Room for deep but legitimate recursion, so that only runaway recursion overflows. Not
     * more: the JVM takes tens of seconds to unwind a stack overflow of a gigabyte.
     */
    static final long STACK_SIZE = 256L << 20;

    /** What became of a parse. */
    sealed interface Outcome {}

    /** Accepted; {@code dump} is null when no dump was asked for. */
    record Accepted(Ast.Module module, String dump) implements Outcome {}

    record Rejected(ParseError error) implements Outcome {}

    /** Any other throwable, from the parser or from the dump. */
    record Crashed(Throwable throwable) implements Outcome {
        /** Exception class, message and the innermost Pythebo frame: enough to tell crashes apart. */
        String describe() {
            StringBuilder sb = new StringBuilder(throwable.getClass().getSimpleName());
            if (throwable.getMessage() != null && !(throwable instanceof StackOverflowError)) {
                String message = throwable.getMessage();
                sb.append(": ").append(message.length() > 120 ? message.substring(0, 120) + "..." : message);
            }
            for (StackTraceElement frame : throwable.getStackTrace()) {
                if (frame.getClassName().startsWith("org.pythebo.") && !frame.getClassName().startsWith("org.pythebo.parity.")) {
                    sb.append(" at ").append(frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1))
                            .append('.').append(frame.getMethodName()).append(':').append(frame.getLineNumber());
                    break;
                }
            }
            return sb.toString();
        }
    }

    record TimedOut(Duration limit) implements Outcome {}

    /** Parses {@code data} as a file and, when {@code dump} is set, dumps the tree with attributes. */
    static Outcome run(byte[] data, String filename, boolean dump, Duration limit) {
        return run("parse " + filename, () -> {
            Ast.Module module = Parser.parseFile(data, filename);
            return new Accepted(module, dump ? AstDump.dump(module, true) : null);
        }, limit, STACK_SIZE);
    }

    /** A parse to isolate; a ParseError it throws becomes {@link Rejected}. */
    interface Task {
        Accepted call() throws ParseError;
    }

    /** Runs {@code task} on its own daemon thread with that stack size and waits at most {@code limit} for it. */
    static Outcome run(String name, Task task, Duration limit, long stackSize) {
        Outcome[] result = new Outcome[1];
        Thread worker = Thread.ofPlatform().daemon().stackSize(stackSize).name(name).unstarted(() -> {
            Outcome outcome;
            try {
                outcome = task.call();
            } catch (ParseError e) {
                outcome = new Rejected(e);
            } catch (Throwable t) {
                outcome = new Crashed(t);
            }
            synchronized (result) {
                result[0] = outcome;
            }
        });
        worker.start();
        try {
            worker.join(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Crashed(e);
        }
        synchronized (result) {
            return result[0] != null ? result[0] : new TimedOut(limit);
        }
    }

    /** One-line description of a ParseError in CPython's terms. */
    static String describe(ParseError e) {
        return e.kind + ": " + e.msg + " (line " + e.lineno + ", offset " + e.offset + ")";
    }

    /** One-line description of any outcome. */
    static String describe(Outcome outcome) {
        return switch (outcome) {
            case Accepted a -> "accepted";
            case Rejected r -> describe(r.error());
            case Crashed c -> "crashed: " + c.describe();
            case TimedOut t -> "no result within " + t.limit().toSeconds() + " s (hang or runaway)";
        };
    }
}
