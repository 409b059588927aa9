package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.ids;
import static vg.search.Tones.sorted;
import static vg.search.Tones.tone;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, orders, paging and facet counts of catalogue pages. */
class ToneIndexCatalogueTest {
    @TempDir
    static Path root;
    static ToneIndex index;

    @BeforeAll
    static void open() {
        index = Tones.index(root, 1, List.of(
                //   id  title            artist    tags      theme    kind      price pop  published
                tone(1, "Борис",         "A",      "весна",  "rock",  "melody", 3000, 50,  100),
                tone(2, "Аня",           "B",      "весна",  "rock",  "joke",   1000, 90,  400),
                tone(3, "Вера",          "C",      "весна",  "pop",   "melody", 2000, 10,  300),
                tone(4, "Apple",         "D",      "весна",  "pop",   "status", 1000, 70,  200),
                tone(5, "Где ты",        "E",      "осень",  "rock",  "melody", 500,  30,  500)));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchQuery filtered(String text, String theme, String kind) {
        return new SearchQuery(text, Optional.ofNullable(theme), Optional.ofNullable(kind), SearchSort.POPULAR, 1, 100);
    }

    @Test
    void themeFilterKeepsOnlyThatTheme() {
        assertThat(ids(index.search(filtered("", "rock", null)))).containsExactly(2L, 1L, 5L);
    }

    @Test
    void kindFilterKeepsOnlyThatKind() {
        assertThat(ids(index.search(filtered("", null, "melody")))).containsExactly(1L, 5L, 3L);
    }

    @Test
    void filtersCombineWithEachOtherAndWithText() {
        assertThat(ids(index.search(filtered("весна", "rock", "melody")))).containsExactly(1L);
        assertThat(index.search(filtered("", "jazz", null)).total()).isZero();
    }

    @Test
    void blankFiltersAreIgnored() {
        assertThat(index.search(filtered("", " ", "")).total()).isEqualTo(5);
    }

    @Test
    void popularOrdersByPopularityDescending() {
        assertThat(ids(index.search(sorted(SearchSort.POPULAR, 1, 10)))).containsExactly(2L, 4L, 1L, 5L, 3L);
    }

    @Test
    void newOrdersByPublicationDescending() {
        assertThat(ids(index.search(sorted(SearchSort.NEW, 1, 10)))).containsExactly(5L, 2L, 3L, 4L, 1L);
    }

    @Test
    void titleOrdersCyrillicAlphabeticallyBeforeLatin() {
        assertThat(ids(index.search(sorted(SearchSort.TITLE, 1, 10)))).containsExactly(2L, 1L, 3L, 5L, 4L);
    }

    @Test
    void priceOrdersCheapestFirstThenByTitle() {
        assertThat(ids(index.search(sorted(SearchSort.PRICE, 1, 10)))).containsExactly(5L, 2L, 4L, 3L, 1L);
    }

    @Test
    void relevanceWithoutTextOrdersByPopularity() {
        assertThat(ids(index.search(sorted(SearchSort.RELEVANCE, 1, 10)))).containsExactly(2L, 4L, 1L, 5L, 3L);
    }

    @Test
    void relevanceTiesAreBrokenByPopularity() {
        SearchQuery q = new SearchQuery("весна", Optional.empty(), Optional.empty(), SearchSort.RELEVANCE, 1, 10);
        assertThat(ids(index.search(q))).containsExactly(2L, 4L, 1L, 3L);
    }

    @Test
    void pagesFollowEachOther() {
        SearchPage second = index.search(sorted(SearchSort.POPULAR, 2, 2));
        assertThat(ids(second)).containsExactly(1L, 5L);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(2);
        assertThat(ids(index.search(sorted(SearchSort.POPULAR, 3, 2)))).containsExactly(3L);
    }

    @Test
    void pageBeyondTheLastIsEmptyButCountsTheTotal() {
        SearchPage page = index.search(sorted(SearchSort.POPULAR, 1_000_000, 100));
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void pageAndSizeOutOfRangeAreClamped() {
        SearchPage page = index.search(sorted(SearchSort.POPULAR, 0, 0));
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(1);
        assertThat(ids(page)).containsExactly(2L);
        assertThat(index.search(sorted(SearchSort.POPULAR, 1, 1000)).size()).isEqualTo(100);
    }

    @Test
    void facetsCountEveryValueWithoutFilters() {
        Map<String, Map<String, Long>> facets = index.search(filtered("", null, null)).facets();
        assertThat(facets.get("theme")).isEqualTo(Map.of("rock", 3L, "pop", 2L));
        assertThat(facets.get("kind")).isEqualTo(Map.of("melody", 3L, "joke", 1L, "status", 1L));
        assertThat(facets.get("theme").keySet()).containsExactly("rock", "pop");
    }

    @Test
    void eachFacetIsCountedWithoutItsOwnFilter() {
        Map<String, Map<String, Long>> facets = index.search(filtered("", "rock", "melody")).facets();
        // themes of melodies, kinds of rock tones
        assertThat(facets.get("theme")).isEqualTo(Map.of("rock", 2L, "pop", 1L));
        assertThat(facets.get("kind")).isEqualTo(Map.of("melody", 2L, "joke", 1L));
    }

    @Test
    void facetsFollowTheText() {
        Map<String, Map<String, Long>> facets = index.search(filtered("осень", null, null)).facets();
        assertThat(facets.get("theme")).isEqualTo(Map.of("rock", 1L));
        assertThat(facets.get("kind")).isEqualTo(Map.of("melody", 1L));
    }
}
