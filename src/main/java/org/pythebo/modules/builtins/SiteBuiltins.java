package org.pythebo.modules.builtins;

import org.pythebo.modules._io.PyTextIO;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * What CPython's site module adds to builtins: exit and quit (Quitter), copyright, credits and
 * license (_Printer), and help (_Helper), with the same reprs.
 */
public final class SiteBuiltins {
    private SiteBuiltins() {}

    static final String CREDITS = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information.";
    static final String LICENSE = "Pythebo implements the Python language; Python is distributed under the PSF\n"
            + "License. See https://www.python.org/psf/license/";

    private static PyType siteType(String name, Class<?> cls) {
        PyType t = PyType.newBuiltin("_sitebuiltins." + name, PyType.OBJECT, cls, PyType.Layout.OBJECT);
        t.typeDict().put("__module__", "_sitebuiltins");
        return t;
    }

    /** exit and quit: the repr tells how to leave; calling closes sys.stdin and raises SystemExit. */
    public static final class Quitter extends PyObject {
        static final PyType TYPE = siteType("Quitter", Quitter.class);

        final String name;

        public Quitter(String name) {
            this.name = name;
        }

        @Override
        public PyType type() { return TYPE; }

        @PyMethod("($self, /)")
        public static Object __repr__(Object self) {
            return "Use " + ((Quitter) self).name + "() or Ctrl-D (i.e. EOF) to exit";
        }

        @PyMethod("($self, code=None)")
        public static Object __call__(ThreadState ts, Object self, Object code) {
            Object stdin = ts.interp.sys.globals.get("stdin");
            try {
                if (PyTextIO.exact(stdin) instanceof PyTextIO t) {
                    PyTextIO.close(ThreadState.current(), t);
                } else if (stdin != null && stdin != Singleton.NONE) {
                    Ops.callMethod(ts, stdin, "close");
                }
            } catch (PyException ignored) {
                // As in site.py: a stdin that cannot be closed does not stop the exit.
            }
            throw new PyException(new PyBaseException(Exc.SystemExit,
                    code == Singleton.NONE ? PyTuple.EMPTY : PyTuple.of(code)));
        }
    }

    /** copyright, credits, license: the text as repr, printed when called. */
    public static final class Printer extends PyObject {
        static final PyType TYPE = siteType("_Printer", Printer.class);

        final String name;
        final String text;
        /** license's repr points at the call instead of showing the text, as CPython's does. */
        final boolean longText;

        public Printer(String name, String text, boolean longText) {
            this.name = name;
            this.text = text;
            this.longText = longText;
        }

        @Override
        public PyType type() { return TYPE; }

        @PyMethod("($self, /)")
        public static Object __repr__(Object self) {
            Printer p = (Printer) self;
            return p.longText ? "Type " + p.name + "() to see the full " + p.name + " text" : p.text;
        }

        @PyMethod("($self, /)")
        public static Object __call__(ThreadState ts, Object self) {
            Builtins.print(ts, new Object[] {((Printer) self).text}, " ", "\n", Singleton.NONE, false);
            return null;
        }
    }

    /** help: a minimal stand-in for pydoc's interactive help. */
    public static final class Helper extends PyObject {
        static final PyType TYPE = siteType("_Helper", Helper.class);

        @Override
        public PyType type() { return TYPE; }

        @PyMethod("($self, /)")
        public static Object __repr__(Object self) {
            return "Type help() for interactive help, or help(object) for help about object.";
        }

        @PyMethod("($self, *args, **kwds)")
        public static Object __call__(ThreadState ts, Object self, Object[] args, org.pythebo.runtime.collections.PyDict kwds) {
            String text;
            if (args.length == 0) {
                text = "Interactive help is not available in Pythebo; use help(object).";
            } else {
                Object obj = args[0];
                Object doc = Ops.lookupAttr(ts, obj, "__doc__");
                String what = obj instanceof PyType t ? "class " + t.name : Ops.typeName(obj) + " object";
                text = "Help on " + what + ":\n\n" + (doc instanceof String d ? d : "(no documentation)") + "\n";
            }
            Builtins.print(ts, new Object[] {text}, " ", "\n", Singleton.NONE, false);
            return null;
        }
    }
}
