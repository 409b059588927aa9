package vg.app;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Small settings of the installation, kept in the meta table. */
final class MetaDao {
    private final Jdbi jdbi;

    MetaDao(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<String> get(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM meta WHERE key = :k").bind("k", key).mapTo(String.class).findOne());
    }

    /** Stores the value unless one is there already; returns whichever is kept, so two starts agree. */
    String putIfAbsent(String key, String value) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("INSERT INTO meta (key, value) VALUES (:k, :v) ON CONFLICT (key) DO NOTHING").bind("k", key).bind("v", value).execute();
            return h.createQuery("SELECT value FROM meta WHERE key = :k").bind("k", key).mapTo(String.class).one();
        });
    }
}
