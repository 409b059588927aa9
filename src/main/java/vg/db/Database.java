package vg.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * vg's database, migrated to the newest schema when opened, behind a connection pool: the SQLite file in VG_DATA, or
 * a PostgreSQL server that several nodes share. Flyway holds a lock on PostgreSQL while it migrates, so nodes that
 * start at once on an empty database migrate it once.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "vg.db";

    /** SQLite has one writer at a time anyway; a few connections let readers run beside it without reopening files. */
    private static final int SQLITE_POOL_SIZE = 8;
    /** Per node; a PostgreSQL server's default of 100 connections leaves room for several nodes and their listeners. */
    private static final int POSTGRESQL_POOL_SIZE = 12;

    private final DatabaseUrl url;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final MigrateResult migration;

    private Database(DatabaseUrl url, HikariDataSource pool, MigrateResult migration) {
        this.url = url;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // statement errors must not carry bound values into logs: they include password hashes and SMS texts
        this.jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        this.migration = migration;
    }

    /** The SQLite file in {@code dataDir}. */
    public static Database open(Path dataDir) {
        return open(DatabaseUrl.SQLITE, dataDir, null);
    }

    public static Database open(DatabaseUrl url, Path dataDir) {
        return open(url, dataDir, null);
    }

    /** Opens and migrates up to {@code targetVersion} (all migrations when null); tests use the target. */
    public static Database open(DatabaseUrl url, Path dataDir, String targetVersion) {
        HikariDataSource pool = new HikariDataSource(poolConfig(url, dataDir));
        try {
            var flyway = Flyway.configure().dataSource(pool).locations(url.engine().migrations());
            if (targetVersion != null) flyway.target(targetVersion);
            return new Database(url, pool, flyway.load().migrate());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(DatabaseUrl url, Path dataDir) {
        HikariConfig config = new HikariConfig();
        if (url.engine() == Engine.SQLITE) {
            try {
                Files.createDirectories(dataDir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create the data folder " + dataDir, e);
            }
            config.setDataSource(sqlite(dataDir.resolve(FILE_NAME)));
            config.setMaximumPoolSize(SQLITE_POOL_SIZE);
            config.setPoolName("vg-sqlite");
        } else {
            config.setJdbcUrl(url.jdbcUrl().orElseThrow());
            config.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
            config.setPoolName("vg-postgresql");
            // a server that is not there yet (a cluster starting together) is waited for, not given up on at once
            config.setInitializationFailTimeout(30_000);
        }
        config.setMinimumIdle(1);
        return config;
    }

    private static SQLiteDataSource sqlite(Path file) {
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

    /**
     * A connection of its own, outside the pool, for PostgreSQL's LISTEN: it stays open as long as the listener does.
     */
    public Connection dedicatedConnection() throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl().orElseThrow(() -> new IllegalStateException("not PostgreSQL")));
    }

    @Override
    public void close() {
        pool.close();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Engine engine() {
        return url.engine();
    }

    public DatabaseUrl url() {
        return url;
    }

    public int migrationsApplied() {
        return migration.migrationsExecuted;
    }

    public String schemaVersion() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = TRUE ORDER BY installed_rank DESC LIMIT 1")
                .mapTo(String.class).one());
    }
}
