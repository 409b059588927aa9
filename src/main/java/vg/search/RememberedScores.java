package vg.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A common word's clause whose scores one searcher remembers. People search the same words again and again, and a
 * common word's clause walks two or three postings lists and computes BM25 for each, in every tone a search visits;
 * so the first search that meets the word scores the clause over all its tones once, with Lucene's own scorer, and
 * keeps each segment's tones and scores ({@link ScoredDocs}). Later searches read them. The scores are the clause's
 * own floats, so a conjunction of words sums exactly what it summed before. The tables belong to the searcher, as
 * the term statistics in the clause do, and are bounded in bytes: a word whose tables were dropped is scored anew.
 */
final class RememberedScores extends Query {
    private final Query clause;
    private final IndexSearcher searcher;
    private final Tables tables;
    private final int hash; // the tables are looked up by query, for every search

    /** {@code clause}, rewritten for {@code searcher}, with its scores there kept in {@code tables}. */
    RememberedScores(Query clause, IndexSearcher searcher, Tables tables) {
        this.clause = clause;
        this.searcher = searcher;
        this.tables = tables;
        this.hash = classHash() ^ clause.hashCode();
    }

    /** The clause whose scores are remembered. */
    Query clause() {
        return clause;
    }

    /** One searcher's remembered scores. */
    static final class Tables {
        private static final long MAX_BYTES = 32L << 20;
        private final Cache<RememberedScores, List<ScoredDocs>> bySegment = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((RememberedScores q, List<ScoredDocs> docs) -> (int) Math.min(Integer.MAX_VALUE,
                        docs.stream().mapToLong(ScoredDocs::bytes).sum()))
                .build();

        private List<ScoredDocs> of(RememberedScores query) throws IOException {
            List<ScoredDocs> known = bySegment.getIfPresent(query);
            if (known != null) return known;
            // scored outside the cache's lock: two searches scoring one new word at once is harmless
            Weight weight = query.searcher.createWeight(query.clause, ScoreMode.COMPLETE, 1f);
            List<LeafReaderContext> leaves = query.searcher.getIndexReader().leaves();
            ScoredDocs[] scored = new ScoredDocs[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                // deleted tones too: a search leaves them out itself
                Scorer scorer = weight.scorer(leaf);
                scored[leaf.ord] = scorer == null ? ScoredDocs.NONE : ScoredDocs.of(scorer, leaf.reader().maxDoc());
            }
            List<ScoredDocs> made = List.of(scored);
            bySegment.put(query, made);
            return made;
        }
    }

    /** The clause's documents and scores in {@code segment} of the searcher's reader, deleted ones included. */
    ScoredDocs scored(LeafReaderContext segment) throws IOException {
        return inSegment(tables.of(this), segment);
    }

    private static ScoredDocs inSegment(List<ScoredDocs> remembered, LeafReaderContext segment) {
        return segment.ord < remembered.size() ? remembered.get(segment.ord) : ScoredDocs.NONE;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        // remembered at the boost a word's clause has in a text's query, for the searcher it was made for; anything
        // else is scored as it is
        if (!scoreMode.needsScores() || boost != 1f || searcher.getIndexReader() != this.searcher.getIndexReader()) {
            return searcher.createWeight(clause, scoreMode, boost);
        }
        List<ScoredDocs> remembered = tables.of(this);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext segment) {
                ScoredDocs docs = inSegment(remembered, segment);
                return docs.count() == 0 ? null : docs.scorer(this);
            }

            @Override
            public Explanation explain(LeafReaderContext segment, int doc) throws IOException {
                // the clause's own weight, made only when asked: a search needs none
                return searcher.createWeight(clause, scoreMode, boost).explain(segment, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext segment) {
                return false; // the tables are kept already
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        clause.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "remembered(" + clause.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && clause.equals(((RememberedScores) other).clause) && tables == ((RememberedScores) other).tables;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
