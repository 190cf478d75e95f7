package org.pythebo.modules._queue;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/** The {@code _queue} module: SimpleQueue and the Empty exception that queue.py takes from it. */
public final class QueueModule {
    private QueueModule() {}

    private static final String DOC = "C implementation of the Python queue module.\n"
            + "This module is an implementation detail, please do not use it directly.";

    /** The Empty class is made per interpreter, as CPython's module state holds it. */
    private static final class State {
        final PyType empty = emptyType();
    }

    private static PyType emptyType() {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "_queue");
        ns.setItem("__doc__", "Exception raised by Queue.get(block=0)/get_nowait().");
        return new PyType(PyType.TYPE, "Empty", new PyType[] {Exc.Exception}, ns);
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    static PyException empty(ThreadState ts) {
        return PyException.of(state(ts.interp).empty, null);
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_queue", DOC, QueueModule.class);
        module.globals.put("Empty", state(ts.interp).empty);
        module.globals.put("SimpleQueue", PySimpleQueue.TYPE);
        return module;
    }
}
