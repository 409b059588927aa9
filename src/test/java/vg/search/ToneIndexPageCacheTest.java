package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vg.search.Tones.tone;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remembered pages must never differ from freshly computed ones, before or after a change. */
class ToneIndexPageCacheTest {
    @TempDir
    Path root;

    private static final List<IndexedTone> TONES = List.of(
            tone(1, "Кино", "Группа", "рок", "rock", "melody", 100, 10, 0),
            tone(2, "Группа крови", "Кино", "рок", "rock", "melody", 200, 90, 0),
            tone(3, "Звонок", "Хор", "детские", "kids", "status", 300, 50, 0));

    private static final List<SearchQuery> QUERIES = List.of(
            Tones.text("кино"), Tones.text("kino"), Tones.text("группа"), Tones.text(""),
            new SearchQuery("кино", Optional.of("rock"), Optional.empty(), SearchSort.PRICE, 1, 1),
            new SearchQuery("кино", Optional.of("rock"), Optional.empty(), SearchSort.PRICE, 2, 1),
            new SearchQuery("  ", Optional.of(" "), Optional.of("status"), null, 1, 10),
            Tones.sorted(SearchSort.TITLE, 1, 2));

    @Test
    void cachedPagesEqualUncachedOnes() {
        try (ToneIndex cached = ToneIndex.open(root.resolve("cached"), 1, TONES::stream, 100);
             ToneIndex uncached = ToneIndex.open(root.resolve("uncached"), 1, TONES::stream, 0)) {
            for (int pass = 0; pass < 2; pass++) {
                for (SearchQuery q : QUERIES) assertThat(cached.search(q)).as(q.toString()).isEqualTo(uncached.search(q));
            }
        }
    }

    @Test
    void aChangeIsFoundRightAfterTheSameSearchWasAnswered() {
        try (ToneIndex index = ToneIndex.open(root, 1, TONES::stream, 100)) {
            assertThat(Tones.ids(index.search(Tones.text("кино")))).containsExactlyInAnyOrder(1L, 2L);
            index.upsert(tone(4, "Кино навсегда", "", "", "rock", "melody", 100, 5, 0), 2);
            assertThat(Tones.ids(index.search(Tones.text("кино")))).containsExactlyInAnyOrder(1L, 2L, 4L);
            index.remove(1, 3);
            SearchPage page = index.search(Tones.text("кино"));
            assertThat(Tones.ids(page)).containsExactlyInAnyOrder(2L, 4L);
            assertThat(page.total()).isEqualTo(2);
            assertThat(page.facets().get("theme")).containsExactly(java.util.Map.entry("rock", 2L));
        }
    }

    @Test
    void pagesCannotBeChangedByTheirReaders() {
        try (ToneIndex index = ToneIndex.open(root, 1, TONES::stream, 100)) {
            SearchPage page = index.search(Tones.text("кино"));
            assertThatThrownBy(() -> page.items().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> page.facets().get("theme").clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThat(index.search(Tones.text("кино"))).isEqualTo(page);
        }
    }
}
