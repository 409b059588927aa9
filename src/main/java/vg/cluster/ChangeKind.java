package vg.cluster;

/** What a row of the change feed is about; its subject is a phone number or a tone id. */
public enum ChangeKind {
    /** A subscriber's plan: service, default tone, tones, groups or rules. */
    PLAN("plan"),
    /** A tone as the index and playback show it: published or not, details, popularity. */
    TONE("tone");

    private final String code;

    ChangeKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ChangeKind fromCode(String code) {
        for (ChangeKind k : values()) if (k.code.equals(code)) return k;
        throw new IllegalArgumentException("unknown change kind " + code);
    }
}
