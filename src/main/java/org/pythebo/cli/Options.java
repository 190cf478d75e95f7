package org.pythebo.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line, read with CPython 3.11's rules: short options may be combined ({@code -uB}),
 * an option's argument may be attached or follow ({@code -Wignore}, {@code -W ignore}), {@code -c}
 * and {@code -m} end the options, and the first argument that is not an option is the program
 * file; everything after the program is left for the program's {@code sys.argv}.
 */
final class Options {

    /** A malformed command line: Main prints the message, the usage line and a hint, exit 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** Which help text was asked for; help is acted on as soon as it is seen, as CPython does. */
    enum Help { NONE, USAGE, ENV, XOPTIONS, ALL }

    Help help = Help.NONE;
    /** How many times -V was given. */
    int version;
    String command;
    String module;
    /** The program file, "-" for stdin, or null when none was named. */
    String file;
    /** The arguments after the program (its sys.argv[1:]). */
    final List<String> programArgs = new ArrayList<>();
    final List<String> xOptions = new ArrayList<>();
    /** Messages CPython prints while reading the command line without stopping. */
    final List<String> notices = new ArrayList<>();
    /** -E or -I: PYTHON* environment variables are ignored. */
    boolean ignoreEnvironment;
    /** -x: skip the program's first line. */
    boolean skipFirstLine;
    /** The one-letter options given, in order (sys.flags counts them; -i asks for the prompt). */
    final StringBuilder shortOptions = new StringBuilder();

    private Options() {}

    boolean hasXOption(String name) {
        for (String x : xOptions) {
            if (x.equals(name) || x.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    static Options parse(String[] args) throws UsageError {
        Options o = new Options();
        int i = 0;
        scan:
        while (i < args.length) {
            String arg = args[i];
            if (arg.length() < 2 || arg.charAt(0) != '-') {
                break;                      // a program file, or "-" for stdin
            }
            i++;
            if (arg.equals("--")) {
                break;
            }
            if (arg.charAt(1) == '-') {
                i = o.longOption(arg, args, i);
                if (o.help != Help.NONE) {
                    return o;
                }
                continue;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                o.shortOptions.append(c);
                switch (c) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (j + 1 < arg.length()) {
                            value = arg.substring(j + 1);
                        } else if (i < args.length) {
                            value = args[i++];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option");
                        }
                        switch (c) {
                            case 'c' -> o.command = value;
                            case 'm' -> o.module = value;
                            case 'W' -> { }   // warning control arrives with the runtime
                            default -> o.xOptions.add(value);
                        }
                        if (c == 'c' || c == 'm') {
                            break scan;
                        }
                        continue scan;
                    }
                    case 'h', '?' -> {
                        o.help = Help.USAGE;
                        return o;
                    }
                    case '-' -> {
                        // CPython's getopt reads "-u-" as an empty long option: it complains and
                        // stops reading options; "-u-name" is an unknown option.
                        if (j + 1 < arg.length()) {
                            throw new UsageError("unknown option " + arg);
                        }
                        o.notices.add("expected long option");
                        break scan;
                    }
                    case 'J' -> throw new UsageError("-J is reserved for Jython");
                    case 'E' -> o.ignoreEnvironment = true;
                    case 'I' -> o.ignoreEnvironment = true;   // also -s and -P, which do nothing yet
                    case 'V' -> o.version++;
                    case 'x' -> o.skipFirstLine = true;
                    // Accepted as CPython does; they change nothing until the execution engine exists.
                    case 'b', 'B', 'd', 'i', 'O', 'P', 'q', 'R', 's', 'S', 't', 'u', 'v' -> { }
                    default -> throw new UsageError("Unknown option: -" + c);
                }
            }
        }
        if (o.command == null && o.module == null && i < args.length) {
            o.file = args[i++];
        }
        while (i < args.length) {
            o.programArgs.add(args[i++]);
        }
        return o;
    }

    /** Reads the long option {@code arg}; returns the index of the next argument. */
    private int longOption(String arg, String[] args, int next) throws UsageError {
        switch (arg) {
            case "--help" -> help = Help.USAGE;
            case "--help-env" -> help = Help.ENV;
            case "--help-xoptions" -> help = Help.XOPTIONS;
            case "--help-all" -> help = Help.ALL;
            case "--version" -> version++;
            case "--check-hash-based-pycs" -> {
                if (next >= args.length) {
                    throw new UsageError("Argument expected for the --check-hash-based-pycs options");
                }
                String value = args[next++];
                if (!value.equals("default") && !value.equals("always") && !value.equals("never")) {
                    throw new UsageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
                }
            }
            default -> throw new UsageError("unknown option " + arg);
        }
        return next;
    }
}
