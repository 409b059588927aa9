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
 * Every change that the search index must reflect goes through {@link #apply}, one at a time, so the index
 * sees the database's changes in the order of their generation numbers.
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

    /** Every tone whatever its state, newest first, for the editor's desk. */
    public List<Tone> list(Optional<ToneStatus> status, int page, int size) {
        return dao.list(status, size, (page - 1) * size);
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
     * index. The change returns the catalogue generation it bumped ({@link CatalogueDao#bumpGeneration}), or empty if it
     * changed nothing; its result passes through.
     */
    public <T> T changeTone(ToneId id, java.util.function.Supplier<IndexedChange<T>> change) {
        return changeTones(List.of(id), change);
    }

    /** As {@link #changeTone}, for a change that touches several tones at once (plays counted in a batch). */
    public <T> T changeTones(java.util.Collection<ToneId> ids, java.util.function.Supplier<IndexedChange<T>> change) {
        synchronized (indexOrder) {
            IndexedChange<T> done = change.get();
            done.generation().ifPresent(g -> ids.forEach(id -> reindex(id, g)));
            return done.result();
        }
    }

    /** What a change did, and the catalogue generation it bumped if the index must follow. */
    public record IndexedChange<T>(T result, Optional<Long> generation) {
    }

    /** An editor's change of one tone: its status or details, with the generation it bumped if it changed anything. */
    private void apply(ToneId id, java.util.function.Supplier<Optional<Long>> change) {
        changeTone(id, () -> new IndexedChange<>(Boolean.TRUE, change.get()));
    }

    private void reindex(ToneId id, long generation) {
        Optional<IndexedTone> published = dao.indexed(id);
        if (published.isPresent()) index.upsert(published.get(), generation);
        else index.remove(id.value(), generation);
        // under the same lock as the index and from the database's state, so what plays never lags a later change
        availability.changed(id, published.isPresent());
    }
}
