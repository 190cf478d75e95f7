package org.pythebo.modules;

import java.util.Arrays;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code _locale} module as CPython 3.11 has it on a glibc system whose only locales are C,
 * POSIX and C.UTF-8 (what {@code locale -a} lists here): setlocale per category with glibc's
 * names (including its composite LC_ALL strings), localeconv, nl_langinfo, strcoll/strxfrm in
 * code point order, getencoding, and the gettext functions of a system without catalogs. The
 * locale is per interpreter rather than per process; at start-up LC_CTYPE is taken from the
 * environment and a C locale is coerced to C.UTF-8 unless LC_ALL is set, as CPython does
 * (PEP 538), and every other category stays C.
 */
public final class LocaleModule {
    private LocaleModule() {}

    // glibc's category numbers; LC_ALL is 6, the ones after it Python does not name.
    static final int LC_CTYPE = 0;
    static final int LC_ALL = 6;
    private static final String[] CATEGORY_NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
        "LC_MONETARY", "LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
        "LC_MEASUREMENT", "LC_IDENTIFICATION"};

    private static final String ASCII_CODESET = "ANSI_X3.4-1968";
    private static final String CODESET_KEY = "CODESET";
    private static final int CODESET = 14;

    /** The nl_langinfo keys CPython exposes, with glibc's values for them, the same in C and C.UTF-8. */
    private static final Object[][] LANGINFO = {
        {"CODESET", CODESET, null},
        {"D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"}, {"D_FMT", 0x20029, "%m/%d/%y"},
        {"T_FMT", 0x2002A, "%H:%M:%S"}, {"T_FMT_AMPM", 0x2002B, "%I:%M:%S %p"},
        {"AM_STR", 0x20026, "AM"}, {"PM_STR", 0x20027, "PM"},
        {"DAY_1", 0x20007, "Sunday"}, {"DAY_2", 0x20008, "Monday"}, {"DAY_3", 0x20009, "Tuesday"},
        {"DAY_4", 0x2000A, "Wednesday"}, {"DAY_5", 0x2000B, "Thursday"}, {"DAY_6", 0x2000C, "Friday"},
        {"DAY_7", 0x2000D, "Saturday"},
        {"ABDAY_1", 0x20000, "Sun"}, {"ABDAY_2", 0x20001, "Mon"}, {"ABDAY_3", 0x20002, "Tue"},
        {"ABDAY_4", 0x20003, "Wed"}, {"ABDAY_5", 0x20004, "Thu"}, {"ABDAY_6", 0x20005, "Fri"},
        {"ABDAY_7", 0x20006, "Sat"},
        {"MON_1", 0x2001A, "January"}, {"MON_2", 0x2001B, "February"}, {"MON_3", 0x2001C, "March"},
        {"MON_4", 0x2001D, "April"}, {"MON_5", 0x2001E, "May"}, {"MON_6", 0x2001F, "June"},
        {"MON_7", 0x20020, "July"}, {"MON_8", 0x20021, "August"}, {"MON_9", 0x20022, "September"},
        {"MON_10", 0x20023, "October"}, {"MON_11", 0x20024, "November"}, {"MON_12", 0x20025, "December"},
        {"ABMON_1", 0x2000E, "Jan"}, {"ABMON_2", 0x2000F, "Feb"}, {"ABMON_3", 0x20010, "Mar"},
        {"ABMON_4", 0x20011, "Apr"}, {"ABMON_5", 0x20012, "May"}, {"ABMON_6", 0x20013, "Jun"},
        {"ABMON_7", 0x20014, "Jul"}, {"ABMON_8", 0x20015, "Aug"}, {"ABMON_9", 0x20016, "Sep"},
        {"ABMON_10", 0x20017, "Oct"}, {"ABMON_11", 0x20018, "Nov"}, {"ABMON_12", 0x20019, "Dec"},
        {"RADIXCHAR", 0x10000, "."}, {"THOUSEP", 0x10001, ""},
        {"YESEXPR", 0x50000, "^[yY]"}, {"NOEXPR", 0x50001, "^[nN]"}, {"CRNCYSTR", 0x4000F, "-"},
        {"ERA", 0x2002C, ""}, {"ERA_D_FMT", 0x2002E, ""}, {"ALT_DIGITS", 0x2002F, ""},
        {"ERA_D_T_FMT", 0x20030, ""}, {"ERA_T_FMT", 0x20031, ""}, {"_DATE_FMT", 0x2006C, "%a %b %e %H:%M:%S %Z %Y"},
    };

    /** localeconv() of the C locales, in CPython's order: CHAR_MAX (127) where C leaves a number unset. */
    private static final String[] LOCALECONV_STRINGS = {"int_curr_symbol", "currency_symbol", "mon_decimal_point",
        "mon_thousands_sep", "mon_grouping", "positive_sign", "negative_sign", "int_frac_digits", "frac_digits",
        "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn",
        "decimal_point", "thousands_sep", "grouping"};
    private static final long CHAR_MAX = 127;

    /** The interpreter's locale, one name per category (index LC_ALL unused), and its gettext domains. */
    private static final class State {
        final String[] categories = new String[CATEGORY_NAMES.length];
        final PyType error;
        String textDomain = "messages";

        State(PyType error) {
            this.error = error;
            Arrays.fill(categories, "C");
            String ctype = fromEnvironment(LC_CTYPE);
            ctype = ctype == null ? "C" : canonical(ctype);
            // PEP 538: the C locale's ASCII is coerced to UTF-8 unless LC_ALL overrides it.
            if (ctype == null || ctype.equals("C") && System.getenv("LC_ALL") == null) {
                ctype = "C.UTF-8";
            }
            categories[LC_CTYPE] = ctype;
        }

        /** setlocale's query: one category's name, or LC_ALL's (one name, or glibc's composite). */
        synchronized String query(int category) {
            if (category != LC_ALL) {
                return categories[category];
            }
            boolean uniform = true;
            for (int i = 1; i < categories.length; i++) {
                uniform &= i == LC_ALL || categories[i].equals(categories[0]);
            }
            if (uniform) {
                return categories[0];
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < categories.length; i++) {
                if (i != LC_ALL) {
                    sb.append(sb.isEmpty() ? "" : ";").append(CATEGORY_NAMES[i]).append('=').append(categories[i]);
                }
            }
            return sb.toString();
        }

        /** Sets a category (all of them for LC_ALL) as setlocale does; false, and nothing changes, when unsupported. */
        synchronized boolean set(int category, String locale) {
            String[] wanted = category == LC_ALL ? allCategories(locale) : new String[] {oneCategory(category, locale)};
            if (wanted == null || Arrays.asList(wanted).contains(null)) {
                return false;
            }
            if (category == LC_ALL) {
                System.arraycopy(wanted, 0, categories, 0, categories.length);
            } else {
                categories[category] = wanted[0];
            }
            return true;
        }

        boolean utf8() {
            return !query(LC_CTYPE).equals("C");
        }
    }

    /** What setlocale(category, name) sets a single category to, or null if glibc would refuse. */
    private static String oneCategory(int category, String locale) {
        if (locale.isEmpty()) {
            locale = fromEnvironment(category);
            return locale == null ? "C" : canonical(locale);
        }
        return canonical(locale);
    }

    /** The names LC_ALL's setting gives every category (a single name or a composite), or null. */
    private static String[] allCategories(String locale) {
        String[] out = new String[CATEGORY_NAMES.length];
        if (locale.indexOf('=') < 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = i == LC_ALL ? "C" : oneCategory(i, locale);
            }
            return out;
        }
        out[LC_ALL] = "C";
        for (String part : locale.split(";", -1)) {
            int eq = part.indexOf('=');
            int category = eq < 0 ? -1 : Arrays.asList(CATEGORY_NAMES).indexOf(part.substring(0, eq));
            if (category < 0 || category == LC_ALL) {
                return null;
            }
            out[category] = canonical(part.substring(eq + 1));
        }
        return out;
    }

    /** glibc's environment lookup for a category: LC_ALL, then the category's variable, then LANG. */
    private static String fromEnvironment(int category) {
        for (String var : new String[] {"LC_ALL", CATEGORY_NAMES[category], "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /**
     * The name glibc reports for a locale it has, or null: C and POSIX (reported as C), and C with
     * a codeset that normalises to utf8 (C.UTF-8, C.utf8, ...) and any modifier, as given.
     */
    private static String canonical(String name) {
        if (name.equals("C") || name.equals("POSIX")) {
            return "C";
        }
        if (!name.startsWith("C.") || name.indexOf('/') >= 0) {
            return null;
        }
        int at = name.indexOf('@');
        String codeset = name.substring(2, at < 0 ? name.length() : at);
        StringBuilder normal = new StringBuilder();
        for (int i = 0; i < codeset.length(); i++) {
            char c = codeset.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                normal.append(Character.toLowerCase(c));
            }
        }
        return normal.toString().equals("utf8") ? name : null;
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, () -> {
            PyDict ns = new PyDict();
            ns.setItem("__module__", "locale");
            return new State(new PyType(PyType.TYPE, "Error", new PyType[] {Exc.Exception}, ns));
        });
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_locale", "Support for POSIX locales.", LocaleModule.class);
        module.globals.put("Error", state(ts.interp).error);
        for (int i = 0; i <= LC_ALL; i++) {
            module.globals.put(CATEGORY_NAMES[i], (long) i);
        }
        module.globals.put("CHAR_MAX", CHAR_MAX);
        for (Object[] entry : LANGINFO) {
            module.globals.put((String) entry[0], (long) (int) entry[1]);
        }
        return module;
    }

    private static PyException error(State st, String message) {
        return PyException.of(st.error, message);
    }

    @PyMethod(value = "($module, category, locale=<unrepresentable>, /)", doc = "Activates/queries locale processing.")
    public static Object setlocale(ThreadState ts, int category, Object locale) {
        State st = state(ts.interp);
        boolean known = category >= 0 && category < CATEGORY_NAMES.length;
        if (locale == null || locale == Singleton.NONE) {
            if (!known) {
                throw error(st, "locale query failed");
            }
            return st.query(category);
        }
        if (!(PyValueInstance.unwrap(locale) instanceof String name)) {
            throw PyException.typeError("setlocale() argument 2 must be str or None, not " + Ops.argTypeName(locale));
        }
        Convert.cString(name);
        if (!known || !st.set(category, name)) {
            throw error(st, "unsupported locale setting");
        }
        return st.query(category);
    }

    @PyMethod(value = "($module, /)", doc = "Returns numeric and monetary locale-specific parameters.")
    public static Object localeconv() {
        PyDict d = new PyDict();
        for (String key : LOCALECONV_STRINGS) {
            Object value;
            if (key.endsWith("grouping")) {
                value = new PyList();
            } else if (key.endsWith("digits") || key.endsWith("precedes") || key.endsWith("by_space")
                    || key.endsWith("posn")) {
                value = CHAR_MAX;
            } else {
                value = key.equals("decimal_point") ? "." : "";
            }
            d.setItem(key, value);
        }
        return d;
    }

    @PyMethod(value = "($module, key, /)", doc = "Return the value for the locale information associated with key.")
    public static Object nl_langinfo(ThreadState ts, int key) {
        for (Object[] entry : LANGINFO) {
            if ((int) entry[1] == key) {
                if (CODESET_KEY.equals(entry[0])) {
                    return state(ts.interp).utf8() ? "UTF-8" : ASCII_CODESET;
                }
                return entry[2];
            }
        }
        throw PyException.valueError("unsupported langinfo constant");
    }

    @PyMethod(value = "($module, /)", doc = "Get the current locale encoding.")
    public static Object getencoding(ThreadState ts) {
        return state(ts.interp).utf8() ? "UTF-8" : ASCII_CODESET;
    }

    @PyMethod(value = "($module, os1, os2, /)", doc = "Compares two strings according to the locale.")
    public static Object strcoll(String os1, String os2) {
        Convert.cString(os1);
        Convert.cString(os2);
        // The C locales collate by code point; glibc answers -1, 0 or 1.
        int i = 0;
        int j = 0;
        while (i < os1.length() && j < os2.length()) {
            int a = os1.codePointAt(i);
            int b = os2.codePointAt(j);
            if (a != b) {
                return a < b ? -1L : 1L;
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return i < os1.length() ? 1L : j < os2.length() ? -1L : 0L;
    }

    @PyMethod(value = "($module, string, /)", doc = "Return a string that can be used as a key for locale-aware comparisons.")
    public static Object strxfrm(String string) {
        return Convert.cString(string);
    }

    // ---- gettext, on a system without message catalogs: every message is its own translation ----

    @PyMethod(value = "($module, msg, /)", doc = "Return translation of msg.")
    public static Object gettext(String msg) {
        return msg;
    }

    @PyMethod(value = "($module, domain, msg, /)", doc = "Return translation of msg in domain.")
    public static Object dgettext(Object domain, String msg) {
        return msg;
    }

    @PyMethod(value = "($module, domain, msg, category, /)", doc = "Return translation of msg in domain and category.")
    public static Object dcgettext(Object domain, String msg, int category) {
        return msg;
    }

    @PyMethod(value = "($module, domain, /)", doc = "Set the C library's textdmain to domain, returning the new domain.")
    public static Object textdomain(ThreadState ts, Object domain) {
        State st = state(ts.interp);
        synchronized (st) {
            if (PyValueInstance.unwrap(domain) instanceof String d) {
                st.textDomain = d.isEmpty() ? "messages" : Convert.cString(d);
            }
            return st.textDomain;
        }
    }

    @PyMethod(value = "($module, domain, dir, /)", doc = "Bind the C library's domain to dir.")
    public static Object bindtextdomain(ThreadState ts, String domain, Object dir) {
        if (domain.isEmpty()) {
            throw error(state(ts.interp), "domain must be a non-empty string");
        }
        return PyValueInstance.unwrap(dir) instanceof String d ? d : "/usr/share/locale";
    }

    @PyMethod(value = "($module, domain, codeset, /)", doc = "Bind the C library's domain to codeset.")
    public static Object bind_textdomain_codeset(String domain, Object codeset) {
        return PyValueInstance.unwrap(codeset) instanceof String c ? c : Singleton.NONE;
    }
}
