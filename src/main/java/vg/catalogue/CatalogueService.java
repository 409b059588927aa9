package vg.catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vg.common.ApiException;
import vg.common.ToneId;
import vg.search.IndexedTone;
import vg.search.SearchPage;
import vg.search.SearchQuery;
import vg.search.Suggestion;
import vg.search.ToneIndex;

/**
 * The catalogue's rules: what is public, and how a tone moves between ready, published and withdrawn.
 * Every change that the search index must reflect is recorded in the change feed in its own transaction. This node
 * reindexes the tone at once, from the database's state, so its own next search sees it; every node (this one too)
 * reindexes it again as it follows the feed, and only that advances the index's generation, so a stored index never
 * claims a change it lacks.
 */
public final class CatalogueService {
    private final CatalogueDao dao;
    private final ToneIndex index;
    private final Clock clock;
    private final ToneAvailability availability;
    private final Object indexOrder = new Object();

    public CatalogueService(CatalogueDao dao, ToneIndex index, Clock clock, ToneAvailability availability) {
        this.dao = dao;
        this.index = index;
        this.clock = clock;
        this.availability = availability;
    }

    /** Everything the index must hold, for a rebuild. */
    public static List<IndexedTone> allPublished(CatalogueDao dao) {
        List<IndexedTone> all = new ArrayList<>();
        dao.forEachPublished(all::add);
        return all;
    }

    public List<ThemeCount> themes() {
        return dao.themesWithCounts();
    }

    public SearchPage search(SearchQuery query) {
        if (query.themeId().isPresent() && dao.theme(query.themeId().get()).isEmpty())
            throw ApiException.badRequest("invalid_theme", "There is no theme '" + query.themeId().get() + "'");
        return index.search(query);
    }

    public List<Suggestion> suggest(String prefix) {
        return index.suggest(prefix, 10);
    }

    public ToneView publishedTone(ToneId id) {
        return dao.indexed(id).map(ToneView::of).orElseThrow(() -> ApiException.notFound("Tone " + id));
    }

    public Tone tone(ToneId id) {
        return dao.find(id).orElseThrow(() -> ApiException.notFound("Tone " + id));
    }

    /** The tones of these ids that exist, whatever their state. */
    public java.util.Map<ToneId, Tone> tones(java.util.List<ToneId> ids) {
        return dao.findAll(ids);
    }

    /** The editor's list over every status; see {@link ToneListQuery}. */
    public ListedTones list(ToneListQuery query) {
        if (query.themeId().isPresent()) requireTheme(query.themeId().get());
        return dao.list(query);
    }

    /** Each theme's Russian name by its id. */
    public java.util.Map<String, String> themeNames() {
        return dao.themeNames();
    }

    public Tone publish(ToneId id) {
        Tone tone = tone(id);
        if (tone.status() == ToneStatus.PUBLISHED) return tone;
        if (tone.status() != ToneStatus.READY && tone.status() != ToneStatus.WITHDRAWN)
            throw new ApiException(409, "not_ready", "Tone " + id + " is " + tone.status().code() + " and cannot be published");
        apply(id, () -> dao.changeStatus(id, List.of(ToneStatus.READY, ToneStatus.WITHDRAWN), ToneStatus.PUBLISHED, clock.millis()));
        return tone(id);
    }

    public Tone withdraw(ToneId id) {
        Tone tone = tone(id);
        if (tone.status() == ToneStatus.WITHDRAWN) return tone;
        if (tone.status() != ToneStatus.PUBLISHED)
            throw new ApiException(409, "not_published", "Tone " + id + " is " + tone.status().code() + ", not published");
        apply(id, () -> dao.changeStatus(id, List.of(ToneStatus.PUBLISHED), ToneStatus.WITHDRAWN, clock.millis()));
        return tone(id);
    }

    public Tone edit(ToneId id, ToneDetails details) {
        tone(id);
        requireTheme(details.themeId());
        apply(id, () -> dao.updateDetails(id, details, clock.millis()));
        return tone(id);
    }

    public void requireTheme(String themeId) {
        if (dao.theme(themeId).isEmpty())
            throw ApiException.badRequest("invalid_theme", "There is no theme '" + themeId + "'");
    }

    /**
     * Runs a database change that touches what the index shows of a tone (its popularity, say) and then updates the
     * index. The change returns the feed number it recorded ({@link CatalogueDao#recordChange}), or empty if it
     * changed nothing; its result passes through.
     */
    public <T> T changeTone(ToneId id, java.util.function.Supplier<IndexedChange<T>> change) {
        return changeTones(List.of(id), change);
    }

    /** As {@link #changeTone}, for a change that touches several tones at once (plays counted in a batch). */
    public <T> T changeTones(java.util.Collection<ToneId> ids, java.util.function.Supplier<IndexedChange<T>> change) {
        synchronized (indexOrder) {
            IndexedChange<T> done = change.get();
            if (done.generation().isPresent()) ids.forEach(this::reindex);
            return done.result();
        }
    }

    /** Records, on the caller's handle, that these tones changed; see {@link CatalogueDao#recordChange}. */
    public long recordChange(org.jdbi.v3.core.Handle h, java.util.Collection<ToneId> ids) {
        return dao.recordChange(h, ids);
    }

    /** Reindexes tone {@code id} after a change in the feed, on the follower's thread. */
    public void followed(ToneId id) {
        synchronized (indexOrder) {
            reindex(id);
        }
    }

    /** Every change up to {@code seq} is in the index. */
    public void followedUpTo(long seq) {
        index.followedUpTo(seq);
    }

    /** Reindexes every tone from the database, for a node that fell further behind than the feed reaches. */
    public void reindexAll(long seq) {
        for (ToneId id : dao.allIds()) followed(id);
        index.followedUpTo(seq);
    }

    /** What a change did, and the feed number it recorded if the index must follow. */
    public record IndexedChange<T>(T result, Optional<Long> generation) {
    }

    /** An editor's change of one tone: its status or details, with the generation it bumped if it changed anything. */
    private void apply(ToneId id, java.util.function.Supplier<Optional<Long>> change) {
        changeTone(id, () -> new IndexedChange<>(Boolean.TRUE, change.get()));
    }

    private void reindex(ToneId id) {
        Optional<IndexedTone> published = dao.indexed(id);
        if (published.isPresent()) index.upsert(published.get());
        else index.remove(id.value());
        // under the same lock as the index and from the database's state, so what plays never lags a later change
        availability.changed(id, published.isPresent());
    }
}
