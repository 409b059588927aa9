package vg.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;

/**
 * Fills a new, empty index and its suggestions with every published tone and commits both, on all cores: tones
 * are read in batches, each batch is added to the index and to the suggestions as separate tasks, and the two
 * final commits, which write out what the writers buffered, run side by side; the index is merged into one segment
 * before its commit. Tone ids are unique (the
 * database's key), so documents are added, never replaced.
 */
final class IndexFill {
    private static final int BATCH = 500;
    /** Tasks read ahead of the writers; bounds the memory a large catalogue takes while it is copied. */
    private static final int MAX_PENDING_TASKS = 16;

    private final IndexWriter writer;
    private final ToneDocuments documents;
    private final ToneSuggestions suggestions;

    IndexFill(IndexWriter writer, ToneDocuments documents, ToneSuggestions suggestions) {
        this.writer = writer;
        this.documents = documents;
        this.suggestions = suggestions;
    }

    /** Adds all {@code tones}, then commits the index (with the commit data already set on it) and the suggestions. */
    void fillAndCommit(Stream<IndexedTone> tones) throws IOException {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "tone-index-fill");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<?>> pending = new ArrayDeque<>();
        try {
            List<IndexedTone> batch = new ArrayList<>(BATCH);
            for (IndexedTone tone : (Iterable<IndexedTone>) tones::iterator) {
                batch.add(tone);
                if (batch.size() == BATCH) {
                    submit(pool, pending, batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) submit(pool, pending, batch);
            while (!pending.isEmpty()) await(pending.removeFirst());

            Future<?> suggestionsCommitted = pool.submit(() -> {
                suggestions.commitIfDirty();
                return null;
            });
            // each filling thread wrote its own segments; a rebuilt index is searched far more than it is changed, and
            // one segment answers a search in one pass (a search over two cost about 15 % more)
            writer.forceMerge(1);
            writer.commit();
            await(suggestionsCommitted);
        } finally {
            // no interrupts: interrupting Lucene I/O closes the directory's channels
            for (Future<?> task : pending) task.cancel(false);
            pool.shutdown();
            awaitTermination(pool);
        }
    }

    private void submit(ExecutorService pool, Deque<Future<?>> pending, List<IndexedTone> batch) throws IOException {
        while (pending.size() >= MAX_PENDING_TASKS) await(pending.removeFirst());
        pending.addLast(pool.submit(() -> {
            for (IndexedTone tone : batch) writer.addDocument(documents.toDocument(tone));
            return null;
        }));
        pending.addLast(pool.submit(() -> {
            for (IndexedTone tone : batch) suggestions.add(tone);
            return null;
        }));
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException("cannot fill the catalogue index", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while filling the catalogue index", e);
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
