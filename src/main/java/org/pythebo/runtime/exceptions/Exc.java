package org.pythebo.runtime.exceptions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.objects.PyType;

/** The built-in exception hierarchy of Python 3.11. */
public final class Exc {
    private Exc() {}

    /** Every built-in exception type by name, in definition order (the builtins module lists them). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BaseException = make("BaseException", PyType.OBJECT);
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException);
    public static final PyType ExceptionGroup = exceptionGroup();
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType UserWarning = make("UserWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);

    private static PyType make(String name, PyType base) {
        Class<?> attrs = switch (name) {
            case "BaseException" -> PyBaseException.class;
            case "SystemExit" -> PyBaseException.SystemExitAttrs.class;
            case "StopIteration" -> PyBaseException.StopIterationAttrs.class;
            case "NameError", "AttributeError" -> PyBaseException.NameAttrs.class;
            case "ImportError" -> PyBaseException.ImportErrorAttrs.class;
            case "OSError" -> PyBaseException.OSErrorAttrs.class;
            case "SyntaxError" -> PyBaseException.SyntaxErrorAttrs.class;
            case "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError" ->
                PyBaseException.UnicodeErrorAttrs.class;
            case "BaseExceptionGroup" -> PyExceptionGroup.class;
            default -> null;
        };
        PyType t = PyType.newBuiltin(name, base, attrs, PyType.Layout.EXCEPTION);
        ALL.put(name, t);
        return t;
    }

    /**
     * ExceptionGroup derives from both BaseExceptionGroup and Exception; built-in types here have
     * one base, so it is made the way a class statement makes one, as a class of builtins.
     */
    private static PyType exceptionGroup() {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "builtins");
        PyType t = new PyType(PyType.TYPE, "ExceptionGroup", new PyType[] {BaseExceptionGroup, Exception}, ns);
        ALL.put("ExceptionGroup", t);
        return t;
    }
}
