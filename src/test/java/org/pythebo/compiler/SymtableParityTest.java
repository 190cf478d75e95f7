package org.pythebo.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.ast.Ast;
import org.pythebo.parity.RecordKey;

/**
 * Compares our scopes with CPython 3.11's {@code symtable}, dumped by tests/tools/cpython_symtable.py
 * in the same canonical form as {@link #dump}: for snippets exercising every rule, and for the
 * modules of CPython's standard library. Rejections must match too: SyntaxErrors from the symbol
 * table ({@code .err}) and, for the snippets, those of {@code compile()} ({@code .compile}).
 */
class SymtableParityTest {

    static final List<String> SNIPPETS = List.of(
            // Closures, cells, frees, globals.
            "x = 1\ndef f(a, b=x, *args, c, d=2, **kw):\n    y = a\n    def g():\n        return y + x\n    return g\n",
            "def f(a, /, b, *, c):\n    def g():\n        nonlocal a\n        a = 1\n    return g\n",
            "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n",
            "def f():\n    global y\n    y = 1\n    def g():\n        return y\n",
            "def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n",
            "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
            "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return y\n",
            "def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            return x\n",
            "def f():\n    del x\n    def g(): x\n",
            "def f():\n    import os.path as p, sys, a.b.c\n    from . import z\n    return lambda: (p, a)\n",
            "import a.b.c\nfrom x import *\nfrom y import (u as v, w)\n",
            "global g\ng = 1\n",
            "def f():\n    def g(): nonlocal h; h = 1\n    h = 0\n",
            // Classes: __class__, super, mangling.
            "class C:\n    def m(self):\n        super().m()\n    def n(self):\n        return __class__\n",
            "class C:\n    def m(self):\n        return [super() for _ in ()]\n    super = 1\n",
            "class C:\n    __a = 1\n    def __m(self, __b):\n        self.__c = __b\n        __d = __a\n        import __e.f\n        return lambda: __d\n    __x__ = 2\n",
            "class _:\n    __a = 1\nclass __B:\n    __a = 1\n    class C_:\n        def __f(self): return __a\n",
            "def f():\n    __class__ = 1\n    class C:\n        def m(self): return __class__\n",
            "class C:\n    x = 1\n    y = [x for _ in range(3)]\n    z = [i for i in x]\n",
            "class A:\n    class B:\n        def f(self): super()\n    def g(self): pass\n",
            // Comprehensions.
            "[x for x in y]\n{x: y for x, y in z if x for w in x}\n{a for a in b}\n(g for g in h)\n",
            "def f(y):\n    return [(x, y) for x in y for z in (lambda: x)()]\n",
            "def f():\n    return [[i * j for j in range(i)] for i in range(3)]\n",
            "def f():\n    if any((last := x) > 0 for x in y):\n        return last\n",
            "[(last := x) for x in y]\nprint(last)\n",
            "def f():\n    global t\n    [(t := x) for x in y]\n",
            "def f():\n    [[(w := i) for i in range(3)] for j in range(2)]\n    return w\n",
            "def f():\n    lambda: [(z := 1) for _ in ()]\n",
            "async def f():\n    return [await x async for x in y]\n",
            "async def f():\n    return (await x for x in y)\n",
            "def f():\n    return {k: v for k, v in d.items() if (lambda: k)() if v}\n",
            "def f():\n    return (x async for x in y)\n",
            "def f(x):\n    return [y for y in (lambda: x)()]\n",
            // Annotations.
            "x: int\ny: 'str' = 1\n(z): int = 2\na.b: c\nd[0]: e = 3\n",
            "def f(a: A, *b: B, c: C = 1, **d: D) -> R:\n    e: E\n    g: G = 1\n    (h): H\n",
            "def f():\n    x: int\n    def g():\n        return x\n",
            "global x\nx: int = 1\n",
            "from __future__ import annotations\ndef f(a: A, b: 'B' = c) -> R:\n    x: X = 1\n",
            "from __future__ import annotations\nclass C:\n    x: List[int] = []\n    y: (lambda: z) = 1\n",
            "'''doc'''\nfrom __future__ import annotations, division\nx: int\n",
            // Generators, coroutines, lambdas, decorators.
            "def g():\n    yield 1\n    x = yield from h()\n",
            "async def a():\n    await b()\n    async with c() as d:\n        async for e in f():\n            pass\n",
            "f = lambda a, *b, c=d, **e: a + b + c + e + g\n",
            "@dec(lambda: 1)\ndef f(x=lambda: 2):\n    pass\n@cls_dec\nclass C(B, metaclass=M, **kw):\n    pass\n",
            "def f(a=lambda: 1, *, b=lambda: 2) -> (lambda: 3):\n    pass\n",
            // Statements binding names.
            "try:\n    pass\nexcept E as e:\n    f = lambda: 1\nelse:\n    g = lambda: 2\nfinally:\n    h = lambda: 3\n",
            "try:\n    pass\nexcept* E as e:\n    pass\n",
            "with a as b, c as (d, e):\n    pass\nfor i, *j in k:\n    pass\nelse:\n    pass\nwhile 0:\n    del m\n",
            "match p:\n    case [a, *b] if a:\n        pass\n    case {'k': c, **d}:\n        pass\n    case Point(x=e, y=([f, g] | (f, g)) as h) | Q(e, f, g, h):\n        pass\n    case _:\n        pass\n",
            "x += 1\ny[0] = z\nw.v = u\nassert q, r\nraise s from t\n",
            "def f():\n    x = 1\n    def g():\n        x = 2\n        def h():\n            nonlocal x\n            x = 3\n        return h\n",
            "def f():\n    def g():\n        return h\n    def h():\n        return g\n",
            "print(f'{a!r:{b}} {c}')\n",
            "def f():\n    def g():\n        super()\n",
            "class C:\n    def f(self):\n        def g():\n            return __class__\n        return g\n",
            // Errors raised by the symbol table.
            "def f():\n    x = 1\n    global x\n",
            "def f():\n    print(x)\n    global x\n",
            "def f(x):\n    global x\n",
            "def f(x):\n    nonlocal x\n",
            "nonlocal x\n",
            "def f():\n    nonlocal x\n",
            "def f():\n    global x\n    nonlocal x\n",
            "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
            "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
            "def f(a, b, a):\n    pass\n",
            "lambda a, a: 1\n",
            "def f(a, *, a): pass\n",
            "def f():\n    from os import *\n",
            "class C:\n    from os import *\n",
            "def f():\n    global x\n    x: int\n",
            "def f():\n    x: int\n    global x\n",
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
            "[x for x in (y := [1])]\n",
            "[x for x in [lambda: (y := 1)]]\n",
            "class C:\n    [(y := 1) for x in z]\n",
            "[(x := 1) for x in z]\n",
            "[i for i in range(5) if (j := 0) for j in range(5)]\n",
            "def f():\n    [(yield x) for x in y]\n",
            "def f():\n    {(yield x) for x in y}\n",
            "def f():\n    {(yield): x for x in y}\n",
            "def f():\n    ((yield from x) for x in y)\n",
            "from __future__ import annotations\ndef f(x: (yield)): pass\n",
            "from __future__ import annotations\nx: (y := 1)\n",
            "from __future__ import annotations\nasync def f(x: await y): pass\n",
            "from __future__ import braces\n",
            "from __future__ import spam\n",
            "import os; from __future__ import annotations\n",
            "x = 1\nglobal x\n",
            "def f():\n    é = 1; global é\n",
            "class C:\n    def f(self):\n        global __x\n        nonlocal __x\n",
            // Errors raised by the compiler (CompileChecks).
            "return 1\n",
            "class C:\n    return\n",
            "async def f():\n    yield 1\n    return 2\n",
            "async def f():\n    yield 1\n    return None\n",
            "async def f():\n    yield 1\n    return\n",
            "break\n",
            "for x in y:\n    pass\nelse:\n    break\n",
            "while 1:\n    def f():\n        continue\n",
            "while 1:\n    class C:\n        break\n",
            "while 1:\n    try:\n        pass\n    finally:\n        continue\n",
            "for x in y:\n    with z:\n        if x:\n            break\n        else:\n            continue\n",
            "continue\n",
            "await x\n",
            "def f():\n    await x\n",
            "lambda: await x\n",
            "async def f():\n    lambda: await x\n",
            "async def f():\n    class C:\n        await x\n",
            "def f():\n    [await x for x in y]\n",
            "def f():\n    [x async for x in y]\n",
            "def f():\n    (await x for x in y)\n",
            "async def f():\n    [[await z for z in x] for x in y]\n",
            "async def f():\n    lambda: [await z for z in x]\n",
            "[x async for x in y]\n",
            "def f():\n    async for x in y: pass\n",
            "def f():\n    async with x: pass\n",
            "async for x in y: pass\n",
            "async with x: pass\n",
            "yield 1\n",
            "class C:\n    yield 1\n",
            "x = yield from y\n",
            "async def f():\n    yield from y\n",
            "f = lambda: (yield)\n",
            "*a = 1\n",
            "*a, *b = 1\n",
            "[a, [*b, *c]] = d\n",
            "x = *a\n",
            "x = *a,\n",
            "del (a, b), [c], d.e, f[g]\n",
            "print(*a, *b, **c)\n",
            "for *x in y: pass\n",
            "f(a=1, a=2)\n",
            "f(a=1, **k, a=2)\n",
            "class C(a=1, a=2): pass\n",
            "__debug__ = 1\n",
            "def f(__debug__): pass\n",
            "def f(*, a, **__debug__): pass\n",
            "lambda __debug__: 1\n",
            "f(__debug__=1)\n",
            "del __debug__\n",
            "x.__debug__ = 1\n",
            "del x.__debug__\n",
            "for __debug__ in x: pass\n",
            "import __debug__\n",
            "import __debug__.x\n",
            "from x import y as __debug__\n",
            "def __debug__(): pass\n",
            "class __debug__: pass\n",
            "try:\n    pass\nexcept E as __debug__:\n    pass\n",
            "match x:\n    case [__debug__]: pass\n",
            "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
            "try:\n    pass\nexcept* E:\n    pass\n",
            "x = 1\nfrom __future__ import annotations\n",
            "def f():\n    from __future__ import division\n",
            "from __future__ import annotations\ndef f() -> (yield): pass\n",
            "def f() -> (yield): pass\n",
            "x: (yield)\n",
            "def f():\n    x: (yield)\n    y: await z\n",
            "class C:\n    x: await y\n",
            "if 1:\n    [x for x in y if (yield)]\n",
            "'doc'\nreturn\n",
            "def f():\n    return [(yield) for x in y]\n",
            "[x for x in await y]\n",
            "def f():\n    x = [y async for y in z]\n    return 1\n",
            "def f(*args: *Ts): pass\n",
            "def f(*args: *Ts): (yield)\n",
            "def f():\n    return {await x: y for x in z}\n",
            "async def f():\n    return {await x: y for x in z}\n",
            "def f():\n    break\n    await x\n",
            "while x:\n    f(lambda: (yield))\n    break\n");

    @Test
    void snippets() throws Exception {
        Path dir = work().resolve("snippets");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < SNIPPETS.size(); i++) {
            Path file = dir.resolve(String.format("s%03d.py", i));
            byte[] data = SNIPPETS.get(i).getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), data)) {
                Files.write(file, data);
            }
            files.add(file);
        }
        recordMissing(files, true);
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            if (!compare(file, failures)) {
                failures.add(file + ": our parser rejects it: " + source(file));
                continue;
            }
            compareCompile(file, failures);
        }
        report(failures, files.size());
    }

    @Test
    void standardLibrary() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("/usr/lib/python3.11"))) {
            files = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains("/site-packages/") && !p.toString().contains("/dist-packages/"))
                    .sorted().toList();
        }
        recordMissing(files, true);
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (Path file : files) {
            if (compare(file, failures)) {
                compareCompile(file, failures);
                compared++;
            }
        }
        assertTrue(compared > 1000, "only " + compared + " library files could be compared");
        report(failures, compared);
    }

    /** Compares one file with CPython's record; false when our parser cannot read it (not a scope failure). */
    private static boolean compare(Path file, List<String> failures) throws IOException {
        Path expectedDump = record(file, ".symtable");
        Path expectedError = record(file, ".err");
        Ast.Module module;
        try {
            module = Parser.parseFile(Files.readAllBytes(file), file.toString());
        } catch (ParseError | RuntimeException | StackOverflowError e) {
            // The parser's own tests judge what it rejects.
            return false;
        }
        String actual;
        try {
            actual = dump(Symtable.build(module, file.toString()));
        } catch (ParseError e) {
            actual = null;
            if (Files.exists(expectedError)) {
                return compareError(file, errorLine(e), readRecord(expectedError), failures);
            }
            failures.add(file + ": unexpected " + errorLine(e));
            return true;
        } catch (RuntimeException e) {
            failures.add(file + ": " + e);
            return true;
        }
        if (!Files.exists(expectedDump)) {
            failures.add(file + ": CPython rejects it: " + readRecord(expectedError));
            return true;
        }
        String expected = Files.readString(expectedDump);
        if (!expected.equals(actual)) {
            failures.add(file + ": first difference:\n" + firstDifferentLine(expected, actual));
        }
        return true;
    }

    /** Compares what compile() says (CompileChecks after the symbol table) for a snippet. */
    private static void compareCompile(Path file, List<String> failures) throws IOException {
        String expected = readRecord(record(file, ".compile"));
        String actual;
        try {
            Ast.Module module = Parser.parseFile(Files.readAllBytes(file), file.toString());
            CompileChecks.check(module, Symtable.build(module, file.toString()), file.toString());
            actual = "ok";
        } catch (ParseError e) {
            actual = errorLine(e);
        }
        if (!expected.equals(actual)) {
            failures.add(file + " compile():\n  expected: " + expected + "\n  actual:   " + actual
                    + "\n  source: " + source(file));
        }
    }

    private static boolean compareError(Path file, String actual, String expected, List<String> failures)
            throws IOException {
        if (!expected.equals(actual)) {
            failures.add(file + ":\n  expected: " + expected + "\n  actual:   " + actual
                    + "\n  source: " + source(file));
        }
        return true;
    }

    private static String source(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.length() > 300 ? "(" + text.length() + " characters)" : text.replace("\n", "\\n");
    }

    /** A one-line record without its line end (its last field may be empty). */
    private static String readRecord(Path path) throws IOException {
        String text = Files.readString(path);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** The record format of cpython_symtable.py's .err files (messages here hold no tabs or newlines). */
    static String errorLine(ParseError e) {
        return e.kind + "\t" + e.msg + "\t" + e.lineno + "\t" + e.offset + "\t" + e.endLineno + "\t"
                + (e.endOffset < 0 ? "" : Integer.toString(e.endOffset));
    }

    /** The canonical dump, line for line that of cpython_symtable.py. */
    static String dump(Scope root) {
        StringBuilder sb = new StringBuilder();
        dump(root, 0, sb);
        return sb.toString();
    }

    private static void dump(Scope scope, int depth, StringBuilder sb) {
        String pad = "  ".repeat(depth);
        String type = switch (scope.kind) {
            case MODULE -> "module";
            case CLASS -> "class";
            default -> "function";
        };
        sb.append(pad).append(type).append(' ').append(scope.name).append(" line=").append(scope.lineno)
                .append(" nested=").append(scope.isNested() ? 1 : 0)
                .append(" params=").append(String.join(",", scope.params())).append('\n');
        List<String> names = new ArrayList<>(scope.symbols().keySet());
        names.sort(null);
        String[] labels = {"GLOBAL", "LOCAL", "PARAM", "NONLOCAL", "USE", "FREE", "FREE_CLASS", "IMPORT", "ANNOT",
                "COMP_ITER"};
        for (String name : names) {
            Symbol symbol = scope.symbols().get(name);
            StringBuilder flags = new StringBuilder();
            for (int bit = 0; bit < labels.length; bit++) {
                if ((symbol.flags() & (1 << bit)) != 0) {
                    flags.append(flags.isEmpty() ? "" : "|").append(labels[bit]);
                }
            }
            sb.append(pad).append("  . ").append(name).append(' ').append(symbol.resolution()).append(' ')
                    .append(flags.isEmpty() ? "-" : flags).append('\n');
        }
        for (Scope child : scope.children()) {
            dump(child, depth + 1, sb);
        }
    }

    // ---- CPython's records, cached under target/ ----

    /** target/symtable-parity, or under -Dpythebo.target; the repository is -Dpythebo.root (default: here). */
    static Path work() {
        String configured = System.getProperty("pythebo.target");
        Path target = configured != null ? Path.of(configured) : root().resolve("target");
        return target.toAbsolutePath().resolve("symtable-parity");
    }

    static Path root() {
        return Path.of(System.getProperty("pythebo.root", "")).toAbsolutePath();
    }

    /** CPython's record of {@code file} with the given suffix (.symtable, .err, .compile). */
    static Path record(Path file, String suffix) {
        Path base = work().resolve("cpython").resolve(file.toAbsolutePath().toString().substring(1));
        return base.resolveSibling(base.getFileName() + suffix);
    }

    /** Runs cpython_symtable.py on the files whose records are missing or were made for other contents. */
    static void recordMissing(List<Path> files, boolean withCompile) throws IOException, InterruptedException {
        Path script = root().resolve("tests/tools/cpython_symtable.py");
        Path python = Path.of(python());
        Map<Path, String> missing = new LinkedHashMap<>();
        for (Path file : files) {
            // Records made with --compile carry their own key, so that a record without .compile is redone.
            Path base = record(file, withCompile ? "+compile" : "");
            String key = RecordKey.of(file, script, python);
            if (!RecordKey.current(base, key)) {
                missing.put(file, key);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        for (Path file : missing.keySet()) {
            for (String suffix : List.of(".symtable", ".err", ".compile")) {
                Files.deleteIfExists(record(file, suffix));
            }
        }
        Path list = work().resolve("missing.txt");
        Files.createDirectories(work());
        Files.write(list, missing.keySet().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(), "--out",
                work().resolve("cpython").toString(), "--jobs", "4", "--list", list.toString()));
        if (withCompile) {
            command.add("--compile");
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("PYTHONHASHSEED", "0");
        int status = builder.start().waitFor();
        if (status != 0) {
            fail("cpython_symtable.py failed with status " + status);
        }
        for (Map.Entry<Path, String> e : missing.entrySet()) {
            RecordKey.store(record(e.getKey(), withCompile ? "+compile" : ""), e.getValue());
        }
    }

    static String python() {
        Path python = Path.of(System.getProperty("pythebo.python", "/usr/bin/python3.11"));
        assertTrue(Files.isExecutable(python), "CPython 3.11 not found at " + python);
        return python.toString();
    }

    private static String firstDifferentLine(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "  line " + (i + 1) + "\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return "  (none)";
    }

    private static void report(List<String> failures, int total) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + total + " differ:\n"
                    + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
    }
}
