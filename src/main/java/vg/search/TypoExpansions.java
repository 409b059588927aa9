package vg.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * What one searcher's index knows of a word: whether it holds the word as it is, and the terms a misspelt word may
 * have meant. A typo's expansion builds a Levenshtein automaton and walks the term dictionary with it, which costs
 * more than the rest of a search; people repeat the same typos, so each searcher remembers the expansions it made.
 * The expansions hold the reader's term statistics and belong to it, as the searcher's pages do.
 */
final class TypoExpansions {
    /** Each typo expands into at most this many terms, keeping 16 words under the clause limit. */
    static final int MAX_EXPANSIONS = 10;
    private static final int REMEMBERED = 20_000;
    /** The first letter of a word is rarely the mistaken one, and fixing it makes the walk much shorter. */
    private static final int EXACT_PREFIX = 1;

    private final IndexSearcher searcher;
    private final Cache<Term, Optional<Query>> expansions = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    TypoExpansions(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * A query of exactly this term that carries its statistics, looked up once here instead of again when the search
     * weighs it; empty when no tone holds the term, which therefore cannot match and need not be searched.
     */
    Optional<TermQuery> term(String field, String term) {
        Term t = new Term(field, term);
        try {
            TermStates states = TermStates.build(searcher, t, true);
            return states.docFreq() > 0 ? Optional.of(new TermQuery(t, states)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term dictionary", e);
        }
    }

    /** Whether some term of {@code field} begins with {@code prefix}: a prefix nothing begins with is not searched. */
    boolean anyBeginsWith(String field, String prefix) {
        BytesRef start = new BytesRef(prefix);
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) continue;
                TermsEnum walk = terms.iterator();
                if (walk.seekCeil(start) != TermsEnum.SeekStatus.END && StringHelper.startsWith(walk.term(), start)) return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term dictionary", e);
        }
    }

    /**
     * The terms of {@code field} within {@link #maxEdits} of {@code word}, each scored by its closeness, as a query
     * already rewritten against this searcher's reader; empty when no term is near.
     */
    Optional<Query> near(String field, String word) {
        // made outside the cache's lock: an expansion takes a while, and the lock of the cache's hash bin would stop
        // other searches whose typos fall in the same bin; two searches making the same expansion at once is harmless
        Term term = new Term(field, word);
        Optional<Query> known = expansions.getIfPresent(term);
        if (known != null) return known;
        Optional<Query> made = expand(term);
        expansions.put(term, made);
        return made;
    }

    private Optional<Query> expand(Term term) {
        int codePoints = term.text().codePointCount(0, term.text().length());
        try {
            Query terms = searcher.rewrite(new FuzzyQuery(term, maxEdits(codePoints), EXACT_PREFIX, MAX_EXPANSIONS, true));
            boolean none = terms instanceof MatchNoDocsQuery || terms instanceof BooleanQuery b && b.clauses().isEmpty();
            return none ? Optional.empty() : Optional.of(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term dictionary", e);
        }
    }

    /** One typo in words of 4 to 7 letters, two from 8. */
    static int maxEdits(int codePoints) {
        return codePoints >= 8 ? 2 : codePoints >= 4 ? 1 : 0;
    }
}
