package org.pythebo.modules.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The name tables and messages against CPython 3.11's, as tests/tools/libc_tables.py recorded
 * them: same names, same values, same order.
 */
class TablesTest {

    static List<Arguments> tables() {
        return List.of(
                Arguments.of("errno", Errno.constants()),
                Arguments.of("posix", PosixConstants.TABLE),
                Arguments.of("signal", Signals.constants()),
                Arguments.of("select", SelectConstants.TABLE),
                Arguments.of("fcntl", FcntlConstants.TABLE),
                Arguments.of("resource", ResourceConstants.TABLE),
                Arguments.of("termios", TermiosConstants.TABLE),
                Arguments.of("sysconf_names", SystemConfig.sysconfNames()),
                Arguments.of("pathconf_names", SystemConfig.pathconfNames()),
                Arguments.of("confstr_names", SystemConfig.confstrNames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void tableMatchesCPython(String section, SequencedMap<String, Long> table) {
        List<CPythonTables.Row> expected = CPythonTables.committed(section);
        assertFalse(expected.isEmpty(), "no rows for " + section);
        assertEquals(render(expected), render(table));
    }

    private static String render(List<CPythonTables.Row> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(row.key()).append('=').append(row.value()).append('\n'));
        return text.toString();
    }

    private static String render(SequencedMap<String, Long> table) {
        StringBuilder text = new StringBuilder();
        table.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    @Test
    void errorcodeMatchesCPythonIncludingOrderAndAliases() {
        StringBuilder expected = new StringBuilder();
        CPythonTables.committed("errorcode").forEach(row -> expected.append(row.key()).append('=').append(row.value()).append('\n'));
        StringBuilder actual = new StringBuilder();
        Errno.errorcode().forEach((value, name) -> actual.append(value).append('=').append(name).append('\n'));
        assertEquals(expected.toString(), actual.toString());
    }

    @Test
    void strerrorGivesGlibcTextForEveryNumberCPythonWasAsked() {
        List<CPythonTables.Row> rows = CPythonTables.committed("strerror");
        assertFalse(rows.isEmpty());
        List<String> mismatches = new ArrayList<>();
        for (CPythonTables.Row row : rows) {
            int number = Integer.parseInt(row.key());
            String actual = Errno.strerror(number);
            if (!actual.equals(row.value())) {
                mismatches.add(number + ": CPython '" + row.value() + "', here '" + actual + "'");
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void strsignalMatchesCPython() {
        List<CPythonTables.Row> rows = CPythonTables.committed("strsignal");
        assertEquals(Signals.NSIG - 1, rows.size());
        for (CPythonTables.Row row : rows) {
            int signal = Integer.parseInt(row.key());
            String expected = row.value().equals("None") ? null : row.value();
            assertEquals(expected, Signals.strsignal(signal), "strsignal(" + signal + ")");
        }
    }

    @Test
    void realTimeSignalRangeIsGlibcs() {
        Map<String, Long> table = Signals.constants();
        assertEquals(table.get("SIGRTMIN").intValue(), Signals.sigrtmin());
        assertEquals(table.get("SIGRTMAX").intValue(), Signals.sigrtmax());
    }
}
