package vg.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A filter of documents already found, one bit set a segment (by leaf ordinal) of the reader it was made for: the
 * search leads with these few documents and advances its scoring terms straight to them.
 */
final class SegmentBits extends Query {
    private final FixedBitSet[] bySegment;
    private final int[] counts;

    /**
     * {@code bySegment}: each segment's documents by leaf ordinal, null where there are none; {@code counts}: how many
     * each holds.
     */
    SegmentBits(FixedBitSet[] bySegment, int[] counts) {
        this.bySegment = bySegment;
        this.counts = counts;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext segment) throws IOException {
                FixedBitSet docs = segment.ord < bySegment.length ? bySegment[segment.ord] : null;
                if (docs == null || counts[segment.ord] == 0) return null;
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(docs, counts[segment.ord]));
            }

            @Override
            public boolean isCacheable(LeafReaderContext segment) {
                return false; // made for one search
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "segmentBits";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && bySegment == ((SegmentBits) other).bySegment;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(bySegment);
    }
}
