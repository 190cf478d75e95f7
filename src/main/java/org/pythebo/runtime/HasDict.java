package org.pythebo.runtime;

/** An object with an instance {@code __dict__}. */
public interface HasDict {
    PyDict dict();
}
