package org.pythebo.runtime.ucd;

/** The four normalization forms of {@code unicodedata.normalize} and {@code is_normalized}. */
public enum NormalizationForm {
    NFC(false, true),
    NFD(false, false),
    NFKC(true, true),
    NFKD(true, false);

    private final boolean compatibility;
    private final boolean composes;

    NormalizationForm(boolean compatibility, boolean composes) {
        this.compatibility = compatibility;
        this.composes = composes;
    }

    /**
     * The form Python names {@code form} (exactly "NFC", "NFD", "NFKC" or "NFKD"), or null, for
     * which the module raises {@code ValueError("invalid normalization form")}.
     */
    public static NormalizationForm of(String form) {
        return switch (form) {
            case "NFC" -> NFC;
            case "NFD" -> NFD;
            case "NFKC" -> NFKC;
            case "NFKD" -> NFKD;
            default -> null;
        };
    }

    boolean compatibility() {
        return compatibility;
    }

    boolean composes() {
        return composes;
    }
}
