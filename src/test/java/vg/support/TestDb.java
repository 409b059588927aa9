package vg.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vg.db.Database;
import vg.db.DatabaseUrl;

/**
 * The engine this test run is on. {@code -Dvg.test.db=postgresql} (the second surefire run) gives every test data folder
 * a database of its own on one real PostgreSQL, started once per run: the embedded one from Maven Central, or the
 * server that {@code VG_TEST_POSTGRES} names (an admin JDBC URL such as
 * {@code jdbc:postgresql://localhost:5432/postgres?user=postgres}).
 */
public final class TestDb {
    /** The SMS key every node of a test cluster shares (VG_SMS_KEY). */
    public static final String SMS_KEY = Base64.getEncoder().encodeToString("vg-test-sms-key-32-bytes-long!!!".getBytes());

    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Server server;

    private TestDb() {
    }

    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("vg.test.db", "sqlite"));
    }

    public static String engineName() {
        return postgres() ? "PostgreSQL" : "SQLite";
    }

    /** The VG_DB (and VG_SMS_KEY) a vg on {@code dataDir} gets in this run; nothing for SQLite. */
    public static Map<String, String> env(Path dataDir) {
        return postgres() ? Map.of("VG_DB", url(dataDir).jdbcUrl().orElseThrow(), "VG_SMS_KEY", SMS_KEY) : Map.of();
    }

    /** {@code env} with this run's database for {@code dataDir} added. */
    public static Map<String, String> with(Path dataDir, Map<String, String> env) {
        var all = new java.util.HashMap<>(env(dataDir));
        all.putAll(env);
        return Map.copyOf(all);
    }

    public static DatabaseUrl url(Path dataDir) {
        if (!postgres()) return DatabaseUrl.SQLITE;
        String name = DATABASES.computeIfAbsent(dataDir.toAbsolutePath().normalize(), p -> create("vg_t" + NEXT.incrementAndGet()));
        return DatabaseUrl.parse(server().url(name));
    }

    /** A fresh database of its own, whatever the folder (for a cluster of nodes with folders of their own). */
    public static DatabaseUrl fresh() {
        return DatabaseUrl.parse(server().url(create("vg_c" + NEXT.incrementAndGet())));
    }

    public static Database open(Path dataDir) {
        return Database.open(url(dataDir), dataDir);
    }

    public static Database open(Path dataDir, String targetVersion) {
        return Database.open(url(dataDir), dataDir, targetVersion);
    }

    private static String create(String name) {
        try (Connection c = server().admin(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
    }

    private static synchronized Server server() {
        if (server == null) server = Server.start();
        return server;
    }

    /** One PostgreSQL for the whole run. */
    private record Server(String adminUrl, String base, String user) {
        static Server start() {
            String external = System.getenv("VG_TEST_POSTGRES");
            if (external != null && !external.isBlank()) {
                int slash = external.indexOf('/', "jdbc:postgresql://".length());
                int query = external.indexOf('?');
                return new Server(external, external.substring(0, slash + 1), query < 0 ? "" : external.substring(query));
            }
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        // a test database needs no durability across a power cut, only speed
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "500")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the run is ending anyway
                    }
                }));
                String url = pg.getJdbcUrl("postgres", "postgres");
                int slash = url.indexOf('/', "jdbc:postgresql://".length());
                return new Server(url, url.substring(0, slash + 1), "?user=postgres");
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
            }
        }

        Connection admin() throws SQLException {
            return DriverManager.getConnection(adminUrl);
        }

        String url(String database) {
            return base + database + user;
        }
    }
}
