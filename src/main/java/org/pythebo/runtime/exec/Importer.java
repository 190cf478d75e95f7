package org.pythebo.runtime.exec;

import java.util.List;

import org.pythebo.runtime.collections.PyDict;

/**
 * The import system as the runtime and the executable tree see it: what the import statements
 * and {@code builtins.__import__} call. The modules stage implements it (importlib's machinery
 * needs the compiler, which sits above the runtime).
 */
public interface Importer {
    /** {@code import name} / {@code from ... import}: builtins.__import__, or the program's replacement of it. */
    Object importStatement(ThreadState ts, Globals globals, String name, Object[] fromlist, int level);

    /** {@code __import__(name, globals, None, fromlist, level)}. */
    Object importName(ThreadState ts, String name, PyDict globals, Object[] fromlist, int level);

    /** {@code from module import name}: the attribute, or the submodule of that name. */
    Object importFrom(ThreadState ts, Object module, String name);

    /**
     * The {@code __loader__} of a main module: importlib's SourceFileLoader for a program file,
     * its BuiltinImporter for a command or the prompt ({@code filename} null).
     */
    Object mainLoader(String filename);

    /** The names and values {@code from module import *} binds, in order. */
    List<Object[]> importAll(ThreadState ts, Object module);
}
