package vg.db;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The SQLite database in VG_DATA, migrated to the newest schema when opened. */
public final class Database {
    public static final String FILE_NAME = "vg.db";

    private final Jdbi jdbi;
    private final MigrateResult migration;

    private Database(Jdbi jdbi, MigrateResult migration) {
        this.jdbi = jdbi;
        this.migration = migration;
    }

    public static Database open(Path dataDir) {
        return open(dataDir, null);
    }

    /** Opens and migrates up to {@code targetVersion} (all migrations when null); tests use the target. */
    public static Database open(Path dataDir, String targetVersion) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data folder " + dataDir, e);
        }
        SQLiteDataSource dataSource = dataSource(dataDir.resolve(FILE_NAME));
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/schema");
        if (targetVersion != null) flyway.target(targetVersion);
        MigrateResult result = flyway.load().migrate();
        return new Database(Jdbi.create(dataSource), result);
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(15_000);
        config.enforceForeignKeys(true);
        // Writers take the lock at BEGIN, so two writers never deadlock on a lock upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public int migrationsApplied() {
        return migration.migrationsExecuted;
    }

    public String schemaVersion() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")
                .mapTo(String.class).one());
    }
}
