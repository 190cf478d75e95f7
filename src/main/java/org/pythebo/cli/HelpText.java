package org.pythebo.cli;

/** The texts of -h, --help-env, --help-xoptions and --help-all, laid out as CPython 3.11's. */
final class HelpText {
    private HelpText() {}

    static String usageLine(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    static String forHelp(Options.Help help, String program) {
        return switch (help) {
            case USAGE -> usageLine(program) + OPTIONS + ARGUMENTS;
            case ENV -> ENVIRONMENT;
            case XOPTIONS -> X_OPTIONS;
            case ALL -> usageLine(program) + OPTIONS + ARGUMENTS + "\n" + ENVIRONMENT + "\n" + X_OPTIONS;
            case NONE -> "";
        };
    }

    private static final String OPTIONS = """
            Pythebo runs Python 3.11 on the JVM. Today it parses programs (and reports their
            syntax errors as CPython does); executing them arrives with the execution engine.
            Options marked (no effect yet) are accepted as CPython accepts them.
            Options:
            -b     : warn about str(bytes) and comparing bytes with str (no effect yet)
            -B     : don't write .pyc files on import (no effect yet)
            -c cmd : program passed in as string (terminates option list)
            -d     : parser debugging output (no effect yet)
            -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script (no effect yet)
            -I     : isolate Python from the user's environment (implies -E and -s)
            -m mod : run library module as a script (terminates option list); today the
                     module is looked up as a .py file in the current directory and PYTHONPATH
            -O     : remove assert and __debug__-dependent statements (no effect yet)
            -OO    : do -O changes and also discard docstrings (no effect yet)
            -P     : don't prepend a potentially unsafe path to sys.path (no effect yet)
            -q     : don't print version and copyright messages on interactive startup
            -s     : don't add user site directory to sys.path (no effect yet)
            -S     : don't imply 'import site' on initialization (no effect yet)
            -u     : force the stdout and stderr streams to be unbuffered (no effect yet)
            -v     : verbose (trace import statements) (no effect yet)
            -V     : print the Python version number and exit (also --version)
                     when given twice, print more information about the build
            -W arg : warning control (no effect yet)
            -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
            -X opt : set implementation-specific option (see --help-xoptions)
            --check-hash-based-pycs always|default|never:
                     control how Python invalidates hash-based .pyc files (no effect yet)
            --help-env      : print help about Python environment variables and exit
            --help-xoptions : print help about implementation-specific -X options and exit
            --help-all      : print complete help information and exit
            """;

    private static final String ARGUMENTS = """
            Arguments:
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty, which
                     arrives with the execution engine)
            arg ...: arguments passed to program in sys.argv[1:]
            """;

    private static final String ENVIRONMENT = """
            Environment variables that change behavior:
            PYTHONPATH   : ':'-separated list of directories searched by -m (ignored with -E or -I).
            Pythebo reads no other PYTHON* variable yet.
            The launcher also reads JAVA_HOME (a JDK 25 or newer) and PYTHEBO_JAVA_OPTS
            (extra JVM options).
            """;

    private static final String X_OPTIONS = """
            The following implementation-specific options are available:

            -X dump-ast: print the program's abstract syntax tree instead of running it,
                exactly as CPython 3.11 prints
                ast.dump(ast.parse(source, filename), include_attributes=True)

            Other -X options are accepted and ignored, as CPython does with unknown ones.
            """;
}
