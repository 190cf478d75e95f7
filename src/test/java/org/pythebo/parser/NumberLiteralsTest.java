package org.pythebo.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstDump;
import org.pythebo.runtime.PythonOracle;

/** NUMBER token texts against CPython 3.11's {@code repr(type(v).__name__, v)}. */
class NumberLiteralsTest {

    private static final List<String> LITERALS = List.of("0", "00", "0_0", "7", "1_000_000", "123456789012345678",
            "9223372036854775807", "9223372036854775808", "18446744073709551616", "99999999999999999999999999999",
            "0x0", "0xff", "0XFF", "0x_f_f", "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffffffff",
            "0o17", "0O777", "0o1_7", "0o777777777777777777777", "0o1777777777777777777777", "0b0", "0b1_0_1",
            "0B11", "0b" + "1".repeat(63), "0b" + "1".repeat(64), "1.0", "1.", ".5", "0.1", "1e5", "1E5", "1e-5",
            "1_0.0_1e+1_0", "1e308", "1e309", "1e-400", "2.5e-324", "4.9e-324", "3.14159265358979323846264338327950",
            "123456789012345678901234567890.0", "0.000001", "1_2.3_4", "00.5", "0e0", "0.0", "1j", "1J", "0j",
            "2.5j", "1e16j", "1e400j", "1_0j", ".5j", "5.j", "0x10", "1e+16", "9007199254740993", "9007199254740993.0",
            "0.30000000000000004", "17976931348623157e292", "17976931348623159e292");

    @Test
    void valuesAndTypesMatchCPython() throws Exception {
        List<String> actual = new ArrayList<>();
        for (String text : LITERALS) {
            Object v = NumberLiterals.parse(text);
            String type = switch (v) {
                case Long l -> "int";
                case BigInteger b -> b.bitLength() < 64 ? "BigInteger that fits a long" : "int";
                case Double d -> "float";
                case Ast.Imaginary i -> "complex";
                default -> v.getClass().getName();
            };
            actual.add(type + " " + AstDump.constantRepr(v));
        }
        List<String> expected = PythonOracle.run("""
                import sys
                for line in sys.stdin:
                    v = eval(line)
                    print(type(v).__name__, repr(v))
                """, LITERALS);
        PythonOracle.assertSameLines(expected, actual, LITERALS);
    }
}
