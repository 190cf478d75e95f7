package org.pythebo.modules.posix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** Builds the immutable, ordered name tables of the generated *Constants classes. */
final class Tables {
    private Tables() {
    }

    static SequencedMap<String, Long> ordered(String[] names, long[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " names but " + values.length + " values");
        }
        LinkedHashMap<String, Long> table = LinkedHashMap.newLinkedHashMap(names.length);
        for (int i = 0; i < names.length; i++) {
            table.put(names[i], values[i]);
        }
        return Collections.unmodifiableSequencedMap(table);
    }
}
