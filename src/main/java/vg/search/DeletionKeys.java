package vg.search;

import java.util.function.LongConsumer;

/**
 * Keys of the strings a word becomes when up to two of its letters after the first are deleted: the symmetric
 * delete of SymSpell. Two words with the same first letter within k edits of each other (insertions, deletions,
 * substitutions, adjacent transpositions) become one string after at most k deletions from each, so they share a
 * key; a key shared by chance is weeded out by the exact distance afterwards.
 *
 * <p>A key is 40 bits, so that a key and a term's number up to 2<sup>24</sup> fit in one {@code long} to sort.
 */
final class DeletionKeys {
    static final int BITS = 40;
    private static final long MASK = (1L << BITS) - 1;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private DeletionKeys() {
    }

    /** Every key of {@code codePoints} with 0 to {@code maxDeletions} (at most 2) letters deleted after the first. */
    static void of(int[] codePoints, int maxDeletions, LongConsumer keys) {
        int n = codePoints.length;
        keys.accept(key(codePoints, -1, -1));
        if (maxDeletions < 1) return;
        for (int i = 1; i < n; i++) {
            keys.accept(key(codePoints, i, -1));
            if (maxDeletions < 2) continue;
            for (int j = i + 1; j < n; j++) keys.accept(key(codePoints, i, j));
        }
    }

    private static long key(int[] codePoints, int skip, int skipToo) {
        long h = FNV_OFFSET;
        for (int i = 0; i < codePoints.length; i++) {
            if (i == skip || i == skipToo) continue;
            h = (h ^ codePoints[i]) * FNV_PRIME;
        }
        // FNV's low bits are weak: fold the high half in before keeping 40 bits
        return (h ^ (h >>> 29) ^ (h >>> 47)) & MASK;
    }
}
