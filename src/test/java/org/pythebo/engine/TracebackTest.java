package org.pythebo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uncaught exceptions: the traceback text (source lines, 3.11's carets, chaining, repeated
 * lines, "Did you mean") and the exit status, compared with CPython 3.11 byte for byte.
 */
class TracebackTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "def f(a, b):\n    return a / b\ndef g(x):\n    y = f(x,\n          0)\n    return y\nx = g(3) + 1\n",
        "d = {}\ntry:\n    d['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n",
        "lst = [1, 2]\ndef h():\n    return lst[5] + 1\ntry:\n    h()\nexcept IndexError:\n    print(lstt)\n",
        "x = 1\nprint(x.foo)\n",
        "class A:\n    def __init__(s):\n        s.abc = 1\nA().abd\n",
        "def down(n):\n    return down(n + 1)\ndown(0)\n",
        "def f():\n    x = y + 1\n    y = 2\nf()\n",
        "try:\n    1 / 0\nfinally:\n    print('cleanup')\n",
        "assert 1 + 1 == 3\n",
        "raise SystemExit('bye')\n",
        "import sys\nsys.exit(3)\n",
        "class E(Exception):\n    pass\nraise E('custom', 2)\n",
        "def f():\n    try:\n        raise TypeError('a')\n    except TypeError:\n        raise\nf()\n",
        "s = 'abc' + 1\n",
        "print(len(5))\n",
        "for x in 42:\n    pass\n",
        "a, b = [1, 2, 3]\n",
    })
    void sameAsCPython(String program) throws Exception {
        EngineRunner.Result expected = EngineRunner.cpython(program, dir, "prog.py");
        EngineRunner.Result actual = EngineRunner.pythebo(program, dir.resolve("prog.py").toString());
        assertEquals(expected.stdout(), actual.stdout());
        assertEquals(expected.stderr(), actual.stderr());
        assertEquals(expected.status(), actual.status());
    }
}
