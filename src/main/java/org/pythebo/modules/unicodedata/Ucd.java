package org.pythebo.modules.unicodedata;

import java.nio.charset.StandardCharsets;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.text.Utf8Codec;
import org.pythebo.runtime.ucd.NormalizationForm;
import org.pythebo.runtime.ucd.UnicodeData;

/**
 * The {@code unicodedata} module and its {@code UCD} type over {@link UnicodeData}. As in
 * CPython, the module's functions and the type's methods are the same functions: called on the
 * module they answer from Unicode 14.0.0, called on {@code ucd_3_2_0} (the only UCD object) from
 * Unicode 3.2.0.
 */
public final class Ucd extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("unicodedata.UCD", PyType.OBJECT, Ucd.class, PyType.Layout.OBJECT);

    private static final String DOC = """
            This module provides access to the Unicode Character Database which
            defines character properties for all Unicode characters. The data in
            this database is based on the UnicodeData.txt file version
            14.0.0 which is publicly available from ftp://ftp.unicode.org/.

            The module uses the same names and symbols as defined by the
            UnicodeData File Format 14.0.0.""";

    private final UnicodeData db;

    private Ucd(UnicodeData db) {
        this.db = db;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("unicodedata", DOC, Ucd.class);
        Globals g = module.globals;
        g.put("UCD", TYPE);
        g.put("unidata_version", UnicodeData.latest().unidataVersion());
        g.put("ucd_3_2_0", new Ucd(UnicodeData.version3_2_0()));
        return module;
    }

    /** The database a function answers from: the UCD object's, or the latest for the module. */
    private static UnicodeData db(Object self) {
        return self instanceof Ucd u ? u.db : UnicodeData.latest();
    }

    /** The code point of a str of one character; TypeError naming the function and the argument otherwise. */
    private static int character(Object o, String function, String argument) {
        if (PyValueInstance.unwrap(o) instanceof String s && !s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
            return s.codePointAt(0);
        }
        throw PyException.typeError(function + "() " + argument + " must be a unicode character, not "
                + Ops.argTypeName(o));
    }

    private static int character(Object o, String function) {
        return character(o, function, "argument");
    }

    @PyGetter("unidata_version")
    public static Object unidataVersion(Object self) {
        return ((Ucd) self).db.unidataVersion();
    }

    @PyMethod("($self, chr, /)")
    public static Object category(Object self, Object chr) {
        return db(self).category(character(chr, "category"));
    }

    @PyMethod("($self, chr, /)")
    public static Object bidirectional(Object self, Object chr) {
        return db(self).bidirectional(character(chr, "bidirectional"));
    }

    @PyMethod("($self, chr, /)")
    public static Object combining(Object self, Object chr) {
        return (long) db(self).combining(character(chr, "combining"));
    }

    @PyMethod("($self, chr, /)")
    public static Object east_asian_width(Object self, Object chr) {
        return db(self).eastAsianWidth(character(chr, "east_asian_width"));
    }

    @PyMethod("($self, chr, /)")
    public static Object mirrored(Object self, Object chr) {
        return (long) db(self).mirrored(character(chr, "mirrored"));
    }

    @PyMethod("($self, chr, /)")
    public static Object decomposition(Object self, Object chr) {
        return db(self).decomposition(character(chr, "decomposition"));
    }

    @PyMethod("($self, chr, default=?, /)")
    public static Object decimal(Object self, Object chr, Object dflt) {
        int value = db(self).decimal(character(chr, "decimal", "argument 1"));
        if (value >= 0) {
            return (long) value;
        }
        if (dflt == null) {
            throw PyException.valueError("not a decimal");
        }
        return dflt;
    }

    @PyMethod("($self, chr, default=?, /)")
    public static Object digit(Object self, Object chr, Object dflt) {
        int value = db(self).digit(character(chr, "digit", "argument 1"));
        if (value >= 0) {
            return (long) value;
        }
        if (dflt == null) {
            throw PyException.valueError("not a digit");
        }
        return dflt;
    }

    @PyMethod("($self, chr, default=?, /)")
    public static Object numeric(Object self, Object chr, Object dflt) {
        double value = db(self).numeric(character(chr, "numeric", "argument 1"));
        if (!Double.isNaN(value)) {
            return value;
        }
        if (dflt == null) {
            throw PyException.valueError("not a numeric character");
        }
        return dflt;
    }

    @PyMethod("($self, chr, default=?, /)")
    public static Object name(Object self, Object chr, Object dflt) {
        String name = db(self).name(character(chr, "name", "argument 1"));
        if (name != null) {
            return name;
        }
        if (dflt == null) {
            throw PyException.valueError("no such name");
        }
        return dflt;
    }

    /**
     * lookup's argument is a C string: a str (which must encode to UTF-8) or bytes, taken as UTF-8.
     */
    @PyMethod("($self, name, /)")
    public static Object lookup(Object self, Object name) {
        String text;
        if (PyValueInstance.unwrap(name) instanceof String s) {
            Utf8Codec.encode(s, null);
            text = s;
        } else if (PyValueInstance.unwrap(name) instanceof PyBytes b) {
            text = new String(b.value(), StandardCharsets.UTF_8);
        } else {
            // Other bytes-like objects are refused: their buffers must be released (bytearray, memoryview).
            Convert.buffer(name);
            throw PyException.typeError("lookup() argument must be read-only bytes-like object, not "
                    + Ops.typeName(name));
        }
        String found = db(self).lookup(text);
        if (found == null) {
            throw PyException.keyError(UnicodeData.lookupErrorMessage(text));
        }
        return found;
    }

    /** A str argument of normalize and is_normalized. */
    private static String str(Object o, String function, int position) {
        if (PyValueInstance.unwrap(o) instanceof String s) {
            return s;
        }
        throw PyException.typeError(function + "() argument " + position + " must be str, not " + Ops.argTypeName(o));
    }

    private static NormalizationForm form(String form) {
        NormalizationForm f = NormalizationForm.of(form);
        if (f == null) {
            throw PyException.valueError("invalid normalization form");
        }
        return f;
    }

    /** A str already in the form comes back as the very object given (a str subclass instance too), as in CPython. */
    @PyMethod("($self, form, unistr, /)")
    public static Object normalize(Object self, Object form, Object unistr) {
        String f = str(form, "normalize", 1);
        String s = str(unistr, "normalize", 2);
        String result = db(self).normalize(form(f), s);
        return result.equals(s) ? unistr : result;
    }

    @PyMethod("($self, form, unistr, /)")
    public static Object is_normalized(Object self, Object form, Object unistr) {
        String f = str(form, "is_normalized", 1);
        String s = str(unistr, "is_normalized", 2);
        return db(self).isNormalized(form(f), s);
    }
}
