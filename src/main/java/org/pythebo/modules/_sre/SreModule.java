package org.pythebo.modules._sre;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules._sre.engine.CompiledPattern;
import org.pythebo.modules._sre.engine.InterruptCheck;
import org.pythebo.modules._sre.engine.InvalidCodeException;
import org.pythebo.modules._sre.engine.Opcodes;
import org.pythebo.modules._sre.engine.SreFunctions;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code _sre} module: {@code compile}, which {@code re._compiler} calls with the code it
 * generated, the case helpers the compiler asks while generating it, and the engine's constants.
 */
public final class SreModule {
    private SreModule() {
    }

    private static final long MAX_CODE_WORD = 0xFFFF_FFFFL;

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_sre", null, SreModule.class);
        Globals g = module.globals;
        g.put("MAGIC", (long) Opcodes.MAGIC);
        g.put("CODESIZE", (long) Opcodes.CODESIZE);
        g.put("MAXREPEAT", Opcodes.MAXREPEAT);
        g.put("MAXGROUPS", (long) Opcodes.MAXGROUPS);
        g.put("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
        return module;
    }

    /**
     * What a long match calls every few thousand steps so that a pending signal can end it:
     * nothing yet, as signals do not reach Python code so far. Every matcher gets it here.
     */
    static InterruptCheck interruptCheck(ThreadState ts) {
        return null;
    }

    /**
     * {@code re.<function>(*args)}: the Lib's hooks for templates, which CPython's C code calls
     * the same way (importing re by name).
     */
    static Object callRe(ThreadState ts, String function, Object... args) {
        Object re = ts.interp.importer.importName(ts, "re", null, new Object[0], 0);
        return Ops.call(ts, Ops.getAttr(ts, re, function), args);
    }

    @PyMethod("($module, /, pattern, flags, code, groups, groupindex,\n        indexgroup)")
    public static Object compile(ThreadState ts, Object pattern, Object flags, Object code, Object groups,
                                 Object groupindex, Object indexgroup) {
        // Argument Clinic converts in the order of the parameters.
        int flagBits = Convert.asInt(ts, flags);
        if (!(PyValueInstance.unwrap(code) instanceof PyList codeList)) {
            throw PyException.typeError("compile() argument 'code' must be list, not " + Ops.typeName(code));
        }
        long groupCount = Convert.asSsize(ts, groups);
        if (!(PyValueInstance.unwrap(groupindex) instanceof PyDict names)) {
            throw PyException.typeError("compile() argument 'groupindex' must be dict, not "
                    + Ops.typeName(groupindex));
        }
        if (!(PyValueInstance.unwrap(indexgroup) instanceof PyTuple groupNames)) {
            throw PyException.typeError("compile() argument 'indexgroup' must be tuple, not "
                    + Ops.typeName(indexgroup));
        }
        int[] words = codeWords(codeList.toArray());
        int isBytes = pattern == Singleton.NONE ? -1 : SearchedString.isBytes(pattern) ? 1 : 0;
        if (groupCount < 0 || groupCount > Opcodes.MAXGROUPS) {
            throw invalidCode();
        }
        CompiledPattern compiled;
        try {
            compiled = CompiledPattern.compile(words, flagBits, (int) groupCount, PythonCharacters.INSTANCE);
        } catch (InvalidCodeException e) {
            throw invalidCode();
        }
        // As CPython, the names are kept only when there are some.
        Object index = names.size() > 0 ? groupindex : null;
        PyTuple groupsByIndex = index != null && groupNames.size() > 0 ? groupNames : null;
        return new PyPattern(pattern, flagBits, words, compiled, isBytes, index, groupsByIndex);
    }

    /** The code list as 32-bit words; anything but an int that fits one is "size limit exceeded". */
    private static int[] codeWords(Object[] items) {
        int[] words = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = PyValueInstance.unwrap(items[i]);
            long word;
            if (v instanceof Long l) {
                word = l;
            } else if (v instanceof Boolean b) {
                word = b ? 1 : 0;
            } else {
                word = -1;
            }
            if (word < 0 || word > MAX_CODE_WORD) {
                throw PyException.overflow("regular expression code size limit exceeded");
            }
            words[i] = (int) word;
        }
        return words;
    }

    private static PyException invalidCode() {
        return PyException.runtimeError("invalid SRE code");
    }

    @PyMethod("($module, /)")
    public static Object getcodesize() {
        return (long) SreFunctions.getcodesize();
    }

    @PyMethod("($module, character, /)")
    public static Object ascii_iscased(int character) {
        return SreFunctions.asciiIscased(character);
    }

    @PyMethod("($module, character, /)")
    public static Object unicode_iscased(int character) {
        return SreFunctions.unicodeIscased(character, PythonCharacters.INSTANCE);
    }

    @PyMethod("($module, character, /)")
    public static Object ascii_tolower(int character) {
        return (long) SreFunctions.asciiTolower(character);
    }

    @PyMethod("($module, character, /)")
    public static Object unicode_tolower(int character) {
        return (long) SreFunctions.unicodeTolower(character, PythonCharacters.INSTANCE);
    }
}
