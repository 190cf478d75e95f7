package org.pythebo.modules._json;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** The {@code _json} module: encode_basestring(_ascii) and make_encoder. */
public final class JsonModule {
    private JsonModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule m = ModuleRegistry.newModule("_json", "json speedups\n", JsonModule.class);
        m.globals.put("make_encoder", JsonEncoder.TYPE);
        return m;
    }

    @PyMethod(value = "($module, string, /)", doc = "encode_basestring_ascii(string) -> string\n\n"
            + "Return an ASCII-only JSON representation of a Python string")
    public static Object encode_basestring_ascii(Object string) {
        return quote(text(string), true);
    }

    @PyMethod(value = "($module, string, /)", doc = "encode_basestring(string) -> string\n\n"
            + "Return a JSON representation of a Python string")
    public static Object encode_basestring(Object string) {
        return quote(text(string), false);
    }

    private static String text(Object string) {
        if (Ops.isInstance(string, PyType.STR)) {
            return (String) PyValueInstance.unwrap(string);
        }
        throw PyException.typeError("first argument must be a string, not " + Ops.typeName(string));
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The JSON string literal of s: quote, backslash and the control characters escaped, and with
     * {@code ascii} every character from DEL up as \\uXXXX (UTF-16 units, so pairs for astral ones).
     */
    static String quote(String s, boolean ascii) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c >= 0x7f)) {
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                                .append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
