package vg.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vg.cluster.ChangeFeed;
import vg.cluster.ChangeKind;
import vg.common.Money;
import vg.common.ToneId;
import vg.db.Engine;
import vg.search.IndexedTone;

/** The catalogue's tables: themes and tones, whose changes go into the feed the search index follows. */
public final class CatalogueDao {
    private static final String TONE_COLUMNS = "t.id, t.title, t.artist, t.theme_id, t.kind, t.price, t.tags, t.status, t.error, "
            + "t.source_name, t.source_format, t.source_codec, t.source_duration_ms, t.source_loudness, t.duration_ms, t.loudness, "
            + "t.owner_count, t.play_count, t.created_at, t.published_at, t.updated_at, "
            // the first tone with the same audio; a tone without a hash (not transcoded yet, or failed) has none
            + "(SELECT MIN(d.id) FROM tones d WHERE d.audio_hash = t.audio_hash AND d.id < t.id) AS duplicate_of";

    private final Jdbi jdbi;
    private final ChangeFeed feed;
    private final Engine engine;

    public CatalogueDao(Jdbi jdbi, ChangeFeed feed, Engine engine) {
        this.jdbi = jdbi;
        this.feed = feed;
        this.engine = engine;
    }

    public List<ThemeCount> themesWithCounts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT th.id, th.name, COUNT(t.id) AS n FROM themes th
                        LEFT JOIN tones t ON t.theme_id = th.id AND t.status = 'published'
                        GROUP BY th.id ORDER BY th.position, th.name""")
                .map((rs, c) -> new ThemeCount(rs.getString("id"), rs.getString("name"), rs.getLong("n")))
                .list());
    }

    /** Each theme's name by its id, without counting tones as {@link #themesWithCounts} does. */
    public Map<String, String> themeNames() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name FROM themes")
                .map((rs, c) -> Map.entry(rs.getString("id"), rs.getString("name")))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public Optional<Theme> theme(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, position FROM themes WHERE id = :id")
                .bind("id", id)
                .map((rs, c) -> new Theme(rs.getString("id"), rs.getString("name"), rs.getInt("position")))
                .findOne());
    }

    public void upsertTheme(Theme theme) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO themes (id, name, position) VALUES (:id, :name, :position)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position""")
                .bind("id", theme.id()).bind("name", theme.name()).bind("position", theme.position())
                .execute());
    }

    public long countTones() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tones").mapTo(Long.class).one());
    }

    public Optional<Tone> find(ToneId id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    public Optional<Tone> find(Handle h, ToneId id) {
        return h.createQuery("SELECT " + TONE_COLUMNS + " FROM tones t WHERE t.id = :id")
                .bind("id", id.value())
                .map((rs, c) -> toneOf(rs))
                .findOne();
    }

    /** The editor's list: every status, searched in title and artist, filtered, ordered, one page and the total. */
    public ListedTones list(ToneListQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!q.text().isBlank()) {
            where.append(" AND ").append(engine.contains("t.editor_key", ":text"));
            params.put("text", ToneListQuery.fold(q.text().strip()));
        }
        q.status().ifPresent(s -> {
            where.append(" AND t.status = :status");
            params.put("status", s.code());
        });
        q.themeId().ifPresent(s -> {
            where.append(" AND t.theme_id = :theme");
            params.put("theme", s);
        });
        q.kind().ifPresent(k -> {
            where.append(" AND t.kind = :kind");
            params.put("kind", k.code());
        });
        String order = q.order() == ToneListQuery.Order.TITLE ? " ORDER BY t.title, t.id" : " ORDER BY t.created_at DESC, t.id DESC";
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM tones t" + where).bindMap(params).mapTo(Long.class).one();
            // the page's ids come from an index alone; only their rows are read
            List<Long> ids = h.createQuery("SELECT t.id FROM tones t" + where + order + " LIMIT :limit OFFSET :offset")
                    .bindMap(params).bind("limit", q.size()).bind("offset", (long) (q.page() - 1) * q.size())
                    .mapTo(Long.class).list();
            if (ids.isEmpty()) return new ListedTones(total, List.of());
            Map<ToneId, Tone> rows = byIds(h, ids);
            return new ListedTones(total, ids.stream().map(ToneId::of).map(rows::get).filter(java.util.Objects::nonNull).toList());
        });
    }

    /** The tones of these ids that exist, in one query. */
    public Map<ToneId, Tone> findAll(List<ToneId> ids) {
        if (ids.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> byIds(h, ids.stream().map(ToneId::value).toList()));
    }

    private Map<ToneId, Tone> byIds(org.jdbi.v3.core.Handle h, List<Long> ids) {
        Map<ToneId, Tone> rows = new java.util.HashMap<>();
        h.createQuery("SELECT " + TONE_COLUMNS + " FROM tones t WHERE t.id IN (<ids>)").bindList("ids", ids)
                .map((rs, c) -> toneOf(rs)).forEach(t -> rows.put(t.id(), t));
        return rows;
    }

    /** Fills in the search key of tones written before it existed (or behind vg's back); returns how many. */
    public int fillEditorKeys() {
        int filled = 0;
        while (true) {
            List<Map.Entry<Long, String>> batch = jdbi.withHandle(h -> h.createQuery(
                            "SELECT id, title, artist FROM tones WHERE editor_key IS NULL ORDER BY id LIMIT 1000")
                    .map((rs, c) -> Map.entry(rs.getLong("id"), ToneListQuery.key(rs.getString("title"), rs.getString("artist"))))
                    .list());
            if (batch.isEmpty()) return filled;
            jdbi.useTransaction(h -> {
                var update = h.prepareBatch("UPDATE tones SET editor_key = :key WHERE id = :id");
                for (var e : batch) update.bind("id", e.getKey()).bind("key", e.getValue()).add();
                update.execute();
            });
            filled += batch.size();
        }
    }

    public java.util.Set<Long> publishedIds() {
        return new java.util.HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT id FROM tones WHERE status = 'published'")
                .mapTo(Long.class).list()));
    }

    public List<ToneId> idsWithStatus(ToneStatus status) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM tones WHERE status = :s ORDER BY id")
                .bind("s", status.code())
                .map((rs, c) -> ToneId.of(rs.getLong(1)))
                .list());
    }

    /** Tones this node was transcoding when it stopped (other nodes' work in progress is theirs). */
    public List<ToneId> processingHere() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM tones WHERE status = 'processing'"
                        + " AND (processing_node = :node OR processing_node IS NULL) ORDER BY id")
                .bind("node", feed.node().value())
                .map((rs, c) -> ToneId.of(rs.getLong(1)))
                .list());
    }

    /** Records a freshly probed upload as processing and returns its new id. */
    public ToneId insertProcessing(ToneDetails d, Tone.SourceAudio source, boolean publishWhenReady, long now) {
        return jdbi.inTransaction(h -> ToneId.of(h.createUpdate("""
                        INSERT INTO tones (title, artist, theme_id, kind, price, tags, status, source_name, source_format,
                                           source_codec, source_duration_ms, publish_when_ready, processing_node,
                                           created_at, updated_at, editor_key)
                        VALUES (:title, :artist, :theme, :kind, :price, :tags, 'processing', :sname, :sformat,
                                :scodec, :sduration, :pwr, :node, :now, :now, :key)""")
                .bind("title", d.title()).bind("artist", d.artist()).bind("theme", d.themeId())
                .bind("key", ToneListQuery.key(d.title(), d.artist()))
                .bind("kind", d.kind().code()).bind("price", d.price().kopecks()).bind("tags", d.tags())
                .bind("sname", source.name()).bind("sformat", source.format()).bind("scodec", source.codec())
                .bind("sduration", source.durationMs()).bind("pwr", publishWhenReady).bind("node", feed.node().value())
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
    }

    /** Marks a transcoded tone ready; returns whether it asked to be published as soon as it is. */
    public boolean markReady(ToneId id, long durationMs, double sourceLoudness, double loudness, String audioHash, long now) {
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("""
                            UPDATE tones SET status = 'ready', error = NULL, duration_ms = :d, source_loudness = :sl,
                                             loudness = :l, audio_hash = :hash, updated_at = :now
                            WHERE id = :id AND status = 'processing'""")
                    .bind("id", id.value()).bind("d", durationMs).bind("sl", sourceLoudness).bind("l", loudness)
                    .bind("hash", audioHash).bind("now", now).execute();
            return changed == 1 && h.createQuery("SELECT publish_when_ready FROM tones WHERE id = :id")
                    .bind("id", id.value()).mapTo(Boolean.class).one();
        });
    }

    public void markFailed(ToneId id, String reason, long now) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE tones SET status = 'failed', error = :e, updated_at = :now WHERE id = :id AND status = 'processing'")
                .bind("id", id.value()).bind("e", reason).bind("now", now).execute());
    }

    /**
     * Changes a tone's status and records the change in the feed in one transaction; returns the change's number.
     * {@code from} lists the statuses the change is allowed from, so two racing editors cannot skip a state.
     */
    public Optional<Long> changeStatus(ToneId id, List<ToneStatus> from, ToneStatus to, long now) {
        return jdbi.inTransaction(h -> {
            String allowed = String.join(",", from.stream().map(s -> "'" + s.code() + "'").toList());
            int changed = h.createUpdate("UPDATE tones SET status = :to, updated_at = :now,"
                            + " published_at = CASE WHEN :to = 'published' THEN COALESCE(published_at, :now) ELSE published_at END"
                            + " WHERE id = :id AND status IN (" + allowed + ")")
                    .bind("id", id.value()).bind("to", to.code()).bind("now", now).execute();
            return changed == 1 ? Optional.of(recordChange(h, List.of(id))) : Optional.empty();
        });
    }

    /** Edits what an editor may edit; records the change (the tone may be published). */
    public Optional<Long> updateDetails(ToneId id, ToneDetails d, long now) {
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("""
                            UPDATE tones SET title = :title, artist = :artist, theme_id = :theme, kind = :kind, price = :price,
                                             tags = :tags, updated_at = :now, editor_key = :key WHERE id = :id""")
                    .bind("id", id.value()).bind("title", d.title()).bind("artist", d.artist()).bind("theme", d.themeId())
                    .bind("key", ToneListQuery.key(d.title(), d.artist()))
                    .bind("kind", d.kind().code()).bind("price", d.price().kopecks()).bind("tags", d.tags()).bind("now", now)
                    .execute();
            return changed == 1 ? Optional.of(recordChange(h, List.of(id))) : Optional.empty();
        });
    }

    /**
     * Records in the change feed, on the caller's handle, that these tones changed as the index shows them, so every
     * node reindexes them; returns the last change's number. Call it as the transaction's last write.
     */
    public long recordChange(Handle h, java.util.Collection<ToneId> ids) {
        long seq = 0;
        for (ToneId id : ids) seq = feed.record(h, ChangeKind.TONE, Long.toString(id.value()));
        return seq;
    }

    /** Every tone's id, whatever its state, for a node that must reindex everything. */
    public List<ToneId> allIds() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM tones ORDER BY id").map((rs, c) -> ToneId.of(rs.getLong(1))).list());
    }

    public Optional<IndexedTone> indexed(ToneId id) {
        return jdbi.withHandle(h -> h.createQuery(INDEXED_SELECT + " WHERE t.id = :id AND t.status = 'published'")
                .bind("id", id.value())
                .map((rs, c) -> indexedOf(rs))
                .findOne());
    }

    /** Streams every published tone to {@code sink}, for a full index rebuild. */
    public void forEachPublished(Consumer<IndexedTone> sink) {
        jdbi.useHandle(h -> {
            try (var rows = h.createQuery(INDEXED_SELECT + " WHERE t.status = 'published'")
                    .setFetchSize(1000).map((rs, c) -> indexedOf(rs)).stream()) {
                rows.forEach(sink);
            }
        });
    }

    private static final String INDEXED_SELECT = """
            SELECT t.id, t.title, t.artist, t.tags, t.theme_id, th.name AS theme_name, t.kind, t.price, t.duration_ms,
                   t.owner_count + t.play_count AS popularity, t.week_plays, t.published_at
            FROM tones t JOIN themes th ON th.id = t.theme_id""";

    private static IndexedTone indexedOf(ResultSet rs) throws SQLException {
        return new IndexedTone(rs.getLong("id"), rs.getString("title"), rs.getString("artist"), rs.getString("tags"),
                rs.getString("theme_id"), rs.getString("theme_name"), rs.getString("kind"), rs.getLong("price"),
                (int) Math.round(rs.getLong("duration_ms") / 1000.0), rs.getLong("popularity"), rs.getLong("week_plays"),
                rs.getLong("published_at"));
    }

    private static Tone toneOf(ResultSet rs) throws SQLException {
        ToneDetails details = new ToneDetails(rs.getString("title"), rs.getString("artist"), rs.getString("theme_id"),
                ToneKind.parse(rs.getString("kind")).orElseThrow(), Money.kopecks(rs.getLong("price")), rs.getString("tags"));
        Optional<Tone.SourceAudio> source = Optional.ofNullable(rs.getString("source_format")).map(format -> {
            try {
                return new Tone.SourceAudio(rs.getString("source_name"), format, rs.getString("source_codec"),
                        rs.getLong("source_duration_ms"), nullableDouble(rs, "source_loudness"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return new Tone(ToneId.of(rs.getLong("id")), details, ToneStatus.fromCode(rs.getString("status")),
                Optional.ofNullable(rs.getString("error")), source, Optional.ofNullable(nullableLong(rs, "duration_ms")),
                Optional.ofNullable(nullableDouble(rs, "loudness")), rs.getLong("owner_count"), rs.getLong("play_count"),
                rs.getLong("created_at"), Optional.ofNullable(nullableLong(rs, "published_at")), rs.getLong("updated_at"),
                Optional.ofNullable(nullableLong(rs, "duplicate_of")).map(ToneId::of));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
