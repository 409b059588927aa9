package vg.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * One segment's match terms found by their {@link DeletionKeys}: the terms a misspelt word may have meant, in a
 * few binary searches instead of a Levenshtein automaton built for the word and walked over the term dictionary
 * (which cost more than the rest of a search). A segment never changes, so its index is built once.
 *
 * <p>A term holds as many deletions as a typo of a word that could have meant it needs
 * ({@link TypoExpansions#maxEdits}): two from 8 letters, one below (a shorter term is two edits from an 8-letter
 * word only with an insertion among them, which the word's own deletion undoes).
 */
final class NearTermIndex {
    static final NearTermIndex EMPTY = new NearTermIndex(new String[0], new long[0]);
    private static final int TERM_BITS = 64 - DeletionKeys.BITS;
    private static final int MAX_TERMS = 1 << TERM_BITS;
    private static final int MIN_CODE_POINTS = 3;
    private static final int MAX_CODE_POINTS = ToneQueries.MAX_FUZZY_CODE_POINTS + 2;

    private final String[] terms;
    /** Each entry a key in its high 40 bits and a term's number in its low 24, sorted. */
    private final long[] entries;

    private NearTermIndex(String[] terms, long[] entries) {
        this.terms = terms;
        this.entries = entries;
    }

    /** The index of one segment's terms of the match field; {@link #EMPTY} when it has none. */
    static NearTermIndex of(Terms matchTerms) throws IOException {
        if (matchTerms == null) return EMPTY;
        String[] terms = new String[16];
        long[][] entries = {new long[64]};
        int[] sizes = new int[2]; // terms, entries
        TermsEnum walk = matchTerms.iterator();
        for (BytesRef bytes = walk.next(); bytes != null && sizes[0] < MAX_TERMS; bytes = walk.next()) {
            String term = bytes.utf8ToString();
            int[] codePoints = term.codePoints().toArray();
            if (codePoints.length < MIN_CODE_POINTS || codePoints.length > MAX_CODE_POINTS) continue;
            long number = sizes[0];
            terms = ArrayUtil.grow(terms, sizes[0] + 1);
            terms[sizes[0]++] = term;
            DeletionKeys.of(codePoints, codePoints.length >= 8 ? 2 : 1, key -> {
                entries[0] = ArrayUtil.grow(entries[0], sizes[1] + 1);
                entries[0][sizes[1]++] = key << TERM_BITS | number;
            });
        }
        long[] sorted = Arrays.copyOf(entries[0], sizes[1]);
        Arrays.sort(sorted);
        // a word with a doubled letter gives the same string for either deletion
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[distinct++] = sorted[i];
        return new NearTermIndex(Arrays.copyOf(terms, sizes[0]), Arrays.copyOf(sorted, distinct));
    }

    /**
     * Gives {@code candidates} every term sharing a key with {@code word} under {@code maxEdits} deletions: each term
     * within that many edits with the same first letter, and a few that are not, for the caller to measure.
     */
    void candidates(int[] word, int maxEdits, Consumer<String> candidates) {
        if (entries.length == 0) return;
        DeletionKeys.of(word, maxEdits, key -> {
            long from = key << TERM_BITS;
            int at = Arrays.binarySearch(entries, from);
            for (int i = at >= 0 ? at : -at - 1; i < entries.length && entries[i] >>> TERM_BITS == key; i++) {
                candidates.accept(terms[(int) (entries[i] & (MAX_TERMS - 1))]);
            }
        });
    }
}
