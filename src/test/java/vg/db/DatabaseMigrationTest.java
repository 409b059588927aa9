package vg.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {
    /** The numbered migrations in schema/, so adding one needs no change here. */
    static final java.util.List<Integer> MIGRATIONS = migrations();
    static final String LATEST = Integer.toString(MIGRATIONS.get(MIGRATIONS.size() - 1));

    @TempDir
    Path dir;

    private static java.util.List<Integer> migrations() {
        try (var files = java.nio.file.Files.list(Path.of("schema"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEmptyFolderGetsEveryMigrationAndTheStandardThemes() {
        Database db = Database.open(dir);
        assertThat(db.migrationsApplied()).isEqualTo(MIGRATIONS.size());
        assertThat(db.schemaVersion()).isEqualTo(LATEST);
        assertThat(one(db, "SELECT COUNT(*) FROM themes")).isEqualTo("7");
    }

    @Test
    void aDatabaseMadeByAnOlderVersionIsMigratedInPlaceKeepingItsRows() {
        Database old = Database.open(dir, "2");
        assertThat(old.schemaVersion()).isEqualTo("2");
        old.jdbi().useHandle(h -> {
            h.execute("INSERT INTO themes (id, name, position) VALUES ('rock', 'Rock of old', 1)");
            h.execute("INSERT INTO tones (title, artist, theme_id, kind, price, status, created_at, updated_at)"
                    + " VALUES ('Old song', 'Old band', 'rock', 'melody', 100, 'published', 1, 1)");
        });

        Database now = Database.open(dir);
        assertThat(now.migrationsApplied()).isEqualTo(MIGRATIONS.size() - 2);
        assertThat(now.schemaVersion()).isEqualTo(LATEST);
        assertThat(one(now, "SELECT title || '/' || publish_when_ready FROM tones")).isEqualTo("Old song/0");
        // the seeded themes do not overwrite one the installation already had
        assertThat(one(now, "SELECT name FROM themes WHERE id = 'rock'")).isEqualTo("Rock of old");
    }

    private static String one(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void openingTwiceAppliesNothingTheSecondTime() {
        Database.open(dir);
        assertThat(Database.open(dir).migrationsApplied()).isZero();
    }

    @Test
    void theConnectionUsesWalForeignKeysAndABusyTimeout() {
        Database db = Database.open(dir);
        db.jdbi().useHandle(h -> {
            assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
            assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
            assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isGreaterThan(0);
        });
    }
}
