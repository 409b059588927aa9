package vg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue index: published tones searchable by text with filters, orders, paging and facet counts, plus
 * as-you-type suggestions. It is derived data: whenever the stored index is missing, damaged, of another schema or
 * of another generation than the caller expects, it is rebuilt from the published tones.
 *
 * <p>Changes are visible to searches and suggestions started after {@link #upsert} or {@link #remove} return: the
 * readers reopen when they are next used after a change, or on the next tick of the commit thread, whichever comes
 * first (see {@link LazyRefresh}). Changes reach disk with the next commit, at most a second later, or on
 * {@link #close()}. Each commit records the generation of the last
 * change, which is how a later {@link #open} knows whether the stored index is current.
 */
public final class ToneIndex implements AutoCloseable {
    /** Bump whenever analyzers or fields change: indexes of other versions are then rebuilt and deleted. */
    public static final int SCHEMA_VERSION = 5;

    private static final Logger log = LoggerFactory.getLogger(ToneIndex.class);
    private static final long COMMIT_INTERVAL_MS = 1_000;
    private static final double REBUILD_RAM_BUFFER_MB = 64;
    /** Answered pages each searcher remembers; see {@link PageCache}. */
    public static final int DEFAULT_CACHED_PAGES = 1_000;
    /**
     * Overrides {@link #DEFAULT_CACHED_PAGES} for indexes opened without a size; 0 turns the cache off. Meant for
     * measuring searches without the cache (bench/run catalogue), not for production.
     */
    public static final String CACHED_PAGES_PROPERTY = "vg.search.cachedPages";

    private final ToneAnalyzers analyzers;
    private final ToneDocuments documents;
    private final CatalogueSearch catalogueSearch;
    private final Directory directory;
    private final Directory suggestDirectory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LazyRefresh freshSearchers;
    private final ToneSuggestions suggestions;
    private final SegmentMemory segments = SegmentMemory.create();
    private final boolean rebuilt;
    private final ScheduledExecutorService committer;

    private final Object writeLock = new Object();
    private volatile long generation;
    private boolean dirty; // guarded by writeLock
    private final RecentTones recent = new RecentTones(); // guarded by writeLock
    private boolean closed; // guarded by writeLock

    private ToneIndex(ToneAnalyzers analyzers, Directory directory, Directory suggestDirectory, IndexWriter writer,
                      ToneSuggestions suggestions, long generation, boolean rebuilt, FacetsConfig facetsConfig,
                      int cachedPages) throws IOException {
        this.analyzers = analyzers;
        this.documents = new ToneDocuments(analyzers, facetsConfig);
        this.catalogueSearch = new CatalogueSearch(new ToneQueries(analyzers, documents), facetsConfig);
        this.directory = directory;
        this.suggestDirectory = suggestDirectory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, FacetedSearcher.factory(facetsConfig, cachedPages, segments));
        this.freshSearchers = new LazyRefresh(searchers::maybeRefreshBlocking);
        this.suggestions = suggestions;
        this.generation = generation;
        this.rebuilt = rebuilt;
        this.committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "tone-index-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(this::tick, COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the index under {@code indexRoot}, rebuilding it from {@code allPublished} when the stored one is
     * missing, unreadable, of another schema version or not at {@code expectedGeneration}.
     */
    public static ToneIndex open(Path indexRoot, long expectedGeneration, Supplier<Stream<IndexedTone>> allPublished) {
        return open(indexRoot, expectedGeneration, allPublished, Integer.getInteger(CACHED_PAGES_PROPERTY, DEFAULT_CACHED_PAGES));
    }

    /** {@link #open(Path, long, Supplier)} with each searcher remembering up to {@code cachedPages} answered pages. */
    public static ToneIndex open(Path indexRoot, long expectedGeneration, Supplier<Stream<IndexedTone>> allPublished,
                                 int cachedPages) {
        return open(indexRoot, expectedGeneration, stored -> stored == expectedGeneration, allPublished, cachedPages);
    }

    /**
     * Opens the stored index if its generation passes {@code keepStored} (a node that follows a change feed keeps an
     * older one and catches up), and otherwise rebuilds it from {@code allPublished} at {@code rebuildGeneration}.
     */
    public static ToneIndex open(Path indexRoot, long rebuildGeneration, java.util.function.LongPredicate keepStored,
                                 Supplier<Stream<IndexedTone>> allPublished) {
        return open(indexRoot, rebuildGeneration, keepStored, allPublished,
                Integer.getInteger(CACHED_PAGES_PROPERTY, DEFAULT_CACHED_PAGES));
    }

    private static ToneIndex open(Path indexRoot, long expectedGeneration, java.util.function.LongPredicate keepStored,
                                  Supplier<Stream<IndexedTone>> allPublished, int cachedPages) {
        if (cachedPages < 0) throw new IllegalArgumentException("cachedPages < 0: " + cachedPages);
        IndexFolders folders = new IndexFolders(indexRoot, SCHEMA_VERSION);
        ToneAnalyzers analyzers = new ToneAnalyzers();
        try {
            Files.createDirectories(indexRoot);
            folders.deleteOtherVersions();
            OptionalLong stored = CommittedIndex.generation(folders.main);
            boolean current = stored.isPresent() && keepStored.test(stored.getAsLong())
                    && CommittedIndex.isReadable(folders.suggest);
            if (!current) {
                if (stored.isPresent() || expectedGeneration > 0)
                    log.info("rebuilding the catalogue index in {} (stored generation {}, expected {})",
                            folders.versioned, stored.isPresent() ? stored.getAsLong() : "none", expectedGeneration);
                folders.clear();
            }
            Files.createDirectories(folders.main);
            Files.createDirectories(folders.suggest);
            return current
                    ? openStored(folders, analyzers, stored.getAsLong(), cachedPages)
                    : rebuild(folders, analyzers, expectedGeneration, allPublished, cachedPages);
        } catch (IOException e) {
            analyzers.close();
            throw new UncheckedIOException("cannot open the catalogue index in " + folders.versioned, e);
        }
    }

    private static ToneIndex openStored(IndexFolders folders, ToneAnalyzers analyzers, long generation, int cachedPages)
            throws IOException {
        Directory main = FSDirectory.open(folders.main);
        Directory suggest = FSDirectory.open(folders.suggest);
        IndexWriter writer = new IndexWriter(main, writerConfig(analyzers, OpenMode.APPEND));
        ToneSuggestions suggestions = ToneSuggestions.open(suggest, analyzers);
        return new ToneIndex(analyzers, main, suggest, writer, suggestions, generation, false, ToneDocuments.facetsConfig(),
                cachedPages);
    }

    private static ToneIndex rebuild(IndexFolders folders, ToneAnalyzers analyzers, long generation,
                                     Supplier<Stream<IndexedTone>> allPublished, int cachedPages) throws IOException {
        Directory main = FSDirectory.open(folders.main);
        Directory suggest = FSDirectory.open(folders.suggest);
        IndexWriterConfig config = writerConfig(analyzers, OpenMode.CREATE).setRAMBufferSizeMB(REBUILD_RAM_BUFFER_MB);
        IndexWriter writer = new IndexWriter(main, config);
        ToneSuggestions suggestions = ToneSuggestions.create(suggest, analyzers);
        FacetsConfig facetsConfig = ToneDocuments.facetsConfig();
        ToneDocuments documents = new ToneDocuments(analyzers, facetsConfig);
        writer.setLiveCommitData(commitData(generation));
        try (Stream<IndexedTone> tones = allPublished.get()) {
            new IndexFill(writer, documents, suggestions).fillAndCommit(tones);
        }
        suggestions.refreshIfStale();
        return new ToneIndex(analyzers, main, suggest, writer, suggestions, generation, true, facetsConfig, cachedPages);
    }

    private static IndexWriterConfig writerConfig(ToneAnalyzers analyzers, OpenMode mode) {
        // commits happen only where a generation is recorded with them; the order is what TopByRelevance relies on
        return new IndexWriterConfig(analyzers.indexing()).setOpenMode(mode).setCommitOnClose(false)
                .setIndexSort(ToneSorts.INDEX_ORDER).setCodec(ToneCodec.create());
    }

    private static Iterable<Map.Entry<String, String>> commitData(long generation) {
        return Map.of(CommittedIndex.GENERATION, Long.toString(generation)).entrySet();
    }

    /**
     * Adds or replaces {@code tone}; searches and suggestions started after this returns see it. The readers reopen
     * when next read (or on the next tick of the commit thread), so a burst of changes costs one reopen.
     */
    public void upsert(IndexedTone tone) {
        upsert(tone, generation);
    }

    /** Removes the tone {@code id} without moving the generation. */
    public void remove(long id) {
        remove(id, generation);
    }

    /** Records that the index holds every change up to {@code newGeneration}; it never moves back. */
    public void followedUpTo(long newGeneration) {
        synchronized (writeLock) {
            if (newGeneration <= generation) return;
            writer.setLiveCommitData(commitData(newGeneration));
            generation = newGeneration;
            dirty = true;
        }
    }

    /** Adds or replaces {@code tone} and records that the index holds every change up to {@code generation}. */
    public void upsert(IndexedTone tone, long generation) {
        synchronized (writeLock) {
            try {
                Optional<IndexedTone> previous = previousVersion(tone.id());
                writer.updateDocument(ToneDocuments.idTerm(tone.id()), documents.toDocument(tone));
                suggestions.upsert(previous, tone);
                changed(generation, tone.id(), Optional.of(tone));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index tone " + tone.id(), e);
            }
        }
    }

    /** Removes the tone {@code id} (if indexed); searches and suggestions started after this returns miss it. */
    public void remove(long id, long generation) {
        synchronized (writeLock) {
            try {
                Optional<IndexedTone> previous = previousVersion(id);
                writer.deleteDocuments(ToneDocuments.idTerm(id));
                if (previous.isPresent()) suggestions.hide(previous.get());
                changed(generation, id, Optional.empty());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove tone " + id + " from the index", e);
            }
        }
    }

    private void changed(long newGeneration, long id, Optional<IndexedTone> tone) {
        // recorded after the change itself, so a commit never claims a generation whose change it lacks
        if (newGeneration > generation) {
            writer.setLiveCommitData(commitData(newGeneration));
            generation = newGeneration;
        }
        dirty = true;
        recent.record(id, freshSearchers.changed(), tone);
    }

    /** What the index holds for {@code id}, including changes the searcher does not show yet. */
    private Optional<IndexedTone> previousVersion(long id) throws IOException {
        recent.forgetUpTo(freshSearchers.covered());
        Optional<Optional<IndexedTone>> latest = recent.latest(id);
        return latest.isPresent() ? latest.get() : stored(id);
    }

    private Optional<IndexedTone> stored(long id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs hit = s.search(new TermQuery(ToneDocuments.idTerm(id)), 1);
            if (hit.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(StoredTones.load(s.getIndexReader(), new int[] {hit.scoreDocs[0].doc}).get(0));
        } finally {
            searchers.release(s);
        }
    }

    /** One page of tones matching {@code query}, with its total and facet counts. Any text is valid. */
    public SearchPage search(SearchQuery query) {
        try {
            freshSearchers.awaitFresh();
            IndexSearcher s = searchers.acquire();
            try {
                // the searcher factory makes only FacetedSearchers
                return catalogueSearch.run((FacetedSearcher) s, query);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the catalogue index", e);
        }
    }

    /** Up to {@code limit} (at most 10) completions of what the user typed; empty for a blank or wordless prefix. */
    public List<Suggestion> suggest(String prefix, int limit) {
        try {
            return suggestions.lookup(prefix, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up suggestions", e);
        }
    }

    /** The generation of the last change applied, or the one the index was opened at. */
    public long generation() {
        return generation;
    }

    /** The number of indexed (published) tones. */
    public int size() {
        try {
            freshSearchers.awaitFresh();
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@link #open} built this index from the published tones instead of reusing the stored one. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    private void tick() {
        commitIfDirty();
        try {
            // readers find the index fresh, unless they come within a tick of a change
            freshSearchers.awaitFresh();
            suggestions.refreshIfStale();
        } catch (IOException | RuntimeException e) {
            log.warn("cannot reopen the catalogue index", e);
        }
    }

    private void commitIfDirty() {
        synchronized (writeLock) {
            if (closed || !dirty) return;
            try {
                commit();
            } catch (IOException | RuntimeException e) {
                // stays dirty: the next tick tries again; an unhandled exception would cancel all later ticks
                log.warn("cannot commit the catalogue index", e);
            }
        }
    }

    private void commit() throws IOException {
        suggestions.commitIfDirty();
        writer.commit();
        dirty = false;
    }

    /** Commits pending changes and releases the index files. */
    @Override
    public void close() {
        // no shutdownNow: interrupting a thread inside Lucene I/O closes its channels and invalidates the index lock
        committer.shutdown();
        awaitCommitter();
        synchronized (writeLock) {
            if (closed) return;
            closed = true;
            try {
                if (dirty) commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot commit the catalogue index on close", e);
            } finally {
                closeQuietly();
            }
        }
    }

    private void awaitCommitter() {
        try {
            if (!committer.awaitTermination(30, TimeUnit.SECONDS)) log.warn("the commit thread did not stop in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        for (AutoCloseable c : new AutoCloseable[] {searchers, suggestions, writer, directory, suggestDirectory, analyzers}) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("cannot close {}", c, e);
            }
        }
    }
}
