package vg.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.TestDb;

/** The two migration histories end in the same tables, columns, keys and indexes. */
class SchemaParityTest {
    @TempDir
    Path dir;

    @Test
    void bothEnginesEndWithTheSameTablesColumnsKeysAndIndexes() throws SQLException {
        assumeTrue(TestDb.postgres(), "compares SQLite with PostgreSQL, so it runs in the PostgreSQL run");
        try (Database sqlite = Database.open(dir.resolve("sqlite"));
             Database postgres = Database.open(TestDb.fresh(), dir.resolve("pg"))) {
            TreeMap<String, TreeSet<String>> a = shape(sqlite);
            TreeMap<String, TreeSet<String>> b = shape(postgres);
            assertThat(b.keySet()).isEqualTo(a.keySet());
            for (String table : a.keySet()) assertThat(b.get(table)).as(table).isEqualTo(a.get(table));
            assertThat(a).containsKeys("changes", "counters", "subscribers", "sms_outbox");
        }
    }

    /** Per table: its columns with nullability, its primary key, foreign keys and indexes with their columns. */
    private static TreeMap<String, TreeSet<String>> shape(Database db) throws SQLException {
        return db.jdbi().withHandle(h -> {
            Connection c = h.getConnection();
            DatabaseMetaData meta = c.getMetaData();
            String schema = db.engine() == Engine.POSTGRESQL ? "public" : null;
            TreeMap<String, TreeSet<String>> out = new TreeMap<>();
            try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String t = tables.getString("TABLE_NAME").toLowerCase();
                    if (t.startsWith("flyway_") || t.startsWith("sqlite_")) continue;
                    out.put(t, new TreeSet<>());
                }
            }
            for (String t : out.keySet()) {
                TreeSet<String> s = out.get(t);
                TreeSet<String> primary = new TreeSet<>();
                try (ResultSet pk = meta.getPrimaryKeys(null, schema, t)) {
                    while (pk.next()) primary.add(pk.getString("COLUMN_NAME").toLowerCase());
                }
                primary.forEach(col -> s.add("primary key " + col));
                try (ResultSet cols = meta.getColumns(null, schema, t, "%")) {
                    while (cols.next()) {
                        String col = cols.getString("COLUMN_NAME").toLowerCase();
                        // SQLite reports an INTEGER PRIMARY KEY as nullable, though it never holds NULL
                        boolean notNull = cols.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls || primary.contains(col);
                        s.add("column " + col + (notNull ? " not null" : ""));
                    }
                }
                try (ResultSet fk = meta.getImportedKeys(null, schema, t)) {
                    while (fk.next())
                        s.add("foreign key " + fk.getString("FKCOLUMN_NAME").toLowerCase() + " -> "
                                + fk.getString("PKTABLE_NAME").toLowerCase() + "." + fk.getString("PKCOLUMN_NAME").toLowerCase());
                }
                TreeMap<String, TreeSet<String>> indexColumns = new TreeMap<>();
                TreeMap<String, Boolean> unique = new TreeMap<>();
                try (ResultSet ix = meta.getIndexInfo(null, schema, t, false, false)) {
                    while (ix.next()) {
                        String name = ix.getString("INDEX_NAME");
                        if (name == null) continue;
                        indexColumns.computeIfAbsent(name.toLowerCase(), k -> new TreeSet<>()).add(ix.getString("COLUMN_NAME").toLowerCase());
                        unique.put(name.toLowerCase(), !ix.getBoolean("NON_UNIQUE"));
                    }
                }
                indexColumns.forEach((name, cols) -> {
                    if (cols.equals(primary)) return; // the primary key's own index
                    // inline UNIQUE constraints get engine-made names: sqlite_autoindex_… and …_key
                    boolean constraint = name.startsWith("sqlite_autoindex") || name.endsWith("_key");
                    s.add((constraint ? "unique constraint" : "index " + name + (unique.get(name) ? " unique" : "")) + " on " + cols);
                });
            }
            return out;
        });
    }
}
