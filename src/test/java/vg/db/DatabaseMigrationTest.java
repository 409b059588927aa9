package vg.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderGetsEveryMigrationAndTheStandardThemes() {
        Database db = Database.open(dir);
        assertThat(db.migrationsApplied()).isGreaterThanOrEqualTo(4);
        assertThat(db.schemaVersion()).isEqualTo("4");
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
        assertThat(now.migrationsApplied()).isEqualTo(2);
        assertThat(now.schemaVersion()).isEqualTo("4");
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
