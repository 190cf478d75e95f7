package org.pythebo.parser.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;

class AstCodecTest {
    private static final Path LIB = Path.of("/usr/lib/python3.11");

    /** Every file of the Lib comes back node for node, positions included. */
    @Test
    void everyLibFileRoundTrips() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(LIB)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        assertTrue(files.size() > 1000, "the Lib of CPython 3.11 is missing");
        List<String> differ = new ArrayList<>();
        int parsed = 0;
        for (Path file : files) {
            Ast.Module tree;
            try {
                tree = Parser.parseFile(Files.readAllBytes(file), file.toString());
            } catch (ParseError e) {
                continue; // the Lib's deliberately bad test files
            }
            parsed++;
            byte[] data = AstCodec.encode(tree);
            Ast.Module back = AstCodec.decode(data);
            if (!AstDump.dump(back, true).equals(AstDump.dump(tree, true))
                    || !java.util.Arrays.equals(AstCodec.encode(back), data)) {
                differ.add(file.toString());
            }
        }
        assertTrue(parsed > 1000);
        assertEquals(List.of(), differ);
    }

    @Test
    void everyKindOfConstantRoundTrips() throws ParseError {
        String source = "x = (None, ..., True, False, 0, -1, 2**63, 12345678901234567890123, 1.5, float('nan'), 3j,"
                + " 'é\\ud800', '\\ud800\\udc00', b'\\x00\\xff', u'k', f'{x!r:>{w}}')\n"
                + "match x:\n    case None | True | {'a': 1, **rest} | C(1, y=[*z]) as w if w: pass\n";
        Ast.Module tree = Parser.parseModule(source, "<test>");
        assertEquals(AstDump.dump(tree, true), AstDump.dump(AstCodec.decode(AstCodec.encode(tree)), true));
    }

    /** Data it did not write is refused with IllegalArgumentException, never another exception. */
    @Test
    void damagedDataIsRefused() throws ParseError {
        byte[] data = AstCodec.encode(Parser.parseModule("def f(a, *b, c=1):\n    return [a for a in b if c]\n", "<t>"));
        for (int cut = 0; cut < data.length; cut++) {
            byte[] truncated = java.util.Arrays.copyOf(data, cut);
            assertThrows(IllegalArgumentException.class, () -> AstCodec.decode(truncated));
        }
        for (int k = 0; k < data.length; k++) {
            byte[] flipped = data.clone();
            flipped[k] ^= (byte) 0xa5;
            try {
                AstCodec.decode(flipped);
            } catch (IllegalArgumentException expected) {
                // refused: fine; a flip that still decodes is caught by the cache's checksum
            }
        }
        assertArrayEquals(data, AstCodec.encode(AstCodec.decode(data)));
    }
}
