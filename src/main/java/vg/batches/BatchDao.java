package vg.batches;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vg.common.ToneId;

/** The batches table and each batch's rows: the file, the tone it became or the reason it did not. */
final class BatchDao {
    private final Jdbi jdbi;

    BatchDao(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    record Item(int position, String file, Optional<ToneId> toneId, Optional<String> error) {
    }

    long create(long now) {
        return jdbi.withHandle(h -> h.createQuery("INSERT INTO batches (created_at) VALUES (:now) RETURNING id")
                .bind("now", now).mapTo(Long.class).one());
    }

    void add(long batch, int position, String file, Optional<ToneId> tone, Optional<String> error) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO batch_tones (batch_id, position, file, tone_id, error) VALUES (:b, :p, :f, :t, :e)""")
                .bind("b", batch).bind("p", position).bind("f", file)
                .bind("t", tone.map(ToneId::value).orElse(null)).bind("e", error.orElse(null)).execute());
    }

    /** The batch's rows in the ZIP's order; empty when there is no such batch. */
    Optional<List<Item>> items(long batch) {
        return jdbi.withHandle(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM batches WHERE id = :b").bind("b", batch).mapTo(Long.class).one() > 0;
            if (!exists) return Optional.empty();
            return Optional.of(h.createQuery("SELECT position, file, tone_id, error FROM batch_tones WHERE batch_id = :b ORDER BY position")
                    .bind("b", batch)
                    .map((rs, c) -> {
                        long tone = rs.getLong("tone_id");
                        Optional<ToneId> id = rs.wasNull() ? Optional.empty() : Optional.of(ToneId.of(tone));
                        return new Item(rs.getInt("position"), rs.getString("file"), id, Optional.ofNullable(rs.getString("error")));
                    }).list());
        });
    }
}
