package org.pythebo.modules._sre;

import org.pythebo.modules._sre.engine.CharacterProperties;
import org.pythebo.runtime.text.UnicodeProps;

/**
 * The character facts of Python 3.11's own Unicode database (the one str's methods use), for
 * matching str patterns; LOCALE patterns see the C locale (the interface's defaults), as
 * CPython does until a program calls setlocale.
 */
final class PythonCharacters implements CharacterProperties {
    static final PythonCharacters INSTANCE = new PythonCharacters();

    private PythonCharacters() {
    }

    @Override
    public int toLowerCase(int codePoint) {
        return UnicodeProps.lowerFirst(codePoint);
    }

    @Override
    public int toUpperCase(int codePoint) {
        return UnicodeProps.upperFirst(codePoint);
    }

    @Override
    public boolean isDecimal(int codePoint) {
        return UnicodeProps.isDecimal(codePoint);
    }

    @Override
    public boolean isAlphanumeric(int codePoint) {
        return UnicodeProps.isAlnum(codePoint);
    }

    @Override
    public boolean isSpace(int codePoint) {
        return UnicodeProps.isSpace(codePoint);
    }

    @Override
    public boolean isLineBreak(int codePoint) {
        return UnicodeProps.isLineBreak(codePoint);
    }
}
