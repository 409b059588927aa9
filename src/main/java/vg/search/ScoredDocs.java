package vg.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * One segment's documents of a clause with the score the clause gave each, in document order, and a scorer that
 * reads them back: advancing is a search forwards in an array, scoring an array read.
 */
final class ScoredDocs {
    static final ScoredDocs NONE = new ScoredDocs(new int[0], new float[0], 0);

    private final int[] docs;
    private final float[] scores;
    private final int count;
    private final float maxScore;

    /** The first {@code count} of {@code docs} (ascending) and {@code scores}. */
    ScoredDocs(int[] docs, float[] scores, int count) {
        this.docs = docs;
        this.scores = scores;
        this.count = count;
        float max = 0;
        for (int i = 0; i < count; i++) max = Math.max(max, scores[i]);
        this.maxScore = max;
    }

    /** Every document {@code scorer} matches, with its score. */
    static ScoredDocs of(Scorer scorer) throws IOException {
        DocIdSetIterator it = scorer.iterator();
        int[] docs = new int[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, it.cost()))];
        float[] scores = new float[docs.length];
        int count = 0;
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (count == docs.length) {
                docs = Arrays.copyOf(docs, count * 2);
                scores = Arrays.copyOf(scores, count * 2);
            }
            docs[count] = doc;
            scores[count] = scorer.score();
            count++;
        }
        return new ScoredDocs(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count), count);
    }

    int count() {
        return count;
    }

    /** What these take in memory, roughly. */
    long bytes() {
        return 32L + 8L * docs.length;
    }

    /** A scorer of {@code weight} that gives these documents their scores. */
    Scorer scorer(Weight weight) {
        return new Scorer(weight) {
            private int at = -1;
            private int doc = -1;

            private final DocIdSetIterator iterator = new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return moveTo(at + 1);
                }

                @Override
                public int advance(int target) {
                    return moveTo(firstAtLeast(target, at + 1));
                }

                @Override
                public long cost() {
                    return count;
                }
            };

            private int moveTo(int index) {
                at = index;
                return doc = index < count ? docs[index] : DocIdSetIterator.NO_MORE_DOCS;
            }

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
                return scores[at];
            }

            @Override
            public float getMaxScore(int upTo) {
                return maxScore;
            }
        };
    }

    /**
     * The index of the first document at least {@code target}, from {@code from} on: galloping, as the targets of a
     * conjunction are mostly a few documents further on, then a binary search within the last step.
     */
    private int firstAtLeast(int target, int from) {
        if (from >= count) return count;
        int low = from;
        int step = 1;
        int high = from;
        while (high < count && docs[high] < target) {
            low = high + 1;
            high += step;
            step <<= 1;
        }
        if (high >= count) high = count;
        int index = Arrays.binarySearch(docs, low, high, target);
        return index >= 0 ? index : -index - 1;
    }
}
