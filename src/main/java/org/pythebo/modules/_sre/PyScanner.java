package org.pythebo.modules._sre;

import org.pythebo.modules._sre.engine.Matcher;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one string, each starting where the last
 * ended (what finditer iterates). A call is atomic: threads sharing a scanner get each match once.
 */
public final class PyScanner extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_sre.SRE_Scanner", PyType.OBJECT, PyScanner.class,
            PyType.Layout.OBJECT);

    private final PyPattern pattern;
    private final SearchedString string;
    /** Belongs to whichever thread holds this scanner's lock; that thread's interrupts can end a call. */
    private final Matcher matcher;

    PyScanner(PyPattern pattern, SearchedString string, Matcher matcher) {
        this.pattern = pattern;
        this.string = string;
        this.matcher = matcher;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod("($self, /)")
    public static Object match(ThreadState ts, Object self) {
        PyScanner s = (PyScanner) self;
        synchronized (s) {
            s.matcher.setInterruptCheck(SreModule.interruptCheck(ts));
            return s.matcher.match() ? PyMatch.of(s.pattern, s.string, s.matcher) : Singleton.NONE;
        }
    }

    @PyMethod("($self, /)")
    public static Object search(ThreadState ts, Object self) {
        PyScanner s = (PyScanner) self;
        synchronized (s) {
            s.matcher.setInterruptCheck(SreModule.interruptCheck(ts));
            return s.matcher.search() ? PyMatch.of(s.pattern, s.string, s.matcher) : Singleton.NONE;
        }
    }

    @PyGetter(value = "pattern", member = true)
    public static Object pattern(Object self) {
        return ((PyScanner) self).pattern;
    }
}
