package vg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A common word's remembered scores are the scores its clause gives, alone and in a conjunction, tone for tone. */
class RememberedScoresTest {
    @TempDir
    Path root;

    @Test
    void rememberedWordsScoreEveryToneAsTheirClausesDo() throws IOException {
        String[] words = {"звезда", "ночь", "город", "star", "night", "city", "summer", "rain", "zvezda", "noch"};
        Tones.indexWithChanges(root, Tones.twoWordTitles(words, 3_000, 5), 11);
        ToneAnalyzers analyzers = new ToneAnalyzers();
        ToneQueries queries = new ToneQueries(analyzers, new ToneDocuments(analyzers, ToneDocuments.facetsConfig()));
        try (analyzers; DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexFolders(root, ToneIndex.SCHEMA_VERSION).main))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TypoExpansions remembering = TypoExpansions.building(searcher);
            int remembered = 0;
            for (String text : List.of("звезда ночь", "star nigth", "город", "zvezda city", "summer rain", "ночь звзда", "ci")) {
                Query withTables = queries.forText(text, remembering).query();
                Query plain = withoutTables(withTables);
                if (withTables.toString().contains("remembered(")) remembered++;
                assertThat(scored(searcher, withTables)).as(text).isEqualTo(scored(searcher, plain));
            }
            assertThat(remembered).as("texts with a remembered word").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void aRememberedTableAdvancesToTheFirstToneAtOrAfterTheTarget() throws IOException {
        Random random = new Random(9);
        Weight weight = new MatchAllDocsQuery().createWeight(new IndexSearcher(new MultiReader()), ScoreMode.COMPLETE, 1f);
        for (int round = 0; round < 200; round++) {
            int count = random.nextInt(300);
            int[] docs = new int[count];
            float[] scores = new float[count];
            FixedBitSet set = new FixedBitSet(1 + 51 * 300);
            int doc = -1;
            for (int i = 0; i < count; i++) {
                doc += 1 + random.nextInt(1 + random.nextInt(50));
                docs[i] = doc;
                set.set(doc);
                scores[i] = random.nextFloat();
            }
            Scorer scorer = new ScoredDocs(set, scores).scorer(weight);
            DocIdSetIterator it = scorer.iterator();
            int at = -1;
            while (true) {
                int target = it.docID() + 1 + random.nextInt(80);
                int expected = -1;
                for (int i = 0; i < count && expected < 0; i++) if (docs[i] >= target) expected = i;
                int got = random.nextBoolean() ? it.advance(target) : nextAtLeast(it, target);
                if (expected < 0) {
                    assertThat(got).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
                    break;
                }
                assertThat(got).isEqualTo(docs[expected]);
                assertThat(scorer.score()).isEqualTo(scores[expected]);
                assertThat(expected).isGreaterThan(at);
                at = expected;
            }
        }
    }

    private static int nextAtLeast(DocIdSetIterator it, int target) throws IOException {
        int doc = it.nextDoc();
        while (doc < target) doc = it.nextDoc();
        return doc;
    }

    /** The query with each remembered clause replaced by the clause itself. */
    private static Query withoutTables(Query query) {
        if (query instanceof RememberedScores r) return r.clause();
        if (!(query instanceof BooleanQuery b)) return query;
        BooleanQuery.Builder plain = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        b.clauses().forEach(c -> plain.add(withoutTables(c.getQuery()), c.getOccur()));
        return plain.build();
    }

    private static List<String> scored(IndexSearcher searcher, Query query) throws IOException {
        List<String> hits = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, searcher.getIndexReader().maxDoc()).scoreDocs) hits.add(d.doc + ":" + d.score);
        return hits;
    }
}
