package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** environ as bytes, putenv/unsetenv, and what children inherit. */
class EnvironmentTest {

    private static Map<String, String> snapshot() {
        Map<String, String> variables = new HashMap<>();
        for (Environment.Variable variable : Environment.snapshot()) {
            variables.putIfAbsent(new String(variable.name(), UTF_8), new String(variable.value(), UTF_8));
        }
        return variables;
    }

    @Test
    void environIsWhatTheJvmStartedWith() {
        Map<String, String> variables = snapshot();
        variables.remove("PYTHEBO_LIBC_TEST");
        assertEquals(System.getenv(), variables);
    }

    @Test
    void putenvAndUnsetenvChangeWhatChildrenSee() {
        String name = "PYTHEBO_LIBC_TEST";
        Environment.putenv(name.getBytes(UTF_8), "value with = and spaces".getBytes(UTF_8));
        try {
            assertEquals("value with = and spaces", snapshot().get(name));
            assertEquals("value with = and spaces\n",
                    SpawnTest.shell("printf '%s\\n' \"$" + name + "\"", Spawn.Attributes.NONE).out());
            Environment.putenv(name.getBytes(UTF_8), new byte[0]);
            assertEquals("", snapshot().get(name));
        } finally {
            Environment.unsetenv(name.getBytes(UTF_8));
        }
        assertFalse(snapshot().containsKey(name));
        assertEquals("unset\n", SpawnTest.shell("echo ${" + name + "-unset}", Spawn.Attributes.NONE).out());
        Environment.unsetenv(name.getBytes(UTF_8));
    }

    @Test
    void illegalNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Environment.putenv("A=B".getBytes(UTF_8), new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Environment.putenv(new byte[0], new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Environment.unsetenv("X=".getBytes(UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Environment.putenv("A\0B".getBytes(UTF_8), new byte[0]));
    }
}
