package org.pythebo.compiler;

import java.util.List;

import org.pythebo.compiler.nodes.ExecNodes;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.exec.PyCode;

/**
 * The one way from source or a syntax tree to a code object, for every caller (the command line,
 * the prompt, compile/exec/eval, imports): parsing, scope analysis, the compile-time checks, then
 * lowering, as CPython's {@code Py_CompileStringObject} and {@code _PyAST_Compile} chain them.
 * Errors are {@link ParseError}s; callers turn them into what they report.
 *
 * <p>{@code lines} is the source text tracebacks quote (empty when they quote nothing).
 */
public final class Compile {
    private Compile() {}

    /** The modes of {@code compile()}. */
    public enum Mode { EXEC, EVAL, SINGLE }

    /** Source text in a mode of {@code compile()}. */
    public static PyCode source(String text, String filename, Mode mode, String lines) throws ParseError {
        return switch (mode) {
            case EXEC -> module(Parser.parseModule(text, filename), filename, lines);
            case EVAL -> expression(Parser.parseExpression(text, filename), filename, lines);
            case SINGLE -> interactive(Parser.parseInteractive(text, filename), filename, lines);
        };
    }

    /** A tree made by Python code and given to compile(): a module, an expression or interactive statements. */
    public static PyCode tree(Ast.Mod tree, String filename, String lines) throws ParseError {
        return switch (tree) {
            case Ast.Module m -> module(m, filename, lines);
            case Ast.Expression e -> expression(e, filename, lines);
            case Ast.Interactive i -> interactive(i, filename, lines);
            case Ast.FunctionType f -> throw new IllegalArgumentException("a function type is no code");
        };
    }

    /**
     * The source of a module file: its tree comes from the code cache when this text was compiled
     * before (and then needs no compile-time checks again: it passed them), else it is parsed and,
     * when {@code write} (CPython's {@code sys.dont_write_bytecode} is false), cached once it has compiled.
     */
    public static PyCode moduleFile(String text, String filename, String lines, CodeCache cache, boolean write)
            throws ParseError {
        Ast.Module cached = cache.lookup(text);
        if (cached != null) {
            return module(cached, filename, lines, false);
        }
        Ast.Module m = Parser.parseModule(text, filename);
        PyCode code = module(m, filename, lines);
        if (write) {
            cache.store(text, m);
        }
        return code;
    }

    /** A module; its leading string constant becomes {@code __doc__}. */
    public static PyCode module(Ast.Module m, String filename, String lines) throws ParseError {
        return module(m, filename, lines, true);
    }

    private static PyCode module(Ast.Module m, String filename, String lines, boolean check) throws ParseError {
        Scope top = Symtable.build(m, filename);
        if (check) {
            CompileChecks.check(m, top, filename);
        }
        PyCode code = Compiler.compileModule(m, top, filename, lines);
        if (!m.body().isEmpty() && m.body().get(0) instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant c
                && c.value() instanceof String doc) {
            code.setBody(ExecNodes.withDocstring(code.body(), doc));
        }
        return code;
    }

    /** An expression (eval mode): the code returns its value. */
    public static PyCode expression(Ast.Expression e, String filename, String lines) throws ParseError {
        Scope top = Symtable.build(e, filename);
        CompileChecks.check(e, top, filename);
        Ast.Expr body = e.body();
        Ast.Module m = new Ast.Module(List.of(new Ast.ExprStmt(body, body.lineno(), body.colOffset(),
                body.endLineno(), body.endColOffset())), List.of());
        PyCode code = Compiler.compileModule(m, top, filename, lines);
        code.setBody(ExecNodes.evalBody(code.body()));
        return code;
    }

    /** Interactive statements (single mode): expression statements' values go to sys.displayhook. */
    public static PyCode interactive(Ast.Interactive i, String filename, String lines) throws ParseError {
        Scope top = Symtable.build(i, filename);
        CompileChecks.check(i, top, filename);
        PyCode code = Compiler.compileModule(new Ast.Module(i.body(), List.of()), top, filename, lines);
        code.setBody(ExecNodes.singleBody(code.body()));
        return code;
    }

    /**
     * One statement of the prompt: checked as typed; an expression statement's code returns its
     * value, which the prompt displays.
     */
    public static PyCode promptStatement(Ast.Stmt stmt, String filename) throws ParseError {
        Ast.Module typed = new Ast.Module(List.of(stmt), List.of());
        Scope top = Symtable.build(typed, filename);
        CompileChecks.check(typed, top, filename);
        if (stmt instanceof Ast.ExprStmt e) {
            Ast.Module returning = new Ast.Module(List.of(new Ast.Return(e.value(), e.lineno(), e.colOffset(),
                    e.endLineno(), e.endColOffset())), List.of());
            return Compiler.compileModule(returning, Symtable.build(returning, filename), filename, "");
        }
        return Compiler.compileModule(typed, top, filename, "");
    }
}
