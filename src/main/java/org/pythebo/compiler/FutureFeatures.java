package org.pythebo.compiler;

import java.util.List;

import org.pythebo.parser.ParseError;
import org.pythebo.parser.ast.Ast;

/**
 * The {@code from __future__ import} statements at the start of a module, read as CPython 3.11
 * reads them before building the symbol table: only a docstring and other future imports may
 * precede them, unknown features are errors.
 *
 * @param annotations {@code from __future__ import annotations} (PEP 563): annotations are not evaluated
 * @param lineno the line of the last future import at the start of the module, 0 when none;
 *               a future import on a later line is the compiler's error ({@link CompileChecks})
 */
public record FutureFeatures(boolean annotations, int lineno) {

    private static final List<String> KNOWN = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    public static FutureFeatures of(Ast.Mod mod, String filename) throws ParseError {
        List<Ast.Stmt> body = switch (mod) {
            case Ast.Module m -> m.body();
            case Ast.Interactive i -> i.body();
            default -> List.of();
        };
        boolean annotations = false;
        int lineno = 0;
        int i = hasDocstring(body) ? 1 : 0;
        boolean done = false;
        int previousLine = 0;
        for (; i < body.size(); i++) {
            Ast.Stmt s = body.get(i);
            // After the first other statement, only future imports on the same line are still read.
            if (done && s.lineno() > previousLine) {
                break;
            }
            previousLine = s.lineno();
            if (s instanceof Ast.ImportFrom from && "__future__".equals(from.module())) {
                if (done) {
                    throw Symtable.syntaxError("from __future__ imports must occur at the beginning of the file",
                            filename, s.lineno(), s.colOffset(), s.lineno(), -1);
                }
                for (Ast.Alias alias : from.names()) {
                    String feature = alias.name();
                    if (feature.equals("braces")) {
                        throw Symtable.syntaxError("not a chance", filename, s.lineno(), s.colOffset() + 1, s.lineno(), -1);
                    }
                    if (!KNOWN.contains(feature)) {
                        throw Symtable.syntaxError("future feature " + feature + " is not defined", filename,
                                s.lineno(), s.colOffset() + 1, s.lineno(), -1);
                    }
                    annotations |= feature.equals("annotations");
                }
                lineno = s.lineno();
            } else {
                done = true;
            }
        }
        return new FutureFeatures(annotations, lineno);
    }

    /** A first statement that is a string constant, as CPython's _PyAST_GetDocString. */
    static boolean hasDocstring(List<Ast.Stmt> body) {
        return !body.isEmpty() && body.getFirst() instanceof Ast.ExprStmt e
                && e.value() instanceof Ast.Constant c && c.value() instanceof String;
    }
}
