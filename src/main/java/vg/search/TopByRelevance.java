package vg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best tones in the relevance order (score, then popularity, then id). The index is sorted by popularity and id
 * ({@link ToneSorts#INDEX_ORDER}), so within a segment a tone's place among equal scores is its document number,
 * which is how Lucene's top-score collector breaks ties: it compares a score and a number where a field collector
 * would read the popularity and id of every tied tone, and a few hundred tones tie on a handful of scores. Each
 * segment is collected on its own, since across segments document numbers say nothing of popularity, and the
 * segments' best are merged in the full order. Every match is scored (block-max skipping cannot pass blocks here:
 * each block of a common word's postings holds a title with the word); the total and the facet counts come from
 * {@link MatchedTones}.
 */
final class TopByRelevance {
    private static final Comparator<Ranked> ORDER = Comparator.comparingDouble((Ranked r) -> -r.score())
            .thenComparing(Comparator.comparingLong(Ranked::popularity).reversed())
            .thenComparingLong(Ranked::id);

    private TopByRelevance() {
    }

    /** A found tone with what orders it. */
    private record Ranked(int doc, float score, long popularity, long id) {
    }

    /** The best {@code wanted} (at least 1) documents of {@code query} in relevance order, global document numbers. */
    static ScoreDoc[] of(FacetedSearcher searcher, Query query, int wanted) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Ranked> best = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            // one collector a segment, and none told a least competitive score: equal scores must all reach the merge
            TopScoreDocCollector collector = new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, false).newCollector();
            searcher.searchSegment(leaf, weight, collector);
            // one segment (a rebuilt index) is in the full order already
            if (leaves.size() == 1) return collector.topDocs().scoreDocs;
            ranked(leaf, collector.topDocs().scoreDocs, best);
        }
        best.sort(ORDER);
        return best.stream().limit(wanted).map(r -> new ScoreDoc(r.doc(), r.score())).toArray(ScoreDoc[]::new);
    }

    /**
     * The best {@code wanted} (at least 1) of {@code matched} where a tone's score is the sum of the remembered scores
     * of {@code words}, in the text's order ({@link ToneQueries.TextQuery#isSumOfRememberedWords}): each matching tone's
     * score is summed here as Lucene's conjunction sums its clauses' (in double, in clause order, then to float) and
     * ranked as its top-score collector ranks (a later document never displaces an equal score), without a scorer tree
     * walked for every tone. The same tones, floats and order as {@link #of}.
     */
    static ScoreDoc[] ofSums(FacetedSearcher searcher, List<RememberedScores> words, MatchedTones matched, int wanted)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Ranked> best = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet docs = matched.bySegment()[leaf.ord];
            if (docs == null || matched.counts()[leaf.ord] == 0) continue;
            ScoredDocs[] tables = new ScoredDocs[words.size()];
            for (int w = 0; w < tables.length; w++) tables[w] = words.get(w).scored(leaf);
            HitQueue top = new HitQueue(wanted, false);
            BitSetIterator it = new BitSetIterator(docs, matched.counts()[leaf.ord]);
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                double sum = 0;
                for (ScoredDocs table : tables) sum += table.scoreOf(doc);
                float score = (float) sum;
                if (top.size() == wanted && score <= top.top().score) continue;
                top.insertWithOverflow(new ScoreDoc(leaf.docBase + doc, score));
            }
            ScoreDoc[] found = new ScoreDoc[top.size()];
            for (int i = found.length - 1; i >= 0; i--) found[i] = top.pop();
            if (leaves.size() == 1) return found;
            ranked(leaf, found, best);
        }
        best.sort(ORDER);
        return best.stream().limit(wanted).map(r -> new ScoreDoc(r.doc(), r.score())).toArray(ScoreDoc[]::new);
    }

    /** Adds {@code found} (of {@code leaf}, global numbers) with their popularity and id to {@code into}. */
    private static void ranked(LeafReaderContext leaf, ScoreDoc[] found, List<Ranked> into) throws IOException {
        if (found.length == 0) return;
        // doc values read forwards only
        ScoreDoc[] byDoc = found.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        NumericDocValues popularity = DocValues.getNumeric(leaf.reader(), ToneFields.POPULARITY);
        NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ToneFields.ID_SORT);
        for (ScoreDoc d : byDoc) {
            int doc = d.doc - leaf.docBase;
            long pop = popularity.advanceExact(doc) ? popularity.longValue() : 0;
            long id = ids.advanceExact(doc) ? ids.longValue() : 0;
            into.add(new Ranked(d.doc, d.score, pop, id));
        }
    }
}
