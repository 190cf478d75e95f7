package org.pythebo.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.ast.Ast;

/** The frame layout handed to the engine: local slots, cells, frees, and each name's resolution. */
class ScopeLayoutTest {

    private static Scope build(String source) throws ParseError {
        return Symtable.build(Parser.parseModule(source, "<test>"), "<test>");
    }

    @Test
    void slotsOfAFunction() throws ParseError {
        Scope module = build("def f(a, b=1, *args, c, **kw):\n    x = a\n    def g():\n        return x + c\n    return g\n");
        Scope f = module.children().getFirst();
        assertEquals(List.of("a", "b", "c", "args", "kw", "x", "g"), f.varnames());
        assertEquals(List.of("c", "x"), f.cellvars());
        assertEquals(List.of(), f.freevars());
        assertEquals(2, f.lookup("c").localSlot());
        assertEquals(0, f.lookup("c").cellSlot());
        assertEquals(1, f.lookup("x").cellSlot());
        assertTrue(f.hasVarargs() && f.hasVarkeywords() && f.childHasFreeVariables());
        Scope g = f.children().getFirst();
        assertEquals(List.of("c", "x"), g.freevars());
        assertEquals(Symbol.Resolution.FREE, g.lookup("x").resolution());
        assertEquals(1, g.lookup("x").cellSlot());
        assertTrue(g.isNested() && g.hasFreeVariables());
    }

    @Test
    void everyNameNodeResolves() throws ParseError {
        Ast.Module tree = Parser.parseModule("def f(p):\n    return [p + q for q in r]\n", "<test>");
        Scope module = Symtable.build(tree, "<test>");
        Ast.FunctionDef def = (Ast.FunctionDef) tree.body().getFirst();
        Scope f = module.childFor(def);
        assertSame(module.lookup("f"), module.symbolOf(def));
        assertSame(f.lookup("p"), f.symbolOf(def.args().args().getFirst()));
        Ast.ListComp comp = (Ast.ListComp) ((Ast.Return) def.body().getFirst()).value();
        Scope listcomp = f.childFor(comp);
        assertEquals(Scope.Kind.COMPREHENSION, listcomp.kind);
        Ast.BinOp sum = (Ast.BinOp) comp.elt();
        assertEquals(Symbol.Resolution.FREE, listcomp.symbolOf(sum.left()).resolution());
        assertEquals(Symbol.Resolution.LOCAL, listcomp.symbolOf(sum.right()).resolution());
        // The first iterable belongs to the enclosing function.
        assertEquals(Symbol.Resolution.GLOBAL_IMPLICIT, f.symbolOf(comp.generators().getFirst().iter()).resolution());
        assertEquals(List.of(".0", "q"), listcomp.varnames());
        assertEquals(Symbol.Resolution.CELL, f.lookup("p").resolution());
    }

    @Test
    void classClosureAndMangling() throws ParseError {
        Scope module = build("class C:\n    def m(self):\n        self.__x = super().m()\n        __y = 1\n");
        Scope c = module.children().getFirst();
        assertTrue(c.needsClassClosure());
        assertEquals(List.of("__class__"), c.cellvars());
        Scope m = c.children().getFirst();
        assertEquals(List.of("__class__"), m.freevars());
        assertEquals("_C__y", m.lookup("__y").name);
    }

    /** Our cells and frees against co_cellvars and co_freevars of the code objects CPython compiles. */
    @Test
    void cellsAndFreesMatchCPython() throws Exception {
        List<String> sources = new ArrayList<>();
        for (String source : SymtableParityTest.SNIPPETS) {
            try {
                Ast.Module tree = Parser.parseModule(source, "<test>");
                CompileChecks.check(tree, Symtable.build(tree, "<test>"), "<test>");
                sources.add(source);
            } catch (ParseError e) {
                // Snippets that do not compile have no code objects.
            }
        }
        String script = """
                import base64, sys, types
                def walk(code, out):
                    out.append(f'{code.co_name}:{code.co_firstlineno}:{",".join(sorted(code.co_cellvars))}:{",".join(sorted(code.co_freevars))}')
                    for const in code.co_consts:
                        if isinstance(const, types.CodeType):
                            walk(const, out)
                for line in sys.stdin:
                    source = base64.b64decode(line).decode()
                    out = []
                    walk(compile(source, '<test>', 'exec'), out)
                    print(' '.join(sorted(out)))
                """;
        List<String> input = sources.stream()
                .map(s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))).toList();
        List<String> expected = oracle(script, input);
        List<String> actual = new ArrayList<>();
        for (String source : sources) {
            List<String> out = new ArrayList<>();
            walk(build(source), out);
            out.sort(null);
            actual.add(String.join(" ", out));
        }
        assertEquals(expected, actual);
    }

    private static void walk(Scope scope, List<String> out) {
        String name = switch (scope.kind) {
            case MODULE -> "<module>";
            case LAMBDA -> "<lambda>";
            case COMPREHENSION -> "<" + scope.name + ">";
            default -> scope.name;
        };
        // A code object's first line is that of its first decorator.
        int line = switch (scope.node) {
            case Ast.FunctionDef f when !f.decoratorList().isEmpty() -> f.decoratorList().getFirst().lineno();
            case Ast.AsyncFunctionDef f when !f.decoratorList().isEmpty() -> f.decoratorList().getFirst().lineno();
            case Ast.ClassDef c when !c.decoratorList().isEmpty() -> c.decoratorList().getFirst().lineno();
            case Ast.Module m -> 1;
            default -> scope.lineno;
        };
        out.add(name + ":" + line + ":" + String.join(",", sorted(scope.cellvars())) + ":"
                + String.join(",", sorted(scope.freevars())));
        for (Scope child : scope.children()) {
            walk(child, out);
        }
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        copy.sort(null);
        return copy;
    }

    private static List<String> oracle(String script, List<String> input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SymtableParityTest.python(), "-c", script);
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        try (var out = process.getOutputStream()) {
            out.write(String.join("\n", input).concat("\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "python3.11 failed");
        return output.lines().toList();
    }
}
