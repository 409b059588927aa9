package vg.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.TestDb;

/** Runs on the engine of this test run (SQLite, then PostgreSQL). */
public class DatabaseMigrationTest {
    /** The numbered migrations of this engine, so adding one needs no change here. */
    public static final List<Integer> MIGRATIONS = migrations(TestDb.postgres() ? "postgresql" : "sqlite");
    static final String LATEST = Integer.toString(MIGRATIONS.get(MIGRATIONS.size() - 1));

    @TempDir
    Path dir;

    static List<Integer> migrations(String engine) {
        try (var files = Files.list(Path.of("schema", engine))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bothEnginesHaveTheSameMigrationVersions() {
        assertThat(migrations("postgresql")).isEqualTo(migrations("sqlite"));
    }

    @Test
    void anEmptyDatabaseGetsEveryMigrationAndTheStandardThemes() {
        try (Database db = TestDb.open(dir)) {
            assertThat(db.migrationsApplied()).isEqualTo(MIGRATIONS.size());
            assertThat(db.schemaVersion()).isEqualTo(LATEST);
            assertThat(one(db, "SELECT COUNT(*) FROM themes")).isEqualTo("7");
        }
    }

    @Test
    void aDatabaseMadeByAnOlderVersionIsMigratedInPlaceKeepingItsRows() {
        try (Database old = TestDb.open(dir, "2")) {
            assertThat(old.schemaVersion()).isEqualTo("2");
            old.jdbi().useHandle(h -> {
                h.execute("INSERT INTO themes (id, name, position) VALUES ('rock', 'Rock of old', 1)");
                h.execute("INSERT INTO tones (title, artist, theme_id, kind, price, status, created_at, updated_at)"
                        + " VALUES ('Old song', 'Old band', 'rock', 'melody', 100, 'published', 1, 1)");
                h.execute("UPDATE meta SET value = '41' WHERE key = 'catalogue_generation'");
            });
        }
        try (Database now = TestDb.open(dir)) {
            assertThat(now.migrationsApplied()).isEqualTo(MIGRATIONS.size() - 2);
            assertThat(now.schemaVersion()).isEqualTo(LATEST);
            assertThat(one(now, "SELECT title FROM tones")).isEqualTo("Old song");
            assertThat(now.jdbi().<Boolean, RuntimeException>withHandle(h -> h.createQuery("SELECT publish_when_ready FROM tones").mapTo(Boolean.class).one()))
                    .isFalse();
            // the seeded themes do not overwrite one the installation already had
            assertThat(one(now, "SELECT name FROM themes WHERE id = 'rock'")).isEqualTo("Rock of old");
            // the change feed continues from the catalogue generation, so the search index made before stays current
            assertThat(one(now, "SELECT value FROM counters WHERE name = 'changes'")).isEqualTo("41");
        }
    }

    private static String one(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void openingTwiceAppliesNothingTheSecondTime() {
        TestDb.open(dir).close();
        try (Database again = TestDb.open(dir)) {
            assertThat(again.migrationsApplied()).isZero();
        }
    }

    @Test
    void theSqliteConnectionUsesWalForeignKeysAndABusyTimeout() {
        assumeTrue(!TestDb.postgres(), "the SQLite settings; PostgreSQL has none of these");
        try (Database db = TestDb.open(dir)) {
            db.jdbi().useHandle(h -> {
                assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isGreaterThan(0);
            });
        }
    }
}
