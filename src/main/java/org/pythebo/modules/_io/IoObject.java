package org.pythebo.modules._io;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * An instance of one of _io's classes with state (FileIO, the buffered classes, BytesIO,
 * StringIO, TextIOWrapper, IncrementalNewlineDecoder), or of a Python subclass of one: it records
 * its class and carries a {@code __dict__}, as CPython's do (FileIO keeps {@code name} there,
 * open() puts a text file's {@code mode} there).
 */
abstract class IoObject extends PyObject implements HasDict {
    final PyType type;
    private volatile PyDict dict;

    IoObject(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() { return type; }

    @Override
    public final PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    dict = d = new PyDict();
                }
            }
        }
        return d;
    }

    /** An attribute in the instance dict, or null (without making the dict). */
    final Object dictGet(ThreadState ts, String name) {
        PyDict d = dict;
        return d == null ? null : d.get(ts, name);
    }

    /** Whether the file is closed (or detached), as its {@code closed} attribute says. */
    abstract boolean closedNow();
}
