package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.tone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page told from bit sets (total and facets counted from them, only the best tones scored) is the page that
 * scoring and collecting every match gives: the same total, facet counts and tones in the same order, over several
 * segments, deleted tones, filters, every order and later pages.
 */
class CatalogueSearchTest {
    private static final String[] WORDS = {"звезда", "ночь", "город", "любовь", "star", "night", "city", "love", "summer",
            "rain", "zvezda", "noch", "bell", "belt"};
    private static final String[] THEMES = {"pop", "rock", "classic", "kids"};
    private static final String[] KINDS = {"melody", "status", "joke"};

    @TempDir
    Path root;

    @Test
    void aPageToldFromBitSetsIsThePageThatScoringEveryMatchGives() throws IOException {
        Random random = new Random(7);
        List<IndexedTone> tones = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) tones.add(randomTone(i, random));
        try (ToneIndex index = ToneIndex.open(root, 1, tones::stream, 0)) {
            // each round's changes are flushed as a segment of their own when the next search reopens the reader
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 60; i++) index.upsert(randomTone(1 + random.nextInt(2_200), random));
                for (int i = 0; i < 20; i++) index.remove(1 + random.nextInt(2_000));
                index.search(Tones.text("x"));
            }
        }
        assertThat(comparedPages(random, List.of("звезда ночь", "звезда", "night", "zvezda night", "star niht", "звезда нчоь",
                "love bel", "city noch", "summer rain star", "", "!!!", "ночь ci", "belk love"), THEMES, true))
                .as("pages with tones compared").isGreaterThan(200);
    }

    @Test
    void aCatalogueOfHundredsOfThemesIsCountedAsScoringEveryMatchCountsIt() throws IOException {
        // more themes than a byte numbers: the facet column takes two bytes a dimension
        Random random = new Random(11);
        String[] themes = new String[300];
        for (int i = 0; i < themes.length; i++) themes[i] = "theme" + i;
        List<IndexedTone> tones = new ArrayList<>();
        for (int i = 1; i <= 1_500; i++) {
            IndexedTone t = randomTone(i, random);
            tones.add(tone(i, t.title(), t.artist(), t.tags(), themes[random.nextInt(themes.length)], t.kind(), t.priceKopecks(),
                    t.popularity(), t.publishedAt()));
        }
        ToneIndex.open(root, 1, tones::stream, 0).close();
        assertThat(comparedPages(random, List.of("звезда", "night star", "", "love bel"), themes, false)).isGreaterThan(20);
    }

    /**
     * Compares the two ways of answering over the index under {@code root}, for each text in every order and with
     * filters drawn from {@code themes}; answers how many pages with tones were compared.
     */
    private int comparedPages(Random random, List<String> texts, String[] themes, boolean manySegments) throws IOException {
        ToneAnalyzers analyzers = new ToneAnalyzers();
        ToneQueries queries = new ToneQueries(analyzers, new ToneDocuments(analyzers, ToneDocuments.facetsConfig()));
        CatalogueSearch search = new CatalogueSearch(queries, ToneDocuments.facetsConfig());
        try (analyzers; DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexFolders(root, ToneIndex.SCHEMA_VERSION).main))) {
            if (manySegments) {
                assertThat(reader.leaves().size()).as("segments").isGreaterThan(1);
                assertThat(reader.numDeletedDocs()).as("deleted tones").isPositive();
            }
            FacetedSearcher searcher = (FacetedSearcher) FacetedSearcher.factory(ToneDocuments.facetsConfig(), 0, SegmentMemory.create())
                    .newSearcher(reader, null);
            int compared = 0;
            for (String text : texts) {
                for (SearchSort sort : SearchSort.values()) {
                    for (int variant = 0; variant < 4; variant++) {
                        String theme = variant % 2 == 1 ? themes[random.nextInt(themes.length)] : null;
                        String kind = variant >= 2 ? KINDS[random.nextInt(KINDS.length)] : null;
                        PageRequest r = PageRequest.of(new SearchQuery(text, Optional.ofNullable(theme), Optional.ofNullable(kind), sort,
                                1 + random.nextInt(3), 5 + random.nextInt(20)));
                        ToneQueries.TextQuery query = queries.forText(r.text(), searcher.vocabulary);
                        assertThat(query.matches()).as("matches told as bit sets for %s", text).isPresent();
                        SearchPage expected = search.scoredWhole(searcher, r, query.query());
                        SearchPage actual = search.fromBitSets(searcher, r, query);
                        assertThat(actual.total()).as("total of %s", r).isEqualTo(expected.total());
                        assertThat(actual.facets()).as("facets of %s", r).isEqualTo(expected.facets());
                        assertThat(List.copyOf(actual.facets().get(ToneFields.THEME_DIM).keySet()))
                                .as("themes' order of %s", r).isEqualTo(List.copyOf(expected.facets().get(ToneFields.THEME_DIM).keySet()));
                        assertThat(Tones.ids(actual)).as("tones of %s", r).isEqualTo(Tones.ids(expected));
                        if (expected.total() > 0) compared++;
                    }
                }
            }
            return compared;
        }
    }

    private static IndexedTone randomTone(long id, Random random) {
        String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
        // few popularities and prices, so that many tones tie on the score and the order's next keys decide
        return tone(id, title, id % 2 == 0 ? "Кино" : "Night Riders", WORDS[random.nextInt(WORDS.length)],
                THEMES[random.nextInt(THEMES.length)], KINDS[random.nextInt(KINDS.length)], 1000 + 100L * random.nextInt(3),
                random.nextInt(4), 1_700_000_000_000L + random.nextInt(5) * 60_000L);
    }
}
