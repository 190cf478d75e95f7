package org.pythebo.modules;

import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.OSErrors;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyNamespace;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.objects.StructSeq;

/** The {@code time} module: clocks, sleep, and broken-down times (struct_time) in UTC or local time. */
public final class TimeModule {
    private TimeModule() {}

    public static final StructSeq.Spec STRUCT_TIME = new StructSeq.Spec("time", "struct_time", 9, true,
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
            "tm_zone", "tm_gmtoff");

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("time", null, TimeModule.class);
        Globals g = module.globals;
        g.put("struct_time", STRUCT_TIME.type);
        g.put("_STRUCT_TM_ITEMS", 11L);
        g.put("CLOCK_REALTIME", 0L);
        g.put("CLOCK_MONOTONIC", 1L);
        g.put("CLOCK_PROCESS_CPUTIME_ID", 2L);
        g.put("CLOCK_THREAD_CPUTIME_ID", 3L);
        g.put("CLOCK_MONOTONIC_RAW", 4L);
        g.put("CLOCK_BOOTTIME", 7L);
        g.put("CLOCK_TAI", 11L);
        ZoneId zone = ZoneId.systemDefault();
        int year = ZonedDateTime.now(zone).getYear();
        int january = zone.getRules().getOffset(LocalDateTime.of(year, 1, 1, 0, 0)).getTotalSeconds();
        int july = zone.getRules().getOffset(LocalDateTime.of(year, 7, 1, 0, 0)).getTotalSeconds();
        int standard = Math.min(january, july);
        int summer = Math.max(january, july);
        g.put("timezone", (long) -standard);
        g.put("altzone", (long) -summer);
        g.put("daylight", january != july ? 1L : 0L);
        Instant jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone).toInstant();
        Instant jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone).toInstant();
        String stdName = zoneAbbreviation(zone, january <= july ? jan : jul);
        String dstName = zoneAbbreviation(zone, january <= july ? jul : jan);
        g.put("tzname", PyTuple.of(stdName, dstName));
        return module;
    }

    /** The short zone name C's strftime("%Z") gives: "UTC", "CET", or the offset when the zone has none. */
    private static String zoneAbbreviation(ZoneId zone, Instant at) {
        if (zone instanceof ZoneOffset || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")) {
            return zone.getRules().getOffset(at).getTotalSeconds() == 0 ? "UTC" : zone.getId();
        }
        boolean dst = zone.getRules().isDaylightSavings(at);
        String name = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(at.atZone(zone));
        return name.startsWith("GMT") && name.length() > 3 && !dst ? name.substring(3) : name;
    }

    /** A real number as a double, with CPython's TypeError for anything else (sleep, setswitchinterval). */
    static double realNumber(ThreadState ts, Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            return b.doubleValue();
        }
        Object f = Ops.type(o).lookup("__float__");
        if (f != null) {
            Object r = Ops.callDescr(ts, f, o, Ops.NO_ARGS);
            if (r instanceof Double d) {
                return d;
            }
        }
        return Ops.index(o);
    }

    // ---- clocks ----

    @PyMethod("($module, /)")
    public static Object time() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    @PyMethod("($module, /)")
    public static Object time_ns() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @PyMethod("($module, /)")
    public static Object perf_counter() { return System.nanoTime() / 1e9; }

    @PyMethod("($module, /)")
    public static Object perf_counter_ns() { return System.nanoTime(); }

    @PyMethod("($module, /)")
    public static Object monotonic() { return System.nanoTime() / 1e9; }

    @PyMethod("($module, /)")
    public static Object monotonic_ns() { return System.nanoTime(); }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @PyMethod("($module, /)")
    public static Object process_time() { return processCpuNanos() / 1e9; }

    @PyMethod("($module, /)")
    public static Object process_time_ns() { return processCpuNanos(); }

    @PyMethod("($module, /)")
    public static Object thread_time() { return threadCpuNanos() / 1e9; }

    @PyMethod("($module, /)")
    public static Object thread_time_ns() { return threadCpuNanos(); }

    private static long clockNanos(Object clockId) {
        long id = Ops.index(clockId);
        return switch ((int) id) {
            case 0, 11 -> (Long) time_ns();
            case 1, 4, 7 -> System.nanoTime();
            case 2 -> processCpuNanos();
            case 3 -> threadCpuNanos();
            default -> throw OSErrors.of(22, "Invalid argument");
        };
    }

    @PyMethod("($module, clk_id, /)")
    public static Object clock_gettime(Object clockId) { return clockNanos(clockId) / 1e9; }

    @PyMethod("($module, clk_id, /)")
    public static Object clock_gettime_ns(Object clockId) { return clockNanos(clockId); }

    @PyMethod("($module, clk_id, /)")
    public static Object clock_getres(Object clockId) {
        clockNanos(clockId);
        return 1e-9;
    }

    @PyMethod(value = "($module, name, /)", args = ArgStyle.TUPLE)
    public static Object get_clock_info(Object name) {
        if (!(name instanceof String n)) {
            throw PyException.typeError("get_clock_info() argument 1 must be str, not " + Ops.typeName(name));
        }
        String impl = switch (n) {
            case "time" -> "clock_gettime(CLOCK_REALTIME)";
            case "monotonic", "perf_counter" -> "clock_gettime(CLOCK_MONOTONIC)";
            case "process_time" -> "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
            case "thread_time" -> "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
            default -> throw PyException.valueError("unknown clock");
        };
        boolean wall = n.equals("time");
        return PyNamespace.of("implementation", impl, "monotonic", !wall, "adjustable", wall, "resolution", 1e-09);
    }

    @PyMethod("($module, secs, /)")
    public static Object sleep(ThreadState ts, Object secs) {
        double s;
        if (secs instanceof Long || secs instanceof Boolean || secs instanceof BigInteger) {
            BigInteger v = secs instanceof BigInteger b ? b : BigInteger.valueOf(Ops.index(secs));
            if (v.bitLength() > 33) {
                throw PyException.overflow("timestamp too large to convert to C _PyTime_t");
            }
            s = v.doubleValue();
        } else if (secs instanceof Double d) {
            s = d;
        } else {
            s = realNumber(ts, secs);
        }
        if (Double.isNaN(s)) {
            throw PyException.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(s) > 9.2e9) {
            throw PyException.overflow("timestamp too large to convert to C _PyTime_t");
        }
        if (s < 0) {
            throw PyException.valueError("sleep length must be non-negative");
        }
        long nanos = (long) Math.ceil(s * 1e9);
        // A signal handler interrupts the sleep, which then goes on for what remains (PEP 475).
        ts.blockingWait(nanos, left -> {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            return true;
        });
        return null;
    }

    // ---- broken-down time ----

    /** Seconds since the epoch, floored as CPython does; None or absent means now. */
    private static long seconds(Object secs) {
        if (secs == null || secs == Singleton.NONE) {
            return Instant.now().getEpochSecond();
        }
        if (secs instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyException.valueError("Invalid value NaN (not a number)");
            }
            double f = Math.floor(d);
            if (Math.abs(f) > 6.7e16) {
                throw PyException.overflow("timestamp out of range for platform time_t");
            }
            return (long) f;
        }
        if (secs instanceof BigInteger) {
            throw PyException.overflow("timestamp out of range for platform time_t");
        }
        return Ops.index(secs);
    }

    /** A struct_time of {@code t}; gmtime's (in ZoneOffset.UTC) names its zone "GMT", as C's gmtime does. */
    private static StructSeq structTime(ZonedDateTime t) {
        int offset = t.getOffset().getTotalSeconds();
        boolean gmt = t.getZone() == ZoneOffset.UTC;
        ZoneId zone = t.getZone();
        long isdst = gmt ? 0 : zone.getRules().isDaylightSavings(t.toInstant()) ? 1 : 0;
        String name = gmt ? "GMT" : zoneAbbreviation(zone, t.toInstant());
        return STRUCT_TIME.make((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
                (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1),
                (long) t.getDayOfYear(), isdst, name, (long) offset);
    }

    private static ZonedDateTime at(long secs, ZoneId zone) {
        try {
            return Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw PyException.overflow("timestamp out of range for platform time_t");
        }
    }

    @PyMethod(value = "($module, seconds=None, /)", args = ArgStyle.TUPLE)
    public static Object gmtime(Object secs) {
        return structTime(at(seconds(secs), ZoneOffset.UTC));
    }

    @PyMethod(value = "($module, seconds=None, /)", args = ArgStyle.TUPLE)
    public static Object localtime(Object secs) {
        return structTime(at(seconds(secs), ZoneId.systemDefault()));
    }

    /** The nine fields of a time tuple or struct_time, with CPython's errors. */
    private static long[] timeTuple(Object t, String fn) {
        if (!(t instanceof PyTuple tuple)) {
            throw PyException.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PyException.typeError(fn + "(): illegal time tuple argument");
        }
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            Object o = tuple.get(i);
            v[i] = Ops.index(o);
        }
        return v;
    }

    /** CPython's checktm: the ranges asctime and strftime accept (after strftime's fix-ups). */
    private static void checkRanges(long[] v) {
        if (v[1] < 1 || v[1] > 12) {
            throw PyException.valueError("month out of range");
        }
        if (v[2] < 1 || v[2] > 31) {
            throw PyException.valueError("day of month out of range");
        }
        if (v[3] < 0 || v[3] > 23) {
            throw PyException.valueError("hour out of range");
        }
        if (v[4] < 0 || v[4] > 59) {
            throw PyException.valueError("minute out of range");
        }
        if (v[5] < 0 || v[5] > 61) {
            throw PyException.valueError("seconds out of range");
        }
        if (v[6] < 0) {
            throw PyException.valueError("day of week out of range");
        }
        if (v[7] < 1 || v[7] > 366) {
            throw PyException.valueError("day of year out of range");
        }
    }

    private static String asctimeOf(long[] v) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) (v[6] % 7)], MONTHS[(int) v[1] - 1], v[2], v[3],
                v[4], v[5], v[0]);
    }

    private static long[] fields(StructSeq s) {
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            v[i] = (Long) s.get(i);
        }
        return v;
    }

    @PyMethod(value = "($module, time_tuple=?, /)", args = ArgStyle.UNPACK)
    public static Object asctime(Object t) {
        long[] v = t == null ? fields((StructSeq) localtime(Singleton.NONE)) : timeTuple(t, "asctime");
        checkRanges(v);
        return asctimeOf(v);
    }

    @PyMethod(value = "($module, seconds=None, /)", args = ArgStyle.TUPLE)
    public static Object ctime(Object secs) {
        return asctimeOf(fields((StructSeq) localtime(secs)));
    }

    @PyMethod("($module, time_tuple, /)")
    public static Object mktime(Object t) {
        long[] v = timeTuple(t, "mktime");
        try {
            LocalDateTime local = LocalDateTime.of((int) v[0], 1, 1, 0, 0).plusMonths(v[1] - 1).plusDays(v[2] - 1)
                    .plusHours(v[3]).plusMinutes(v[4]).plusSeconds(v[5]);
            return (double) local.atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw PyException.overflow("mktime argument out of range");
        }
    }

    /** The Lib's _strptime does the parsing, as in CPython, which passes the arguments on unchecked. */
    @PyMethod(value = "($module, *args)", args = ArgStyle.TUPLE)
    public static Object strptime(ThreadState ts, Object[] args) {
        Object module = ts.interp.importer.importName(ts, "_strptime", null, new Object[0], 0);
        return Ops.call(ts, Ops.getAttr(ts, module, "_strptime_time"), args, null);
    }

    @PyMethod(value = "($module, format, time_tuple=?, /)", args = ArgStyle.TUPLE)
    public static Object strftime(Object format, Object t) {
        if (!(format instanceof String fmt)) {
            throw PyException.typeError("strftime() argument 1 must be str, not " + Ops.typeName(format));
        }
        long[] v;
        String zoneName;
        long gmtoff;
        if (t == null) {
            StructSeq now = (StructSeq) localtime(Singleton.NONE);
            v = fields(now);
            zoneName = (String) Ops.getAttr(ThreadState.current(), now, "tm_zone");
            gmtoff = (Long) Ops.getAttr(ThreadState.current(), now, "tm_gmtoff");
        } else {
            v = timeTuple(t, "strftime");
            // CPython accepts zeros where C's struct tm has no valid value and fixes them up.
            if (v[1] == 0) {
                v[1] = 1;
            }
            if (v[2] == 0) {
                v[2] = 1;
            }
            if (v[7] == 0) {
                v[7] = 1;
            }
            if (v[6] < 0) {
                throw PyException.valueError("day of week out of range");
            }
            v[6] %= 7;
            checkRanges(v);
            Object zone = t instanceof StructSeq s ? Ops.getAttr(ThreadState.current(), s, "tm_zone") : Singleton.NONE;
            Object off = t instanceof StructSeq s ? Ops.getAttr(ThreadState.current(), s, "tm_gmtoff") : Singleton.NONE;
            ZoneId local = ZoneId.systemDefault();
            zoneName = zone instanceof String z ? z : zoneAbbreviation(local, Instant.now());
            gmtoff = off instanceof Long l ? l : local.getRules().getOffset(Instant.now()).getTotalSeconds();
        }
        return format(fmt, v, zoneName, gmtoff);
    }

    /** C's strftime for the directives glibc knows; unknown ones are copied as they are. */
    private static String format(String fmt, long[] v, String zoneName, long gmtoff) {
        StringBuilder sb = new StringBuilder();
        int year = (int) v[0];
        int mon = (int) v[1];
        int mday = (int) v[2];
        int hour = (int) v[3];
        int min = (int) v[4];
        int sec = (int) v[5];
        int wday = (int) v[6];               // Monday is 0
        int yday = (int) v[7];
        int sundayWday = (wday + 1) % 7;     // C's tm_wday: Sunday is 0
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            int start = i;
            i++;
            while (i < fmt.length() - 1 && "_-0^#".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            while (i < fmt.length() - 1 && Character.isDigit(fmt.charAt(i))) {
                i++;
            }
            char d = fmt.charAt(i);
            switch (d) {
                case 'a' -> sb.append(DAYS[wday]);
                case 'A' -> sb.append(DayOfWeek.of(wday + 1).getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> sb.append(MONTHS[mon - 1]);
                case 'B' -> sb.append(java.time.Month.of(mon).getDisplayName(TextStyle.FULL, Locale.US));
                case 'c' -> sb.append(String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[wday], MONTHS[mon - 1], mday,
                        hour, min, sec, year));
                case 'C' -> sb.append(String.format("%02d", Math.floorDiv(year, 100)));
                case 'd' -> sb.append(String.format("%02d", mday));
                case 'D', 'x' -> sb.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100)));
                case 'e' -> sb.append(String.format("%2d", mday));
                case 'F' -> sb.append(String.format("%d-%02d-%02d", year, mon, mday));
                case 'G', 'g', 'V' -> {
                    java.time.LocalDate date = safeDate(year, mon, mday);
                    int wy = date == null ? year : date.get(IsoFields.WEEK_BASED_YEAR);
                    int wk = date == null ? 1 : date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    sb.append(d == 'G' ? String.valueOf(wy) : d == 'g' ? String.format("%02d", Math.floorMod(wy, 100))
                            : String.format("%02d", wk));
                }
                case 'H' -> sb.append(String.format("%02d", hour));
                case 'I' -> sb.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12));
                case 'j' -> sb.append(String.format("%03d", yday));
                case 'k' -> sb.append(String.format("%2d", hour));
                case 'l' -> sb.append(String.format("%2d", hour % 12 == 0 ? 12 : hour % 12));
                case 'm' -> sb.append(String.format("%02d", mon));
                case 'M' -> sb.append(String.format("%02d", min));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(hour < 12 ? "AM" : "PM");
                case 'P' -> sb.append(hour < 12 ? "am" : "pm");
                case 'r' -> sb.append(String.format("%02d:%02d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, min, sec,
                        hour < 12 ? "AM" : "PM"));
                case 'R' -> sb.append(String.format("%02d:%02d", hour, min));
                case 's' -> {
                    java.time.LocalDate date = safeDate(year, mon, mday);
                    long epoch = date == null ? 0 : LocalDateTime.of(date, java.time.LocalTime.of(hour, min, Math.min(sec, 59)))
                            .toEpochSecond(ZoneOffset.UTC) - gmtoff;
                    sb.append(epoch);
                }
                case 'S' -> sb.append(String.format("%02d", sec));
                case 't' -> sb.append('\t');
                case 'T', 'X' -> sb.append(String.format("%02d:%02d:%02d", hour, min, sec));
                case 'u' -> sb.append(wday + 1);
                case 'U' -> sb.append(String.format("%02d", (yday - 1 + 7 - sundayWday) / 7));
                case 'w' -> sb.append(sundayWday);
                case 'W' -> sb.append(String.format("%02d", (yday - 1 + 7 - wday) / 7));
                case 'y' -> sb.append(String.format("%02d", Math.floorMod(year, 100)));
                case 'Y' -> sb.append(year);
                case 'z' -> {
                    long a = Math.abs(gmtoff);
                    sb.append(gmtoff < 0 ? '-' : '+').append(String.format("%02d%02d", a / 3600, a % 3600 / 60));
                }
                case 'Z' -> sb.append(zoneName);
                case '%' -> sb.append('%');
                default -> sb.append(fmt, start, i + 1);
            }
        }
        return sb.toString();
    }

    private static java.time.LocalDate safeDate(int year, int mon, int mday) {
        try {
            return java.time.LocalDate.of(year, mon, mday);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    @PyMethod("($module, /)")
    public static Object tzset() { return null; }
}
