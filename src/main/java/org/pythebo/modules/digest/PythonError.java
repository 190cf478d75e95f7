package org.pythebo.modules.digest;

import java.util.Objects;

/**
 * An argument that CPython refuses, carrying the Python exception type and the exact message
 * CPython gives, so that the module layer can raise the same exception.
 */
public final class PythonError extends RuntimeException {

    /** The Python exception class to raise. */
    public enum Type {
        VALUE_ERROR("ValueError"),
        OVERFLOW_ERROR("OverflowError"),
        TYPE_ERROR("TypeError"),
        SYSTEM_ERROR("SystemError"),
        MEMORY_ERROR("MemoryError");

        private final String pythonName;

        Type(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The name of the built-in exception, e.g. {@code "ValueError"}. */
        public String pythonName() {
            return pythonName;
        }
    }

    private final Type type;

    public PythonError(Type type, String message) {
        super(message, null, false, false);
        this.type = Objects.requireNonNull(type);
    }

    public static PythonError valueError(String message) {
        return new PythonError(Type.VALUE_ERROR, message);
    }

    public static PythonError overflowError(String message) {
        return new PythonError(Type.OVERFLOW_ERROR, message);
    }

    public Type type() {
        return type;
    }

    @Override
    public String toString() {
        return type.pythonName + ": " + getMessage();
    }
}
