package org.pythebo.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstDump;
import org.pythebo.runtime.PythonOracle;

/**
 * String literals and f-strings, parsed as whole programs and compared with CPython 3.11's
 * {@code ast.dump(ast.parse(src), include_attributes=True)} or its SyntaxError.
 */
class StringLiteralsTest {

    /**
     * One program a line; to keep Java's escapes out of the way, ` stands for a backslash and
     * ⏎ for a newline.
     */
    private static final String PROGRAMS = """
            'a'; "b"; '''c'''; ""\"d""\"; r'`n'; R"`t"; u'x'; U'x'; b'x'; B'x'; br'`x'; rb'`x'; Rb''; bR''
            ''; ""; b''; f''; rf''; Fr''; ''''''
            '`a`b`f`n`r`t`v`````'`"'
            '`0 `7 `77 `777 `1234 `400 `8 `9'
            '`x41 `u0041 `U0001F600 `u00e9 `uFFFF `U0010FFFF'
            '`N{EM DASH} `N{em dash} `N{LATIN SMALL LETTER A} `N{BYTE ORDER MARK} `N{NUL} `N{VS17} `N{vs1}'
            '`N{HANGUL SYLLABLE GAG} `N{hangul syllable GA} `N{CJK UNIFIED IDEOGRAPH-4E00} `N{CJK UNIFIED IDEOGRAPH-2A6DF}'
            '`N{KHITAN SMALL SCRIPT CHARACTER-18B00} `N{CJK COMPATIBILITY IDEOGRAPH-F900} `N{SPACE} `N{BELL}'
            '`ud800' '`udfff' 'a`ud800b'
            '`q `é `z `{ `}'
            'line1`⏎line2'
            '''a⏎b`⏎c⏎'''
            'é' 'ü`x41' '😀`n' 'a`x00b'
            '💩' '`x41💩' f'💩{x}💩' r'💩`n' b'`xff' + '💩`N{PILE OF POO}'
            b'`x41`101`n`q`u1234`N{x}`777`0'
            b'`⏎a' b'`'`"'
            'a' 'b'; u'a' 'b'; 'a' u'b'; b'a' b'b'; 'a' f'{x}' 'b'; f'' ''; f'{x}' f'{y}'; 'a' f''
            x = ('a'⏎     'b'⏎     'c')
            x = ('a'⏎     f'{b}'⏎     'c' f'{d!r}')
            x = '''⏎abc⏎'''
            f'{x}'; f'{x!r}'; f'{x!s:>10}'; f'{x:{y}.{z}}'; f'{x!a}'
            f'{x=}'; f'{x = }'; f'{x=!s}'; f'{x=:>10}'; f'{ x }'; f'{x=!r:^20}'
            f'{{}}'; f'a{{b}}c{d}e'; f'{x:}'; f'{x::}'; f'{{{x}}}'; f'{{'; f'}}'
            f'{a["b"]}'; f"{a['b']}"; f'{\"""a\"""}'; f'''{'a'}'''; f'''{'''a'''}'''
            f'{x!r:^{w}}'; f'{3.14:!<10}'; f'{x:=^10}'; f'{a!=b}'; f'{a==b}'; f'{a<=b}'; f'{a>b}'; f'{a<b}'; f'{a>=b}'
            f'{x:%H:%M}'; f'{(lambda x: 1)}'; f'{x,y}'; f'{*x,}'; f'{x:{y}{z}}'; f'{x:a{y}b{z}c}'
            def f():⏎    yield f'{(yield)}'⏎    return f'{await x}'
            f'é{x}'; f'éé{x}{y}'; 'é' f'{x}'
            f'''⏎{x}'''
            f'''a⏎  {x} {⏎y}'''
            f'''{⏎ x}'''
            f'''{⏎⏎x⏎}'''
            x = (f'{a}'⏎     f'{b}')
            x = (f'{a}'⏎     f'''⏎{b}''' f'{c}')
            f'{f"{x}"}'; f'{f"{x:{y}}"}'; f'{"a" "b"}'; f'{"a" f"{b}"}'
            print(f"{x}", f'{y!r}', f'{ z = }')
            f'`N{EM DASH}{x}'; f'`{x}'; rf'`{x}'; fr'{x}`n'; f'{x}`n'; f'`x41{x}'; f'a`tb{x:`t}'
            f'{x:{{}}>10}'
            f'{x!r=}'
            f'{x}{x}{x}'; f'{ x}{x }'; f'{x[1:2]}'; f'{x:{y!r}}'
            x = f'{a}' f'{b}' 'c' f'{d}'
            if 1:⏎    x = f'''⏎    {a}⏎    ''' + f'{b}'
            f'{a:{b:c}}'
            x = 'a' b'b' + 1
            x = b'a' 'b' + 1
            x = 'a' f'{b}' b'c' + 1
            x = f'{b}' b'c' + 1
            x = b'é' + 1
            x = ('a'⏎ b'b'⏎)
            x = '`x4' + 1
            x = '`xZZ' + 1
            x = '`u12' + 1
            x = '`U0011ffff' + 1
            x = '`N' + 1
            x = '`N{' + 1
            x = '`N{abc' + 1
            x = '`Nx' + 1
            x = '`N{}' + 1
            x = '`N{nonexistent}' + 1
            x = '`N{ SPACE}' + 1
            x = '`N{CJK UNIFIED IDEOGRAPH-4e00}' + 1
            x = '`N{HANGUL SYLLABLE GAX}' + 1
            x = 'é`x4' + 1
            x = '`é`x4' + 1
            x = '😀`x4' + 1
            x = 'a`N{é}' + 1
            x = b'`x4' + 1
            x = b'`xZ1' + 1
            x = b'ab`x' + 1
            x = f'`x4{a}' + 1
            x = f'{a}`x4' + 1
            x = f'{}' + 1
            x = f'{ }' + 1
            x = f'{x!}' + 1
            x = f'{x!z}' + 1
            x = f'{x' + 1
            x = f'{' + 1
            x = f'}' + 1
            x = f'{x}}' + 1
            x = f'{x:{y:{z}}}' + 1
            x = f'{#}' + 1
            x = f'{x#}' + 1
            x = f'{a`nb}' + 1
            x = f'{)}' + 1
            x = f'{(}' + 1
            x = f'{[)}' + 1
            x = f'{"a}' + 1
            x = f'{x:{y}' + 1
            x = f'{!r}' + 1
            x = f'{=}' + 1
            x = f'{:x}' + 1
            x = f'{ !r}' + 1
            x = f'{⏎}' + 1
            x = f'''{⏎}''' + 1
            x = f'{x:{!r}}' + 1
            x = rf'{a}`{b}' + 1
            x = f'{a:`x4}' + 1
            x = f'{a!r:{b}`N{EM DASH}}'
            x = f'{a:{b}}}' + 1
            x = f'{a:{{b}}}' + 1
            x = f'{x!r:' + 1
            x = f'{x:' + 1
            x = f'{x!' + 1
            x = f'{x=' + 1
            x = f'{a b}' + 1
            x = f'{b"a" "b"}' + 1
            x = f'{f"{}"}' + 1
            x = f'{x:{}}' + 1
            x = f'{x!r }' + 1
            x = f'{x!rr}' + 1
            x = (f'{a}'⏎     f'{)}')
            x = ('a'⏎ '`x4'⏎)
            """;

    @Test
    void programsMatchCPython() throws Exception {
        List<String> programs = new ArrayList<>();
        for (String line : PROGRAMS.lines().toList()) {
            programs.add(line.replace('`', '\\').replace('⏎', '\n') + "\n");
        }
        List<String> input = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String src : programs) {
            input.add(HexFormat.of().formatHex(src.getBytes(StandardCharsets.UTF_8)));
            actual.add(dumpOrError(src));
        }
        List<String> expected = PythonOracle.run("""
                import ast, sys, warnings
                warnings.simplefilter('ignore')
                for line in sys.stdin:
                    src = bytes.fromhex(line.strip()).decode()
                    try:
                        print(ast.dump(ast.parse(src), include_attributes=True))
                    except SyntaxError as e:
                        print('%s: %s (%s, %s, %s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                                           e.end_lineno, e.end_offset))
                """, input);
        PythonOracle.assertSameLines(expected, actual, programs);
    }

    private static String dumpOrError(String src) {
        try {
            return AstDump.dump(Parser.parseModule(src, "<unknown>"), true);
        } catch (ParseError e) {
            return e.kind + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + e.endLineno + ", " + e.endOffset
                    + ")";
        }
    }

    /**
     * {@code \N{...}} with aliases, computed names and names CPython rejects, against CPython's
     * parser: the literal's code point, or -1 for a syntax error. (The names themselves are the
     * Unicode database's, which {@code runtime.ucd.NamesTest} checks one by one.)
     */
    @Test
    void aliasesAndRejectedNamesMatchCPython() throws Exception {
        List<String> names = new ArrayList<>(List.of("LINE FEED (LF)", "BASIC LATIN 41", "CJK UNIFIED IDEOGRAPHS 4E00",
                "HANGUL SYLLABLES AC00", "TANGUT IDEOGRAPH-17000", " SPACE", "SPACE ", "LATIN_SMALL_LETTER_A", "",
                "VS0", "VS257", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-3134B", "HANGUL SYLLABLE",
                "HANGUL SYLLABLE A", "PRIVATE USE AREA E000", "NULL", "DELETE", "BEL", "ALERT"));
        for (int n = 1; n <= 256; n += 15) {
            names.add("VS" + n);
        }
        names.addAll(List.of("NBSP", "BOM", "ZWNBSP", "LATIN CAPITAL LETTER GHA", "FVS1", "MVS", "PDI",
                "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS", "HENTAIGANA LETTER E-1", "cgj", "Line Feed",
                "CHARACTER TABULATION", "SINGLE-SHIFT-3", "TIBETAN MARK BKA- SHOG GI MGO RGYAN", "hangul syllable ga",
                "HANGUL SYLLABLE GA", "cjk unified ideograph-4e00", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
                "latin small letter a", "A".repeat(300), "TANGUT IDEOGRAPH-18D08", "KHITAN SMALL SCRIPT CHARACTER-18B00"));
        List<String> actual = new ArrayList<>();
        for (String name : names) {
            actual.add(nameEscape(name));
        }
        List<String> expected = PythonOracle.run("""
                import sys, unicodedata
                for line in sys.stdin:
                    try:
                        print('%x' % ord(eval('"\\\\N{%s}"' % line[:-1])))
                    except SyntaxError:
                        print('-1')
                """, names);
        PythonOracle.assertSameLines(expected, actual, names);
    }

    private static String nameEscape(String name) {
        try {
            Ast.Expression e = Parser.parseExpression("\"\\N{" + name + "}\"", "<unknown>");
            return Integer.toHexString(((String) ((Ast.Constant) e.body()).value()).codePointAt(0));
        } catch (ParseError e) {
            return "-1";
        }
    }
}
