package vg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
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
 * The documents holding, for every word, at least one of the word's terms: the words' matches intersected as bit
 * sets ({@link TermDocSets}), given to the search as a filter beside the scoring query that matches the same
 * documents. The search then leads with these few documents and advances each scoring term straight to them, where
 * a conjunction of common words would leapfrog through thousands of postings of each.
 */
final class AllWordsFilter extends Query {
    /** One term of a word, with its statistics in each segment. */
    record WordTerm(Term term, TermStates states) {
    }

    private final List<List<WordTerm>> words;
    private final TermDocSets docSets;

    /** {@code words}: each word's terms, all in one field; a document matches if it holds a term of every word. */
    AllWordsFilter(List<List<WordTerm>> words, TermDocSets docSets) {
        if (words.isEmpty() || words.stream().anyMatch(List::isEmpty)) throw new IllegalArgumentException("every word needs a term");
        // a word's exact term is often among its completions too
        this.words = words.stream().map(AllWordsFilter::distinct).toList();
        this.docSets = docSets;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext segment) throws IOException {
                FixedBitSet held = documents(segment);
                return held == null ? null
                        : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(held, held.cardinality()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext segment) {
                return false; // built per search from bit sets that are themselves kept
            }
        };
    }

    private static List<WordTerm> distinct(List<WordTerm> word) {
        Map<Term, WordTerm> byTerm = new LinkedHashMap<>();
        for (WordTerm t : word) byTerm.putIfAbsent(t.term(), t);
        return List.copyOf(byTerm.values());
    }

    /** The matching documents of {@code segment}, or null when it has none. */
    private FixedBitSet documents(LeafReaderContext segment) throws IOException {
        String field = words.get(0).get(0).term().field();
        Terms terms = segment.reader().terms(field);
        if (terms == null) return null;
        List<SegmentWord> found = new ArrayList<>(words.size());
        for (List<WordTerm> word : words) {
            List<TermsEnum> held = new ArrayList<>(word.size());
            long docs = 0;
            for (WordTerm t : word) {
                TermState state = t.states().get(segment);
                if (state == null) continue;
                TermsEnum walk = terms.iterator();
                walk.seekExact(t.term().bytes(), state);
                held.add(walk);
                docs += walk.docFreq();
            }
            if (held.isEmpty()) return null; // some word is in no document of this segment
            found.add(new SegmentWord(held, docs));
        }
        // the rarest word first: it bounds the result
        found.sort(Comparator.comparingLong(SegmentWord::docs));
        int maxDoc = segment.reader().maxDoc();
        FixedBitSet result = new FixedBitSet(maxDoc);
        for (TermsEnum walk : found.get(0).walks()) docSets.addTo(segment, field, walk, result);
        FixedBitSet word = found.size() > 1 ? new FixedBitSet(maxDoc) : null;
        for (int i = 1; i < found.size(); i++) {
            word.clear();
            for (TermsEnum walk : found.get(i).walks()) docSets.addTo(segment, field, walk, word);
            result.and(word);
        }
        return result;
    }

    /** A word's terms positioned in one segment, and how many documents hold them there. */
    private record SegmentWord(List<TermsEnum> walks, long docs) {
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor filter = visitor.getSubVisitor(BooleanClause.Occur.FILTER, this);
        for (List<WordTerm> word : words) {
            filter.consumeTerms(this, word.stream().map(WordTerm::term).toArray(Term[]::new));
        }
    }

    @Override
    public String toString(String field) {
        StringJoiner s = new StringJoiner(" ", "allWords(", ")");
        for (List<WordTerm> word : words) s.add(word.stream().map(t -> t.term().toString()).toList().toString());
        return s.toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && words.equals(((AllWordsFilter) other).words) && docSets == ((AllWordsFilter) other).docSets;
    }

    @Override
    public int hashCode() {
        return classHash() ^ words.hashCode();
    }
}
