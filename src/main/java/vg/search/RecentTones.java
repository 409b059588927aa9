package vg.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest version of each tone changed since the searcher last reopened (empty when removed): searches do not
 * see those changes yet, but replacing a tone's suggestion needs its previous version. Not thread-safe; the index
 * uses it under its write lock.
 */
final class RecentTones {
    private record Change(long number, Optional<IndexedTone> tone) {
    }

    private final Map<Long, Change> changes = new HashMap<>();

    /** The latest version of tone {@code id} if it changed recently: empty when it was not, an empty tone when removed. */
    Optional<Optional<IndexedTone>> latest(long id) {
        Change c = changes.get(id);
        return c == null ? Optional.empty() : Optional.of(c.tone);
    }

    void record(long id, long changeNumber, Optional<IndexedTone> tone) {
        changes.put(id, new Change(changeNumber, tone));
    }

    /** Forgets the changes the searcher sees now, up to change number {@code covered}. */
    void forgetUpTo(long covered) {
        if (!changes.isEmpty()) changes.values().removeIf(c -> c.number <= covered);
    }
}
