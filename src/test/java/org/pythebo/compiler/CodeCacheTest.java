package org.pythebo.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstDump;

class CodeCacheTest {
    private static final String SOURCE = "import os\n\ndef f(x):\n    return os.sep.join(x)\n";

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void storedTreesAreFoundByText(@TempDir Path dir) throws ParseError, IOException {
        CodeCache cache = CodeCache.at(dir);
        assertNull(cache.lookup(SOURCE));
        Ast.Module tree = Parser.parseModule(SOURCE, "m.py");
        cache.store(SOURCE, tree);
        assertEquals(1, entries(dir).size(), "one entry and no temporary file left");
        assertEquals(AstDump.dump(tree, true), AstDump.dump(cache.lookup(SOURCE), true));
        assertNull(cache.lookup(SOURCE + "\n"), "another text is another entry");
        assertNull(cache.lookup(SOURCE.replace("\n", "\ud800")), "lone surrogates are text too");
    }

    @Test
    void damagedEntriesAreMissesAndRewritten(@TempDir Path dir) throws ParseError, IOException {
        CodeCache cache = CodeCache.at(dir);
        Ast.Module tree = Parser.parseModule(SOURCE, "m.py");
        cache.store(SOURCE, tree);
        Path entry = entries(dir).get(0);
        byte[] data = Files.readAllBytes(entry);
        for (int k = 0; k < data.length; k += 7) {
            byte[] damaged = data.clone();
            damaged[k] ^= 0x10;
            Files.write(entry, damaged);
            assertNull(cache.lookup(SOURCE), "damaged at byte " + k);
        }
        Files.write(entry, java.util.Arrays.copyOf(data, data.length / 2));
        assertNull(cache.lookup(SOURCE));
        Files.write(entry, new byte[0]);
        assertNull(cache.lookup(SOURCE));
        cache.store(SOURCE, tree);
        assertNotNull(cache.lookup(SOURCE));
    }

    @Test
    void anUnusableDirectoryIsNoCache(@TempDir Path dir) throws ParseError, IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        CodeCache cache = CodeCache.at(file.resolve("sub"));
        Ast.Module tree = Parser.parseModule(SOURCE, "m.py");
        cache.store(SOURCE, tree);
        assertNull(cache.lookup(SOURCE));
    }
}
