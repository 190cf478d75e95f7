package org.pythebo.modules;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.StrFormat;

/**
 * The {@code _string} module, under Lib/string.py's Formatter: str.format's own parser
 * ({@link StrFormat.Markup}, {@link StrFormat.FieldName}) handed out piece by piece, so that a
 * Formatter parses and fails exactly as str.format does.
 */
public final class StringModule {
    private StringModule() {}

    static final PyType FORMATTER_ITERATOR = PyType.newBuiltin("formatteriterator", PyType.ITERATOR,
            FormatterIterator.class, PyType.Layout.OBJECT);
    static final PyType FIELD_NAME_ITERATOR = PyType.newBuiltin("fieldnameiterator", PyType.ITERATOR,
            FieldNameIterator.class, PyType.Layout.OBJECT);

    public static PyModule create(ThreadState ts) {
        return ModuleRegistry.newModule("_string", "string helper module", StringModule.class);
    }

    private static String text(Object o) {
        if (PyValueInstance.unwrap(o) instanceof String s) {
            return s;
        }
        throw PyException.typeError("expected str, got " + Ops.typeName(o));
    }

    @PyMethod(value = "($module, format_string, /)",
            doc = "parse the argument as a format string")
    public static Object formatter_parser(Object formatString) {
        return new FormatterIterator(text(formatString));
    }

    @PyMethod(value = "($module, field_name, /)",
            doc = "split the argument as a field name")
    public static Object formatter_field_name_split(Object fieldName) {
        String s = text(fieldName);
        StrFormat.FieldName name = new StrFormat.FieldName(s, 0, s.length());
        Object first = name.firstIndex >= 0 ? (Object) name.firstIndex : name.first();
        return PyTuple.of(first, new FieldNameIterator(name));
    }

    /** (literal_text, field_name, format_spec, conversion) for each piece of a format string. */
    static final class FormatterIterator extends PyIterator {
        private final String s;
        private final StrFormat.Markup markup;

        FormatterIterator(String s) {
            super(FORMATTER_ITERATOR);
            this.s = s;
            this.markup = new StrFormat.Markup(s, 0, s.length());
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            StrFormat.Markup m = markup;
            if (!m.next()) {
                return null;
            }
            String literal = s.substring(m.literalStart, m.literalEnd);
            if (!m.hasField) {
                return PyTuple.of(literal, Singleton.NONE, Singleton.NONE, Singleton.NONE);
            }
            Object conversion = m.conversion == 0 ? Singleton.NONE : Character.toString(m.conversion);
            return PyTuple.of(literal, s.substring(m.nameStart, m.nameEnd), s.substring(m.specStart, m.specEnd),
                    conversion);
        }
    }

    /** (is_attribute, key) for each part after a field name's first. */
    static final class FieldNameIterator extends PyIterator {
        private final StrFormat.FieldName name;

        FieldNameIterator(StrFormat.FieldName name) {
            super(FIELD_NAME_ITERATOR);
            this.name = name;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            if (!name.next()) {
                return null;
            }
            return PyTuple.of(name.isAttribute, name.key);
        }
    }
}
