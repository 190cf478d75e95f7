package org.pythebo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages follow the stages a program flows through, and nothing imports upward: each
 * package's package-info.java says which packages it may use ("May use: ..."), every reference
 * to another Pythebo package in its sources must be on that list, and no list names a later
 * stage. The stages, lowest first: runtime (objects and operations), parser, compiler, modules,
 * cli.
 */
class ArchitectureTest {
    private static final List<String> STAGES = List.of("runtime", "parser", "compiler", "modules", "cli");
    private static final Path SOURCES = Path.of(System.getProperty("pythebo.root", "")).toAbsolutePath()
            .resolve("src/main/java/org/pythebo");
    private static final Pattern MAY_USE = Pattern.compile("May use:(.*?)\\(and\\s+the\\s+JDK\\)", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\{@code\\s+([\\w.]+)}");
    /** A reference to a class of another package: an import or a qualified name in the code. */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.pythebo\\.((?:[a-z_][\\w]*\\.)*[a-z_][\\w]*)\\.[A-Z]");

    @Test
    void packagesOnlyUseWhatTheyDeclareAndNothingAbove() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "no sources at " + SOURCES);
        Map<String, List<String>> allowed = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, List<Path>> packages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                String pkg = SOURCES.relativize(p.getParent()).toString().replace('/', '.');
                packages.computeIfAbsent(pkg, k -> new ArrayList<>()).add(p);
            });
        }
        for (String pkg : packages.keySet()) {
            Path info = SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            if (!Files.exists(info)) {
                problems.add(pkg + ": no package-info.java");
                continue;
            }
            Matcher m = MAY_USE.matcher(Files.readString(info).replaceAll("\n \\*", " "));
            if (!m.find()) {
                problems.add(pkg + ": package-info.java does not say what it may use (\"May use: ... (and the JDK)\")");
                continue;
            }
            List<String> uses = new ArrayList<>();
            Matcher c = CODE.matcher(m.group(1));
            while (c.find()) {
                uses.add(c.group(1));
            }
            allowed.put(pkg, uses);
            for (String used : uses) {
                if (stage(used) > stage(pkg)) {
                    problems.add(pkg + ": may not use " + used + ", a later stage");
                }
            }
        }
        for (var entry : packages.entrySet()) {
            String pkg = entry.getKey();
            List<String> uses = allowed.get(pkg);
            if (uses == null) {
                continue;
            }
            for (Path file : entry.getValue()) {
                TreeSet<String> seen = new TreeSet<>();
                Matcher r = REFERENCE.matcher(withoutComments(Files.readString(file)));
                while (r.find()) {
                    String used = r.group(1);
                    if (!used.equals(pkg) && uses.stream().noneMatch(u -> used.equals(u) || used.startsWith(u + "."))
                            && seen.add(used)) {
                        problems.add(SOURCES.relativize(file) + " uses " + used + ", which " + pkg
                                + "'s package-info.java does not allow");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " layering problems:\n  " + String.join("\n  ", problems));
        }
    }

    private static int stage(String pkg) {
        int i = STAGES.indexOf(pkg.split("\\.")[0]);
        if (i < 0) {
            fail("package " + pkg + " belongs to no stage of " + STAGES);
        }
        return i;
    }

    /** Comments may name any class (links in Javadoc), so only code counts. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
