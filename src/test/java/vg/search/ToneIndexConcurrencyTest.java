package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.tone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneIndexConcurrencyTest {
    @TempDir
    Path root;

    @Test
    void searchesAndSuggestionsRunWhileTonesChange() throws Exception {
        List<IndexedTone> initial = LongStream.range(0, 200)
                .mapToObj(i -> tone(i, "Мелодия " + i, "Артист " + (i % 7), "тег" + (i % 3), "t" + (i % 4), "melody", i, i, i))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (ToneIndex index = Tones.index(root, 0, initial)) {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int searches = 0;
                    while (writing.get() || searches == 0) {
                        SearchPage page = index.search(Tones.text("мелодия"));
                        assertThat(page.total()).isGreaterThan(0);
                        index.search(Tones.sorted(SearchSort.POPULAR, 2, 10));
                        index.suggest("мел", 5);
                        searches++;
                    }
                    return searches;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (long g = 1; g <= 100; g++) {
                    long id = 200 + g % 50;
                    if (g % 5 == 0) index.remove(id, g);
                    else index.upsert(tone(id, "Мелодия новая " + g, "Артист", "тег", "t1", "joke", g, g, g), g);
                }
                writing.set(false);
            });
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> f : readers) assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
            assertThat(index.generation()).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
    }
}
