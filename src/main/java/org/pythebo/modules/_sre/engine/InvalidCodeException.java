package org.pythebo.modules._sre.engine;

/** The code given to {@link CompiledPattern#compile} is not valid SRE code ("invalid SRE code"). */
public final class InvalidCodeException extends IllegalArgumentException {
    public InvalidCodeException(String detail) {
        super("invalid SRE code: " + detail);
    }
}
