package org.pythebo.compiler.nodes;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Importer;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.exec.ThreadState;

/** The import statements: each goes through builtins.__import__ as CPython's IMPORT_NAME does. */
public final class ImportNodes {
    private ImportNodes() {}

    private static final Object[] NO_FROMLIST = new Object[0];

    /**
     * {@code import a.b.c} binds the top-level package {@code a}; {@code import a.b.c as d} binds
     * the submodule, reached by attribute (or sys.modules) from the top-level one.
     */
    public static final class Import extends StmtNode {
        final String module;
        final Stmts.Target target;
        final boolean asName;

        public Import(String module, Stmts.Target target, boolean asName) {
            this.module = module;
            this.target = target;
            this.asName = asName;
        }

        @Override
        public int exec(Frame f) {
            ThreadState ts = f.ts;
            Importer imports = ts.interp.importer;
            Object m;
            try {
                m = imports.importStatement(ts, f.globals, module, NO_FROMLIST, 0);
                if (asName) {
                    String[] parts = module.split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        m = imports.importFrom(ts, m, parts[i]);
                    }
                }
            } catch (PyException e) {
                throw here(f, e);
            }
            target.assign(f, m);
            return NORMAL;
        }
    }

    /** {@code from module import a as x, b}, with {@code level} leading dots. */
    public static final class ImportFrom extends StmtNode {
        final String module;
        final int level;
        final String[] names;
        final Object[] fromlist;
        final Stmts.Target[] targets;

        public ImportFrom(String module, int level, String[] names, Stmts.Target[] targets) {
            this.module = module;
            this.level = level;
            this.names = names;
            this.fromlist = names.clone();
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            ThreadState ts = f.ts;
            Importer imports = ts.interp.importer;
            Object m;
            try {
                m = imports.importStatement(ts, f.globals, module, fromlist, level);
            } catch (PyException e) {
                throw here(f, e);
            }
            for (int i = 0; i < names.length; i++) {
                Object v;
                try {
                    v = imports.importFrom(ts, m, names[i]);
                } catch (PyException e) {
                    throw here(f, e);
                }
                targets[i].assign(f, v);
            }
            return NORMAL;
        }
    }

    /** {@code from module import *}: __all__, else every name not starting with an underscore. */
    public static final class ImportStar extends StmtNode {
        private static final Object[] STAR = {"*"};
        final String module;
        final int level;

        public ImportStar(String module, int level) {
            this.module = module;
            this.level = level;
        }

        @Override
        public int exec(Frame f) {
            ThreadState ts = f.ts;
            Importer imports = ts.interp.importer;
            try {
                Object m = imports.importStatement(ts, f.globals, module, STAR, level);
                for (Object[] binding : imports.importAll(ts, m)) {
                    new Names.StoreName((String) binding[0]).store(f, binding[1]);
                }
            } catch (PyException e) {
                throw here(f, e);
            }
            return NORMAL;
        }
    }
}
