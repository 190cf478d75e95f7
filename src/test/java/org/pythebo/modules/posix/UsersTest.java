package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** pwd and grp lookups against /etc/passwd and /etc/group. */
class UsersTest {

    private static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }

    private static String line(Users.Passwd entry) {
        return String.join(":", text(entry.name()), text(entry.passwd()), Integer.toUnsignedString(entry.uid()),
                Integer.toUnsignedString(entry.gid()), text(entry.gecos()), text(entry.dir()), text(entry.shell()));
    }

    private static String line(Users.Group entry) {
        return String.join(":", text(entry.name()), text(entry.passwd()), Integer.toUnsignedString(entry.gid()),
                String.join(",", entry.members().stream().map(UsersTest::text).toList()));
    }

    private static List<String> entries(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    @Test
    void everyPasswdLineIsFoundByNameAndId() throws IOException {
        List<String> lines = entries("/etc/passwd");
        List<String> all = Users.getpwall().stream().map(UsersTest::line).toList();
        assertTrue(all.containsAll(lines), "getpwall lists /etc/passwd");
        for (String expected : lines) {
            String[] fields = expected.split(":", -1);
            assertEquals(expected, line(Users.getpwnam(fields[0].getBytes(UTF_8))));
            assertEquals(fields[2], Integer.toUnsignedString(Users.getpwuid(Integer.parseUnsignedInt(fields[2])).uid()));
        }
        assertEquals("root", text(Users.getpwuid(0).name()));
        assertNull(Users.getpwnam("no-such-user-here".getBytes(UTF_8)));
        assertNull(Users.getpwuid(2_000_000_000));
    }

    @Test
    void everyGroupLineIsFoundByNameAndId() throws IOException {
        List<String> lines = entries("/etc/group");
        List<String> all = Users.getgrall().stream().map(UsersTest::line).toList();
        assertTrue(all.containsAll(lines), "getgrall lists /etc/group");
        for (String expected : lines) {
            String[] fields = expected.split(":", -1);
            assertEquals(expected, line(Users.getgrnam(fields[0].getBytes(UTF_8))));
        }
        assertEquals("root", text(Users.getgrgid(0).name()));
        assertNull(Users.getgrnam("no-such-group-here".getBytes(UTF_8)));
        assertNull(Users.getgrgid(2_000_000_000));
        assertArrayEquals(Users.getgrgid(0).name(), Users.getgrnam("root".getBytes(UTF_8)).name());
    }
}
