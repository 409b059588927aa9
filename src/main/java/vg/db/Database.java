package vg.db;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The SQLite database in VG_DATA, migrated to the newest schema when opened, behind a small connection pool. */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "vg.db";

    /** SQLite has one writer at a time anyway; a few connections let readers run beside it without reopening files. */
    private static final int POOL_SIZE = 8;

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final MigrateResult migration;

    private Database(HikariDataSource pool, MigrateResult migration) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // statement errors must not carry bound values into logs: they include password hashes and SMS texts
        this.jdbi.getConfig(org.jdbi.v3.core.statement.StatementExceptions.class)
                .setMessageRendering(org.jdbi.v3.core.statement.StatementExceptions.MessageRendering.NONE);
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
        HikariConfig poolConfig = new HikariConfig();
        poolConfig.setDataSource(dataSource(dataDir.resolve(FILE_NAME)));
        poolConfig.setMaximumPoolSize(POOL_SIZE);
        poolConfig.setMinimumIdle(1);
        poolConfig.setPoolName("vg-sqlite");
        HikariDataSource pool = new HikariDataSource(poolConfig);
        try {
            var flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/schema");
            if (targetVersion != null) flyway.target(targetVersion);
            return new Database(pool, flyway.load().migrate());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
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

    @Override
    public void close() {
        pool.close();
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
