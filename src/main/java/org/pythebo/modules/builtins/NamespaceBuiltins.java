package org.pythebo.modules.builtins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pythebo.compiler.CodeCache;
import org.pythebo.compiler.Compile;
import org.pythebo.modules._ast.AstModule;
import org.pythebo.modules._imp.ImportSystem;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.ParseOptions;
import org.pythebo.parser.Parser;
import org.pythebo.parser.SourceDecoder;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.PyCell;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The builtins that reach into namespaces and the compiler: globals, locals, vars, exec, eval,
 * compile and __import__; and the source-to-code pipeline they share with imports.
 */
public final class NamespaceBuiltins {
    private NamespaceBuiltins() {}

    // ---- namespaces ----

    @PyMethod("($module, /)")
    public static Object globals(ThreadState ts) {
        return ts.frame.globals.dict;
    }

    @PyMethod("($module, /)")
    public static Object locals(ThreadState ts) {
        return localsOf(ts.frame);
    }

    @PyMethod("($module, object=?, /)")
    public static Object vars(ThreadState ts, Object obj) {
        if (obj == null) {
            return localsOf(ts.frame);
        }
        Object d;
        try {
            d = Ops.lookupAttr(ts, obj, "__dict__");
        } catch (PyException e) {
            if (!e.exc.matches(Exc.AttributeError)) {
                throw e;
            }
            d = null;
        }
        if (d == null) {
            throw PyException.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    /**
     * A frame's locals() as CPython 3.11 gives it: the namespace itself for module code and class
     * bodies; for a function one dict per frame, refreshed from the slots and cells on each call.
     */
    public static Object localsOf(Frame f) {
        if (f.namespace != null) {
            return f.namespace;
        }
        if (f.localsMapping != null) {
            return f.localsMapping;
        }
        PyCode code = f.code;
        if (code.kind != PyCode.Kind.FUNCTION) {
            return f.globals.dict;
        }
        PyDict d = f.localsDict;
        if (d == null) {
            d = new PyDict();
            f.localsDict = d;
        }
        List<String> cellvars = List.of(code.cellvars);
        for (int i = 0; i < code.varnames.length && i < f.locals.length; i++) {
            if (!cellvars.contains(code.varnames[i])) {
                sync(f.ts, d, code.varnames[i], f.locals[i]);
            }
        }
        int ncells = code.cellvars.length;
        for (int i = 0; f.cells != null && i < f.cells.length; i++) {
            String name = i < ncells ? code.cellvars[i] : i - ncells < code.freevars.length ? code.freevars[i - ncells] : null;
            if (name != null) {
                PyCell c = f.cells[i];
                sync(f.ts, d, name, c == null ? null : c.value);
            }
        }
        return d;
    }

    private static void sync(ThreadState ts, PyDict d, String name, Object value) {
        if (value != null) {
            d.setItem(ts, name, value);
        } else {
            d.remove(ts, name);
        }
    }

    // ---- exec, eval, compile ----

    @PyMethod("($module, source, globals=None, locals=None, /, *, closure=None)")
    public static Object exec(ThreadState ts, Object source, Object globals, Object locals, Object closure) {
        Frame caller = ts.frame;
        if (globals == Singleton.NONE) {
            globals = caller.globals.dict;
            if (locals == Singleton.NONE) {
                locals = localsOf(caller);
            }
        } else if (locals == Singleton.NONE) {
            locals = globals;
        }
        if (!(globals instanceof PyDict g)) {
            throw PyException.typeError("exec() globals must be a dict, not " + Ops.typeName(globals));
        }
        if (!isMapping(locals)) {
            throw PyException.typeError("locals must be a mapping or None, not " + Ops.typeName(locals));
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
            if (c.freevars.length > 0 && closure == Singleton.NONE) {
                throw PyException.typeError("code object requires a closure of exactly length " + c.freevars.length);
            }
        } else {
            String text = sourceText(source, "exec() arg 1 must be a string, bytes or code object");
            code = compileString(ts, text, "<string>", "exec");
        }
        run(ts, code, globalsFor(ts, g), g, locals);
        return Singleton.NONE;
    }

    @PyMethod("($module, source, globals=None, locals=None, /)")
    public static Object eval(ThreadState ts, Object source, Object globals, Object locals) {
        if (locals != Singleton.NONE && !isMapping(locals)) {
            throw PyException.typeError("locals must be a mapping");
        }
        if (globals != Singleton.NONE && !(globals instanceof PyDict)) {
            throw PyException.typeError(isMapping(globals)
                    ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        Frame caller = ts.frame;
        if (globals == Singleton.NONE) {
            globals = caller.globals.dict;
            if (locals == Singleton.NONE) {
                locals = localsOf(caller);
            }
        } else if (locals == Singleton.NONE) {
            locals = globals;
        }
        PyDict g = (PyDict) globals;
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
            if (c.freevars.length > 0) {
                throw PyException.typeError("code object passed to eval() may not contain free variables");
            }
        } else {
            String text = sourceText(source, "eval() arg 1 must be a string, bytes or code object");
            int start = 0;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            code = compileString(ts, text.substring(start), "<string>", "eval");
        }
        return run(ts, code, globalsFor(ts, g), g, locals);
    }

    @PyMethod("($module, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)")
    public static Object compile(ThreadState ts, Object source, Object filename, Object mode, Object flags,
                                 Object dontInherit, Object optimize, Object featureVersion) {
        String file = filenameOf(ts, filename);
        long fl = Ops.index(flags);
        // PyCF_MASK (the __future__ flags), PyCF_MASK_OBSOLETE and PyCF_COMPILE_MASK
        if ((fl & ~0x1fe7610L) != 0) {
            throw PyException.valueError("compile(): unrecognised flags");
        }
        long opt = Ops.index(optimize);
        if (opt < -1 || opt > 2) {
            throw PyException.valueError("compile(): invalid optimize value");
        }
        boolean onlyAst = (fl & AstModule.PyCF_ONLY_AST) != 0;
        String m = mode instanceof String s ? s : "";
        switch (m) {
            case "exec", "eval", "single" -> { }
            case "func_type" -> {
                if (!onlyAst) {
                    throw PyException.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
            }
            default -> throw PyException.valueError(onlyAst
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (AstModule.isNode(source)) {
            if (onlyAst) {
                return source;
            }
            Ast.Mod tree = AstModule.toRecords(ts, source, m);
            try {
                return Compile.tree(tree, file, linesFor(file, null));
            } catch (ParseError e) {
                throw toPython(e, null);
            }
        }
        if (onlyAst) {
            return AstModule.toPython(ts, parse(ts, source, file, m, fl, Ops.index(featureVersion)));
        }
        String text = sourceText(source, "compile() arg 1 must be a string, bytes or AST object");
        if (fl == 0 && m.equals("exec") && !file.startsWith("<")) {
            return compileModuleFile(ts, text, file, linesFor(file, text));
        }
        return compileString(ts, text, file, m);
    }

    /**
     * A module file's source, as importlib compiles it: through the code cache, which it writes
     * unless {@code sys.dont_write_bytecode}.
     */
    public static PyCode compileModuleFile(ThreadState ts, String text, String filename, String lines) {
        CodeCache cache = ts.interp.moduleState(CodeCache.class, CodeCache::fromEnvironment);
        Object dontWrite = ts.interp.sys.globals.get("dont_write_bytecode");
        boolean write = dontWrite == null || !Ops.isTrue(ts, dontWrite);
        try {
            return Compile.moduleFile(text, filename, lines, cache, write);
        } catch (ParseError e) {
            throw toPython(e, text);
        }
    }

    /**
     * Source as a tree in a compile() mode, as ast.parse gets it: {@code # type:} comments kept
     * under PyCF_TYPE_COMMENTS, and the grammar of Python 3.{@code featureVersion} when that is
     * given (not -1). The bytes of a module are read as a source file is.
     */
    private static Ast.Mod parse(ThreadState ts, Object source, String filename, String mode, long flags,
                                 long featureVersion) {
        ParseOptions options = new ParseOptions((flags & AstModule.PyCF_TYPE_COMMENTS) != 0,
                featureVersion < 0 ? ParseOptions.LATEST : (int) Math.min(featureVersion, Integer.MAX_VALUE));
        if (mode.equals("exec") && source instanceof PyBytes b) {
            try {
                return Parser.parseFile(withoutNul(b.value()), filename, options);
            } catch (ParseError e) {
                throw toPython(e, null);
            }
        }
        String text = sourceText(source, "compile() arg 1 must be a string, bytes or AST object");
        try {
            return switch (mode) {
                case "exec" -> Parser.parseModule(text, filename, options);
                case "eval" -> Parser.parseExpression(text, filename, options);
                case "single" -> Parser.parseInteractive(text, filename, options);
                default -> Parser.parseFuncType(text, filename, options);
            };
        } catch (ParseError e) {
            throw toPython(e, text);
        }
    }

    private static String filenameOf(ThreadState ts, Object filename) {
        if (filename instanceof String s) {
            return s;
        }
        if (filename instanceof PyBytes b) {
            return new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Object fspath = Ops.type(filename).lookup("__fspath__");
        if (fspath != null) {
            return filenameOf(ts, Ops.callMethod(ts, filename, "__fspath__"));
        }
        throw PyException.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(filename));
    }

    /** The text of a str or bytes-like source (bytes decoded as a source file is). */
    private static String sourceText(Object source, String typeMessage) {
        String text;
        PyBuffer buffer;
        if (source instanceof String s) {
            text = s;
        } else if ((buffer = Convert.bufferOrNull(source)) != null) {
            byte[] data = withoutNul(buffer.toArray());
            try {
                text = SourceDecoder.decode(data, "<string>");
            } catch (ParseError e) {
                throw toPython(e, null);
            }
        } else {
            throw PyException.typeError(typeMessage);
        }
        if (text.indexOf('\0') >= 0) {
            throw PyException.valueError("source code string cannot contain null bytes");
        }
        return text;
    }

    /** Source bytes, which may not hold a NUL (CPython's C strings end at one). */
    private static byte[] withoutNul(byte[] data) {
        for (byte b : data) {
            if (b == 0) {
                throw PyException.valueError("source code string cannot contain null bytes");
            }
        }
        return data;
    }

    private static boolean isMapping(Object o) {
        return o instanceof PyDict || (!(o instanceof PyTuple) && !(o instanceof String) && !(o instanceof PyType)
                && Ops.type(o).lookup("__getitem__") != null);
    }

    /**
     * The Globals for running code in dict g: the caller's own when g is its namespace (warm
     * caches); otherwise g with the builtins its {@code __builtins__} names, which exec and eval
     * set to the caller's builtins when it is missing.
     */
    public static Globals globalsFor(ThreadState ts, PyDict g) {
        Globals callerGlobals = ts.frame.globals;
        if (g == callerGlobals.dict) {
            return callerGlobals;
        }
        Globals callerBuiltins = callerGlobals.builtins != null ? callerGlobals.builtins : callerGlobals;
        Object b = g.get(ts, "__builtins__");
        if (b == null) {
            g.setItem(ts, "__builtins__", callerBuiltins.dict);
            return new Globals(g, callerBuiltins);
        }
        if (b instanceof PyModule m) {
            return new Globals(g, m.globals);
        }
        if (b instanceof PyDict d) {
            return new Globals(g, d == callerBuiltins.dict ? callerBuiltins : new Globals(d, null));
        }
        return new Globals(g, ts.interp.builtins);
    }

    /** Runs a code object with these globals and locals (module code sees locals as its namespace). */
    public static Object run(ThreadState ts, PyCode code, Globals globals, PyDict globalsDict, Object locals) {
        PyCell[] cells = new PyCell[code.cellvars.length + code.freevars.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new PyCell(null);
        }
        PyDict ns = locals instanceof PyDict d && d != globalsDict ? d : null;
        Frame f = new Frame(ts, code, globals, new Object[code.varnames.length], cells, ns);
        if (!(locals instanceof PyDict) && locals != null) {
            f.localsMapping = locals;
        }
        return code.run(f);
    }

    // ---- the source-to-code pipeline ----

    /** Compiles source text in a compile() mode; SyntaxError (and the rest) as Python exceptions. */
    public static PyCode compileString(ThreadState ts, String text, String filename, String mode) {
        Compile.Mode m = switch (mode) {
            case "eval" -> Compile.Mode.EVAL;
            case "single" -> Compile.Mode.SINGLE;
            default -> Compile.Mode.EXEC;
        };
        try {
            return Compile.source(text, filename, m, linesFor(filename, text));
        } catch (ParseError e) {
            throw toPython(e, text);
        }
    }


    /** The lines tracebacks quote: CPython finds them only for a file that exists (as linecache does). */
    private static String linesFor(String filename, String text) {
        if (filename.startsWith("<")) {
            return "";
        }
        try {
            Path p = Path.of(filename);
            return Files.isRegularFile(p) ? Files.readString(p) : "";
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** A ParseError as the Python exception CPython raises (with the source line filled in). */
    public static PyException toPython(ParseError e, String text) {
        ThreadState ts = ThreadState.current();
        PyType type = switch (e.kind) {
            case RecursionError -> Exc.RecursionError;
            case MemoryError -> Exc.MemoryError;
            case IndentationError -> Exc.IndentationError;
            case TabError -> Exc.TabError;
            case SyntaxError -> Exc.SyntaxError;
        };
        if (e.kind == ParseError.Kind.RecursionError || e.kind == ParseError.Kind.MemoryError) {
            return PyException.of(type, e.msg);
        }
        String line = e.text;
        if (line == null && text != null && e.lineno >= 1) {
            String[] lines = text.split("\n", -1);
            if (e.lineno <= lines.length) {
                line = lines[e.lineno - 1] + "\n";
            }
        }
        Object info = PyTuple.of(e.filename == null ? Singleton.NONE : e.filename, (long) e.lineno, (long) e.offset,
                line == null ? Singleton.NONE : line, (long) e.endLineno, (long) e.endOffset);
        Object exc = Ops.call(ts, type, e.msg, info);
        return new PyException((PyBaseException) exc);
    }

    // ---- __import__ ----

    @PyMethod("($module, /, name, globals=None, locals=None, fromlist=(), level=0)")
    public static Object __import__(ThreadState ts, Object name, Object globals, Object locals, Object fromlist,
                                    Object level) {
        if (!(name instanceof String n)) {
            throw PyException.typeError("module name must be str, not " + Ops.typeName(name));
        }
        long lv = Ops.index(level);
        Object[] from = fromlist == Singleton.NONE ? new Object[0] : Ops.toArray(ts, fromlist);
        return ImportSystem.of(ts).importName(ts, n, globals instanceof PyDict g ? g : null, from, (int) lv);
    }
}
