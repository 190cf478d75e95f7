package org.pythebo.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pythebo.parser.ast.Ast;

/**
 * A namespace block as CPython 3.11's symtable sees it: the module, a class body, a function, a
 * lambda or a comprehension (3.11 gives every comprehension a function scope of its own, whose
 * only parameter {@code .0} is the first iterator, evaluated in the enclosing scope).
 *
 * <p>Built by {@link Symtable#build}; read-only afterwards. Besides what {@code symtable} reports,
 * a function-like scope carries the frame layout the engine uses: {@link #varnames()} (indexed
 * locals, parameters first), {@link #cellvars()} and {@link #freevars()}, and every {@code Name}
 * and {@code arg} node of the scope maps to its {@link Symbol} ({@link #symbolOf}).
 */
public final class Scope {

    public enum Kind {
        MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION,
        /** An annotation under {@code from __future__ import annotations}: checked, never run. */
        ANNOTATION;

        /** CPython's FunctionBlock: names are fast locals, cells and frees. */
        public boolean isFunctionLike() {
            return this == FUNCTION || this == LAMBDA || this == COMPREHENSION;
        }
    }

    /** Which comprehension a {@link Kind#COMPREHENSION} scope implements. */
    public enum Comprehension { LIST, SET, DICT, GENERATOR }

    public final Kind kind;
    /** "top" for the module, the def or class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr". */
    public final String name;
    public final int lineno;
    /** The node that opens the scope: the Module, a def, ClassDef, Lambda or comprehension expression. */
    public final Ast.Node node;
    public final Scope parent;
    /** The class name private names are mangled with, or null outside classes. */
    final String privateName;
    final Comprehension comprehension;
    /** Inside a function (directly or through other scopes), as CPython's ste_nested. */
    final boolean nested;

    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final IdentityHashMap<Ast.Node, Scope> childByNode = new IdentityHashMap<>();
    final IdentityHashMap<Ast.Node, Symbol> symbolByNode = new IdentityHashMap<>();

    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    /** Has free variables of its own (ste_free). */
    boolean hasFree;
    /** Some nested scope has free variables (ste_child_free). */
    boolean childFree;
    /** A class whose methods use {@code __class__} or zero-argument super(). */
    boolean needsClassClosure;

    /** A global or nonlocal declaration of a (mangled) name, where analysis errors point. */
    record Directive(String name, Ast.Located at) {}

    final List<Directive> directives = new ArrayList<>();
    /** Walking a comprehension's iteration target. */
    boolean compIterTarget;
    /** Depth of comprehension iterables being walked (inherited by nested scopes). */
    int compIterExpr;

    List<String> varnames = List.of();
    List<String> cellvars = List.of();
    List<String> freevars = List.of();

    Scope(Kind kind, String name, int lineno, Ast.Node node, Scope parent, String privateName,
          Comprehension comprehension) {
        this.kind = kind;
        this.name = name;
        this.lineno = lineno;
        this.node = node;
        this.parent = parent;
        this.privateName = privateName;
        this.comprehension = comprehension;
        this.nested = parent != null && (parent.nested || parent.kind.isFunctionLike());
    }

    /** The nested scopes in source order (annotation scopes are not listed, as in CPython). */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The scope opened by {@code node} (a def, class, lambda or comprehension directly in this scope), or null. */
    public Scope childFor(Ast.Node node) { return childByNode.get(node); }

    /** The symbols in the order CPython first records them. */
    public Map<String, Symbol> symbols() { return Collections.unmodifiableMap(symbols); }

    /** The symbol of {@code name} as written in the source (it is mangled here), or null. */
    public Symbol lookup(String name) { return symbols.get(mangle(privateName, name)); }

    /** The symbol a {@code Name} or {@code arg} node of this scope refers to, or null for other nodes. */
    public Symbol symbolOf(Ast.Node nameOrArg) { return symbolByNode.get(nameOrArg); }

    /** The parameter names in CPython's order: positional-only, positional, keyword-only, *args, **kwargs. */
    public List<String> params() { return Collections.unmodifiableList(params); }

    public Comprehension comprehension() { return comprehension; }

    public boolean isNested() { return nested; }

    public boolean isGenerator() { return generator; }

    public boolean isCoroutine() { return coroutine; }

    public boolean hasVarargs() { return varargs; }

    public boolean hasVarkeywords() { return varkeywords; }

    public boolean returnsValue() { return returnsValue; }

    public boolean hasFreeVariables() { return hasFree; }

    /** A nested scope has free variables, so this one builds closures. */
    public boolean childHasFreeVariables() { return childFree; }

    /** A class whose body needs a {@code __class__} cell for its methods' zero-argument super(). */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** Function-like scopes: the locals by slot index, parameters first. Empty for other scopes. */
    public List<String> varnames() { return varnames; }

    /** The cells this scope creates, by index; a class that needs one has just {@code __class__}. */
    public List<String> cellvars() { return cellvars; }

    /** The cells this scope receives from its closure, indexed after {@link #cellvars()}. */
    public List<String> freevars() { return freevars; }

    /** CPython's private name mangling: {@code __x} in class {@code _C} becomes {@code _C__x}. */
    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(start) + name;
    }

    @Override
    public String toString() {
        return kind + " " + name + " line " + lineno;
    }
}
