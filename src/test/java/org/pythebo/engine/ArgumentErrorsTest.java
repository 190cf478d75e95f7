package org.pythebo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TypeErrors of argument binding, for Python functions (every parameter kind) and for
 * built-in functions and methods (ArgParser's METH_O, METH_NOARGS and Argument Clinic styles),
 * compared line by line with what CPython 3.11 prints for the same calls.
 */
class ArgumentErrorsTest {
    @TempDir
    Path dir;

    private static final String DEFS = """
            def f(a, b, c=3, *, d, e=5): pass
            def g(a, /, b, *args, k=1, **kw): pass
            def h(): pass
            def one(x): pass
            def two(x, y=2): pass
            class C:
                def m(self, x): pass
            """;

    private static final List<String> CALLS = List.of(
            "f()", "f(1)", "f(1, 2)", "f(1, 2, d=4, z=0)", "f(1, 2, 3, 4, d=1)", "f(1, 2, 3, 4)", "f(1, a=1, d=2)",
            "g(a=1, b=2)", "g()", "h(1)", "h(1, 2)", "one()", "one(1, 2)", "two(1, 2, 3)", "two(y=1)",
            "C().m()", "C().m(1, 2)", "C.m()",
            "len()", "len(1, 2)", "len(x=1)", "[].append()", "[].append(1, 2)", "[].insert(1)", "[].pop(1, 2)",
            "divmod(1)", "isinstance(1)", "sorted()", "sorted([], 1)", "[].sort(1)", "print(foo=1)",
            "'a'.split(1, 2, 3)", "getattr(1)", "{}.get()", "abs()", "'x'.join()", "min()", "max(1, 2, foo=3)",
            "int('x')", "int('12', 1)", "float('abc')", "chr(-1)", "ord('ab')", "range()", "range(1, 2, 3, 4)");

    @Test
    void sameMessagesAsCPython() throws Exception {
        StringBuilder src = new StringBuilder(DEFS);
        for (String call : CALLS) {
            src.append("try:\n    ").append(call).append("\nexcept Exception as e:\n    print(type(e).__name__, e)\n");
        }
        EngineRunner.Result expected = EngineRunner.cpython(src.toString(), dir, "args.py");
        EngineRunner.Result actual = EngineRunner.pythebo(src.toString(), dir.resolve("args.py").toString());
        assertEquals(expected.stderr(), actual.stderr());
        List<String> exp = expected.stdout().lines().toList();
        List<String> act = actual.stdout().lines().toList();
        for (int i = 0; i < Math.min(exp.size(), act.size()); i++) {
            assertEquals(exp.get(i), act.get(i), "for " + CALLS.get(i));
        }
        assertEquals(exp.size(), act.size());
    }
}
