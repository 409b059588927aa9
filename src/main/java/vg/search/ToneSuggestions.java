package vg.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * As-you-type completions over title and artist, kept in step with the catalogue.
 *
 * <p>AnalyzingInfixSuggester can only replace an entry by its exact text, not delete it. So every tone has one
 * entry whose text is unique to it ("title␟artist␟id"; the analyzer ignores the id), updated in place on every
 * change and carrying a context: {@code live}, or {@code hidden} once the tone is removed or its title or artist
 * changed (then its old text is hidden and a new entry added). Lookups ask for {@code live} entries only. Hidden
 * entries are dropped by the next rebuild of the index.
 */
final class ToneSuggestions implements Closeable {
    static final int MAX_LIMIT = 10;
    private static final int MAX_PREFIX_CHARS = 100;
    private static final int MIN_PREFIX_CHARS = 3;
    private static final BytesRef LIVE = new BytesRef("live");
    private static final BytesRef HIDDEN = new BytesRef("hidden");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final String SEPARATOR = String.valueOf(ToneAnalyzers.SUGGESTION_SEPARATOR);

    private final AnalyzingInfixSuggester suggester;
    private final ToneAnalyzers analyzers;
    private final LazyRefresh fresh;
    private boolean dirty;

    private ToneSuggestions(AnalyzingInfixSuggester suggester, ToneAnalyzers analyzers) {
        this.suggester = suggester;
        this.analyzers = analyzers;
        this.fresh = new LazyRefresh(suggester::refresh);
    }

    /** Suggestions in a new, empty directory. */
    static ToneSuggestions create(Directory directory, ToneAnalyzers analyzers) throws IOException {
        ToneSuggestions s = open(directory, analyzers);
        s.suggester.build(new NoEntries()); // until built, the suggester refuses lookups
        s.dirty = true;
        return s;
    }

    /** Suggestions already built in {@code directory}. */
    static ToneSuggestions open(Directory directory, ToneAnalyzers analyzers) throws IOException {
        Analyzer a = analyzers.suggestion();
        AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(
                directory, a, a, MIN_PREFIX_CHARS, false, true, false, false);
        return new ToneSuggestions(suggester, analyzers);
    }

    /** Adds or replaces the entry of {@code tone}; {@code previous} is its earlier version, if any. */
    synchronized void upsert(Optional<IndexedTone> previous, IndexedTone tone) throws IOException {
        String text = entryText(tone);
        if (previous.isPresent() && !entryText(previous.get()).equals(text)) hide(previous.get());
        suggester.update(new BytesRef(text), Set.of(LIVE), tone.popularity(), payload(tone.id()));
        changed();
    }

    /** Adds the entry of {@code tone}, which has none yet: cheaper than {@link #upsert} while building from nothing. */
    synchronized void add(IndexedTone tone) throws IOException {
        suggester.add(new BytesRef(entryText(tone)), Set.of(LIVE), tone.popularity(), payload(tone.id()));
        changed();
    }

    synchronized void hide(IndexedTone tone) throws IOException {
        suggester.update(new BytesRef(entryText(tone)), Set.of(HIDDEN), tone.popularity(), payload(tone.id()));
        changed();
    }

    private void changed() {
        dirty = true;
        fresh.changed();
    }

    /** Lookups reopen by themselves when they follow a change; this reopens ahead of them. */
    void refreshIfStale() throws IOException {
        fresh.awaitFresh();
    }

    synchronized void commitIfDirty() throws IOException {
        // the suggester refuses to commit before its first change since opening
        if (!dirty) return;
        suggester.commit();
        dirty = false;
    }

    List<Suggestion> lookup(String prefix, int limit) throws IOException {
        if (prefix == null || limit <= 0) return List.of();
        String key = CONTROL.matcher(prefix.length() > MAX_PREFIX_CHARS ? prefix.substring(0, MAX_PREFIX_CHARS) : prefix)
                .replaceAll(" ");
        // a key without a single word would match every entry
        if (Tokens.of(analyzers.suggestion(), key, 1).isEmpty()) return List.of();
        fresh.awaitFresh();
        List<Suggestion> found = new ArrayList<>();
        for (LookupResult r : suggester.lookup(key, Set.of(LIVE), Math.min(limit, MAX_LIMIT), true, false)) {
            String[] parts = r.key.toString().split(SEPARATOR, -1);
            long id = Long.parseLong(r.payload.utf8ToString());
            found.add(new Suggestion(id, parts[0], parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null));
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    private static String entryText(IndexedTone tone) {
        return clean(tone.title()) + SEPARATOR + clean(tone.artist()) + SEPARATOR + tone.id();
    }

    private static String clean(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }

    private static BytesRef payload(long id) {
        return new BytesRef(Long.toString(id).getBytes(StandardCharsets.UTF_8));
    }

    private static final class NoEntries implements InputIterator {
        @Override
        public BytesRef next() {
            return null;
        }

        @Override
        public long weight() {
            return 0;
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return true;
        }
    }
}
