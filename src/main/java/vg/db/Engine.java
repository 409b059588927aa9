package vg.db;

/** The two database engines vg runs on, and the few places where their SQL differs. */
public enum Engine {
    SQLITE("sqlite", "", "instr(%s, %s) > 0"),
    POSTGRESQL("postgresql", " FOR UPDATE SKIP LOCKED", "strpos(%s, %s) > 0");

    private final String folder;
    private final String skipLocked;
    private final String contains;

    Engine(String folder, String skipLocked, String contains) {
        this.folder = folder;
        this.skipLocked = skipLocked;
        this.contains = contains;
    }

    /**
     * A condition: {@code column} holds the text {@code parameter} somewhere in it, compared as it is. Both engines
     * find a plain substring far faster than they match a LIKE pattern.
     */
    public String contains(String column, String parameter) {
        return String.format(contains, column, parameter);
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
