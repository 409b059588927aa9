package vg.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * One segment's documents of a clause with the score the clause gave each, and a scorer that reads them back. The
 * documents are a bit set with the count of documents before each word of it, so a document's score is found in
 * two reads wherever it lies: a conjunction led by few documents jumps far between them.
 */
final class ScoredDocs {
    static final ScoredDocs NONE = new ScoredDocs(new FixedBitSet(1), new float[0]);

    private final FixedBitSet docs;
    /** For each 64-document word of {@link #docs}, how many documents the words before it hold. */
    private final int[] before;
    private final float[] scores;
    private final float maxScore;

    /** {@code docs} with {@code scores} in document order, one a document. */
    ScoredDocs(FixedBitSet docs, float[] scores) {
        this.docs = docs;
        this.scores = scores;
        long[] words = docs.getBits();
        this.before = new int[words.length];
        int count = 0;
        for (int w = 0; w < words.length; w++) {
            before[w] = count;
            count += Long.bitCount(words[w]);
        }
        if (count != scores.length) throw new IllegalArgumentException(count + " documents, " + scores.length + " scores");
        float max = 0;
        for (float s : scores) max = Math.max(max, s);
        this.maxScore = max;
    }

    /** Every document {@code scorer} matches among the {@code maxDoc} of its segment, with its score. */
    static ScoredDocs of(Scorer scorer, int maxDoc) throws IOException {
        DocIdSetIterator it = scorer.iterator();
        FixedBitSet docs = new FixedBitSet(Math.max(1, maxDoc));
        float[] scores = new float[(int) Math.min(maxDoc, Math.max(16, it.cost()))];
        int count = 0;
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (count == scores.length) scores = Arrays.copyOf(scores, Math.min(maxDoc, count * 2));
            docs.set(doc);
            scores[count++] = scorer.score();
        }
        return new ScoredDocs(docs, Arrays.copyOf(scores, count));
    }

    int count() {
        return scores.length;
    }

    /** The documents, deleted ones included; shared, so nobody may change them. */
    FixedBitSet documents() {
        return docs;
    }

    /** What these take in memory, roughly. */
    long bytes() {
        return 64L + 8L * docs.getBits().length + 4L * before.length + 4L * scores.length;
    }

    /** The score of {@code doc}, which is one of these documents. */
    float scoreOf(int doc) {
        return scores[indexOf(doc)];
    }

    /** The position among the documents of {@code doc}, which is one of them. */
    private int indexOf(int doc) {
        int word = doc >> 6;
        return before[word] + Long.bitCount(docs.getBits()[word] & ((1L << doc) - 1));
    }

    /** A scorer of {@code weight} that gives these documents their scores. */
    Scorer scorer(Weight weight) {
        return new Scorer(weight) {
            private int doc = -1;

            private final DocIdSetIterator iterator = new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    return doc = target >= docs.length() ? NO_MORE_DOCS : docs.nextSetBit(target);
                }

                @Override
                public long cost() {
                    return scores.length;
                }
            };

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public DocIdSetIterator iterator() {
                return iterator;
            }

            @Override
            public float score() {
                return scores[indexOf(doc)];
            }

            @Override
            public float getMaxScore(int upTo) {
                return maxScore;
            }
        };
    }
}
