package vg.db;

/** The two database engines vg runs on, and the few places where their SQL differs. */
public enum Engine {
    SQLITE("sqlite", ""),
    POSTGRESQL("postgresql", " FOR UPDATE SKIP LOCKED");

    private final String folder;
    private final String skipLocked;

    Engine(String folder, String skipLocked) {
        this.folder = folder;
        this.skipLocked = skipLocked;
    }

    /** The migration folder under {@code schema/}: one history per engine, with the same version numbers. */
    public String migrations() {
        return "classpath:db/schema/" + folder;
    }

    /**
     * Appended to a subquery that claims rows, so that nodes claiming at once take different rows. SQLite runs one
     * writing transaction at a time, so there the claim is exclusive without it.
     */
    public String skipLocked() {
        return skipLocked;
    }
}
