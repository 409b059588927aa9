package vg.db;

import java.util.Optional;

/**
 * Where the data lives, as {@code VG_DB} says: {@code sqlite} (the file in {@code VG_DATA}) or a PostgreSQL JDBC URL.
 * The URL may carry a password, so {@link #toString()} never shows its query part.
 */
public final class DatabaseUrl {
    public static final DatabaseUrl SQLITE = new DatabaseUrl(Engine.SQLITE, null);
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";

    private final Engine engine;
    private final String jdbcUrl;

    private DatabaseUrl(Engine engine, String jdbcUrl) {
        this.engine = engine;
        this.jdbcUrl = jdbcUrl;
    }

    public static DatabaseUrl parse(String text) {
        String value = text.trim();
        if (value.equalsIgnoreCase("sqlite")) return SQLITE;
        if (value.startsWith(POSTGRESQL_PREFIX) && value.length() > POSTGRESQL_PREFIX.length())
            return new DatabaseUrl(Engine.POSTGRESQL, value);
        // the value itself is not repeated: it may hold a password
        throw new IllegalArgumentException("VG_DB must be sqlite or a PostgreSQL JDBC URL such as "
                + "jdbc:postgresql://db:5432/vg?user=vg&password=…");
    }

    public Engine engine() {
        return engine;
    }

    /** The PostgreSQL URL; empty for SQLite, whose file follows from {@code VG_DATA}. */
    public Optional<String> jdbcUrl() {
        return Optional.ofNullable(jdbcUrl);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseUrl other && engine == other.engine && java.util.Objects.equals(jdbcUrl, other.jdbcUrl);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(engine, jdbcUrl);
    }

    @Override
    public String toString() {
        if (jdbcUrl == null) return "sqlite";
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }
}
