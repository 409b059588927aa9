package vg.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * What one searcher's index knows of a word: whether it holds the word as it is, and the terms a misspelt word may
 * have meant. A typo's terms are those Lucene's {@link org.apache.lucene.search.FuzzyQuery} would find (the same
 * distance, first letter, boosts and blended statistics), looked up in each segment's {@link NearTermIndex}
 * instead of by an automaton walked over the term dictionary. People repeat the same typos, so each searcher
 * remembers the expansions it made; they hold the reader's term statistics and belong to it, as its pages do.
 */
final class TypoExpansions {
    /** Each typo expands into at most this many terms, keeping 16 words under the clause limit. */
    static final int MAX_EXPANSIONS = 10;
    private static final int REMEMBERED = 20_000;
    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();

    private final IndexSearcher searcher;
    private final List<NearTermIndex> segments;
    private final Cache<Term, Optional<Expansion>> expansions = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    // people type the same words again and again: each lookup of the term dictionary is remembered as well
    private final Cache<Term, Optional<TermQuery>> terms = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<Term, Completions> completions = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    // and so is each word's whole clause, which otherwise runs three analysis chains and these lookups again
    private final Cache<WordKey, ToneQueries.WordQuery> words = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    /** A word is common, and its scores worth remembering, when at least one tone in this many holds it. */
    static final int COMMON_ONE_IN = 64;
    private final RememberedScores.Tables scores = new RememberedScores.Tables();

    /** A word as a query meets it: the last word of a text is also completed as a prefix. */
    private record WordKey(String word, boolean last) {
    }

    /** Over {@code searcher}, with its segments' near-term indexes in the order of its leaves. */
    TypoExpansions(IndexSearcher searcher, List<NearTermIndex> segments) {
        this.searcher = searcher;
        this.segments = List.copyOf(segments);
    }

    /** Over {@code searcher}, building its segments' near-term indexes for itself alone. */
    static TypoExpansions building(IndexSearcher searcher) {
        try {
            return new TypoExpansions(searcher, NearTermIndexes.build(searcher.getIndexReader()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term dictionary", e);
        }
    }

    /** The clause of {@code word}, as {@code build} makes it the first time this searcher meets the word. */
    ToneQueries.WordQuery word(String word, boolean last, Supplier<ToneQueries.WordQuery> build) {
        WordKey key = new WordKey(word, last);
        ToneQueries.WordQuery known = words.getIfPresent(key);
        if (known != null) return known;
        // built outside the cache, as the expansions are: a build inside would hold the lock of the cache's hash bin
        ToneQueries.WordQuery built = build.get();
        words.put(key, built);
        return built;
    }

    /**
     * {@code clause}, a word's, as this searcher scores it: with its scores remembered when the word is common
     * (its terms are in at least one tone in {@value #COMMON_ONE_IN}), as it is otherwise, where walking
     * its few postings costs little and remembering them would cost memory.
     */
    Query scored(Query clause, List<AllWords.WordTerm> terms) {
        long docs = 0;
        for (AllWords.WordTerm t : terms) docs += t.states().docFreq();
        if (terms.isEmpty() || docs * COMMON_ONE_IN < searcher.getIndexReader().maxDoc()) return clause;
        try {
            return new RememberedScores(searcher.rewrite(clause), searcher, scores);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term dictionary", e);
        }
    }

    /**
     * A query of exactly this term that carries its statistics, looked up once here instead of again when the search
     * weighs it; empty when no tone holds the term, which therefore cannot match and need not be searched.
     */
    Optional<TermQuery> term(String field, String term) {
        Term t = new Term(field, term);
        Optional<TermQuery> known = terms.getIfPresent(t);
        if (known != null) return known;
        Optional<TermQuery> found = lookUp(t);
        terms.put(t, found);
        return found;
    }

    private Optional<TermQuery> lookUp(Term t) {
        try {
            TermStates states = TermStates.build(searcher, t, true);
            return states.docFreq() > 0 ? Optional.of(new TermQuery(t, states)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term dictionary", e);
        }
    }

    /** At most this many completions of a prefix are listed; a shorter prefix has more and is not. */
    static final int MAX_LISTED_COMPLETIONS = 16;

    /**
     * The terms of a field beginning with a prefix: whether there is any (a prefix nothing begins with is not
     * searched) and, when there are at most {@value #MAX_LISTED_COMPLETIONS}, each with its statistics.
     */
    record Completions(boolean any, boolean listed, List<AllWords.WordTerm> terms) {
    }

    /** The terms of {@code field} beginning with {@code prefix}. */
    Completions completions(String field, String prefix) {
        Term key = new Term(field, prefix);
        Completions known = completions.getIfPresent(key);
        if (known != null) return known;
        Completions found = complete(field, prefix);
        completions.put(key, found);
        return found;
    }

    private Completions complete(String field, String prefix) {
        BytesRef start = new BytesRef(prefix);
        Map<BytesRef, TermStates> found = new TreeMap<>();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) continue;
                TermsEnum walk = terms.iterator();
                if (walk.seekCeil(start) == TermsEnum.SeekStatus.END) continue;
                for (BytesRef term = walk.term(); term != null && StringHelper.startsWith(term, start); term = walk.next()) {
                    TermStates states = found.get(term);
                    if (states == null) {
                        if (found.size() == MAX_LISTED_COMPLETIONS) return new Completions(true, false, List.of());
                        states = new TermStates(searcher.getTopReaderContext());
                        found.put(BytesRef.deepCopyOf(term), states);
                    }
                    states.register(walk.termState(), leaf.ord, walk.docFreq(), walk.totalTermFreq());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term dictionary", e);
        }
        List<AllWords.WordTerm> terms = new ArrayList<>(found.size());
        found.forEach((term, states) -> terms.add(new AllWords.WordTerm(new Term(field, term), states)));
        return new Completions(!terms.isEmpty(), true, List.copyOf(terms));
    }

    /**
     * The terms of the match field within {@link #maxEdits} of {@code word} that begin with its first letter (rarely the
     * mistaken one), the closest {@value #MAX_EXPANSIONS}, each scored by its closeness, as a query
     * already rewritten against this searcher's reader; empty when no term is near.
     */
    Optional<Expansion> near(String word) {
        // made outside the cache's lock: an expansion takes a while, and the lock of the cache's hash bin would stop
        // other searches whose typos fall in the same bin; two searches making the same expansion at once is harmless
        Term term = new Term(ToneFields.MATCH, word);
        Optional<Expansion> known = expansions.getIfPresent(term);
        if (known != null) return known;
        Optional<Expansion> made = expand(term);
        expansions.put(term, made);
        return made;
    }

    /** A typo's query, and its terms with their own statistics (the query's are blended). */
    record Expansion(Query query, List<AllWords.WordTerm> terms) {
    }

    private Optional<Expansion> expand(Term term) {
        int[] word = term.text().codePoints().toArray();
        int maxEdits = maxEdits(word.length);
        if (maxEdits == 0) return Optional.empty();
        Set<String> candidates = new HashSet<>();
        for (NearTermIndex segment : segments) segment.candidates(word, maxEdits, candidates::add);
        List<Near> near = new ArrayList<>();
        for (String candidate : candidates) {
            int edits = edits(term.text(), candidate);
            if (edits <= maxEdits) near.add(new Near(new BytesRef(candidate), similarity(edits, word.length, candidate)));
        }
        if (near.isEmpty()) return Optional.empty();
        // the closest terms, the first in term order among equals, as FuzzyQuery's top-terms rewrite keeps them
        near.sort(Comparator.comparingDouble((Near n) -> -n.boost()).thenComparing(Near::bytes));
        List<Near> kept = new ArrayList<>(near.subList(0, Math.min(MAX_EXPANSIONS, near.size())));
        kept.sort(Comparator.comparing(Near::bytes));
        try {
            BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder().setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
            List<AllWords.WordTerm> terms = new ArrayList<>(kept.size());
            for (Near n : kept) {
                Term t = new Term(term.field(), n.bytes());
                TermStates states = TermStates.build(searcher, t, true);
                blended.add(t, n.boost(), states);
                terms.add(new AllWords.WordTerm(t, states));
            }
            return Optional.of(new Expansion(searcher.rewrite(blended.build()), List.copyOf(terms)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term dictionary", e);
        }
    }

    private record Near(BytesRef bytes, float boost) {
    }

    /**
     * Lucene's edit distance (Damerau, adjacent transpositions counting one) between the two words after their first
     * letter, which a candidate shares; more than any typo allows when it does not.
     */
    static int edits(String word, String candidate) {
        if (word.codePointAt(0) != candidate.codePointAt(0)) return Integer.MAX_VALUE;
        String rest = word.substring(Character.charCount(word.codePointAt(0)));
        String candidateRest = candidate.substring(Character.charCount(candidate.codePointAt(0)));
        int restLength = rest.codePointCount(0, rest.length());
        int candidateLength = candidateRest.codePointCount(0, candidateRest.length());
        if (restLength == 0 || candidateLength == 0) return Math.max(restLength, candidateLength);
        // the distance comes back as a similarity, 1 - edits / the shorter length
        float similarity = DISTANCE.getDistance(rest, candidateRest);
        return Math.round((1f - similarity) * Math.min(restLength, candidateLength));
    }

    /** FuzzyQuery's boost of a term {@code edits} from a word of {@code wordLength} code points. */
    private static float similarity(int edits, int wordLength, String candidate) {
        if (edits == 0) return 1f;
        int shorter = Math.min(wordLength, candidate.codePointCount(0, candidate.length()));
        return Math.max(0f, 1f - (float) edits / shorter);
    }

    /** One typo in words of 4 to 7 letters, two from 8. */
    static int maxEdits(int codePoints) {
        return codePoints >= 8 ? 2 : codePoints >= 4 ? 1 : 0;
    }
}
