package org.pythebo.modules.select;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules.posix.Polling;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.SelectConstants;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyModule;

/** The {@code select} module: select.select, and the poll and epoll objects. */
public final class SelectModule {
    private SelectModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("select", null, SelectModule.class);
        SelectConstants.TABLE.forEach(module.globals::put);
        module.globals.put("error", Exc.OSError);
        module.globals.put("epoll", PyEpoll.TYPE);
        return module;
    }

    @PyMethod("($module, /)")
    public static Object poll() {
        return new PyPoll();
    }

    /** One of select's three lists: the objects as given, and their descriptors. */
    private record Watched(Object[] objects, int[] fds) {
        PyList ready(boolean[] flags) {
            PyList list = new PyList();
            for (int i = 0; i < flags.length; i++) {
                if (flags[i]) {
                    list.append(objects[i]);
                }
            }
            return list;
        }
    }

    private static Watched watched(ThreadState ts, Object iterable) {
        Object[] objects = Fs.sequenceItems(ts, iterable, "arguments 1-3 must be sequences");
        int[] fds = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            fds[i] = Fs.fileDescriptor(ts, objects[i]);
            if (fds[i] >= Polling.FD_SETSIZE) {
                throw PyException.valueError("filedescriptor out of range in select()");
            }
        }
        return new Watched(objects, fds);
    }

    @PyMethod("($module, rlist, wlist, xlist, timeout=None, /)")
    public static Object select(ThreadState ts, Object rlist, Object wlist, Object xlist, Object timeout) {
        long nanos = Timeouts.selectNanos(timeout);
        List<Watched> lists = new ArrayList<>(3);
        for (Object list : new Object[] {rlist, wlist, xlist}) {
            lists.add(watched(ts, list));
        }
        Polling.Selected selected;
        try {
            selected = Polling.select(lists.get(0).fds(), lists.get(1).fds(), lists.get(2).fds(), nanos);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return PyTuple.of(lists.get(0).ready(selected.readable()), lists.get(1).ready(selected.writable()),
                lists.get(2).ready(selected.exceptional()));
    }
}
