package org.pythebo.runtime.objects;

import org.pythebo.runtime.collections.PyDict;

/** An object with an instance {@code __dict__}. */
public interface HasDict {
    PyDict dict();
}
