package vg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summing remembered word scores ranks exactly as Lucene scoring the query does: the same tones, floats and order. */
class TopByRelevanceTest {
    @TempDir
    Path root;

    @Test
    void summedWordScoresRankTheTonesAsScoringTheQueryDoes() throws IOException {
        String[] words = {"звезда", "ночь", "город", "star", "night", "city", "summer", "rain", "zvezda", "noch", "love"};
        Tones.indexWithChanges(root, Tones.twoWordTitles(words, 3_000, 13), 9);
        ToneAnalyzers analyzers = new ToneAnalyzers();
        ToneQueries queries = new ToneQueries(analyzers, new ToneDocuments(analyzers, ToneDocuments.facetsConfig()));
        try (analyzers; DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexFolders(root, ToneIndex.SCHEMA_VERSION).main))) {
            assertThat(reader.leaves().size()).as("segments").isGreaterThan(1);
            FacetedSearcher searcher = (FacetedSearcher) FacetedSearcher.factory(ToneDocuments.facetsConfig(), 0, SegmentMemory.create())
                    .newSearcher(reader, null);
            int summed = 0;
            for (String text : List.of("star niht", "звезда нчоь", "zvezda cty", "night звзда", "ноч city", "summer rian", "love ctiy star",
                    "звезда ночь", "rain")) {
                ToneQueries.TextQuery query = queries.forText(text, searcher.vocabulary);
                if (!query.isSumOfRememberedWords()) continue;
                summed++;
                MatchedTones matched = MatchedTones.of(searcher, query.matches().orElseThrow(), searcher.segments.facetColumns(), null, null);
                BooleanQuery whole = new BooleanQuery.Builder().add(query.query(), Occur.MUST).add(matched.filter(), Occur.FILTER).build();
                for (int wanted : new int[] {1, 7, 20, 200}) {
                    assertThat(hits(TopByRelevance.ofSums(searcher, query.summed(), matched, wanted)))
                            .as("%s, best %d", text, wanted).isEqualTo(hits(TopByRelevance.of(searcher, whole, wanted)));
                }
            }
            assertThat(summed).as("texts whose score is a sum of remembered words").isGreaterThanOrEqualTo(6);
        }
    }

    private static List<String> hits(ScoreDoc[] docs) {
        List<String> hits = new ArrayList<>();
        for (ScoreDoc d : docs) hits.add(d.doc + ":" + d.score);
        return hits;
    }
}
