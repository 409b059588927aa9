package vg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The tones holding, for every word of a text, at least one of the word's terms, told as one bit set a segment:
 * each word's documents (as its remembered clause has them for a common word, else read from its terms' few
 * postings) ANDed across words. Where a text's query
 * matches exactly these tones ({@link ToneQueries.TextQuery}), the search counts its total and facets from the bit
 * sets and scores only the few best tones, instead of scoring every match to count it.
 */
final class AllWords {
    /** One term of a word, with its statistics in each segment. */
    record WordTerm(Term term, TermStates states) {
    }

    /**
     * A word: its terms, and its clause where the searcher remembers the clause's documents already (else null), as it
     * does for a common word ({@link RememberedScores}): they are then taken as they are instead of ORed term by term.
     */
    record Word(List<WordTerm> terms, RememberedScores remembered) {
        Word {
            if (terms.isEmpty()) throw new IllegalArgumentException("every word needs a term");
            terms = distinct(terms); // a word's exact term is often among its completions too
        }
    }

    private final List<Word> words;

    /**
     * {@code words}, their terms all in one field; a tone matches if it holds a term of every word, so no words at all
     * match every tone.
     */
    AllWords(List<Word> words) {
        this.words = List.copyOf(words);
    }

    /** Every tone: what a blank text matches. */
    static AllWords everyTone() {
        return new AllWords(List.of());
    }

    private static List<WordTerm> distinct(List<WordTerm> word) {
        Map<Term, WordTerm> byTerm = new LinkedHashMap<>();
        for (WordTerm t : word) byTerm.putIfAbsent(t.term(), t);
        return List.copyOf(byTerm.values());
    }

    /** The live documents of {@code segment} that match, or null when none does. */
    FixedBitSet documents(LeafReaderContext segment) throws IOException {
        int maxDoc = segment.reader().maxDoc();
        if (maxDoc == 0) return null;
        FixedBitSet result;
        if (words.isEmpty()) {
            result = new FixedBitSet(maxDoc);
            result.set(0, maxDoc);
        } else {
            result = held(segment);
            if (result == null) return null;
        }
        Bits live = segment.reader().getLiveDocs();
        if (live != null) {
            BitSetIterator docs = new BitSetIterator(result, 0);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!live.get(doc)) result.clear(doc);
            }
        }
        return result;
    }

    /** The documents of {@code segment} holding a term of every word, deleted ones included; null when none. */
    private FixedBitSet held(LeafReaderContext segment) throws IOException {
        String field = words.get(0).terms().get(0).term().field();
        Terms terms = segment.reader().terms(field);
        if (terms == null) return null;
        List<SegmentWord> found = new ArrayList<>(words.size());
        for (Word word : words) {
            SegmentWord inSegment = word.remembered() != null ? known(word.remembered(), segment) : walked(word, terms, segment);
            if (inSegment == null) return null; // some word is in no document of this segment
            found.add(inSegment);
        }
        // the rarest word first: it bounds the result
        found.sort(Comparator.comparingLong(SegmentWord::docs));
        int maxDoc = segment.reader().maxDoc();
        FixedBitSet result = new FixedBitSet(maxDoc);
        found.get(0).addTo(result);
        FixedBitSet word = null;
        for (int i = 1; i < found.size(); i++) {
            SegmentWord next = found.get(i);
            if (next.known() != null) {
                result.and(next.known());
                continue;
            }
            if (word == null) word = new FixedBitSet(maxDoc);
            else word.clear();
            next.addTo(word);
            result.and(word);
        }
        return result;
    }

    private static SegmentWord known(RememberedScores clause, LeafReaderContext segment) throws IOException {
        ScoredDocs docs = clause.scored(segment);
        // shared with every search of the word: only read
        return docs.count() == 0 ? null : new SegmentWord(docs.documents(), List.of(), docs.count());
    }

    private static SegmentWord walked(Word word, Terms terms, LeafReaderContext segment) throws IOException {
        List<TermsEnum> held = new ArrayList<>(word.terms().size());
        long docs = 0;
        for (WordTerm t : word.terms()) {
            TermState state = t.states().get(segment);
            if (state == null) continue;
            TermsEnum walk = terms.iterator();
            walk.seekExact(t.term().bytes(), state);
            held.add(walk);
            docs += walk.docFreq();
        }
        return held.isEmpty() ? null : new SegmentWord(null, held, docs);
    }

    /**
     * A word in one segment: its documents as the searcher remembers them, or its terms positioned there to be
     * walked; and how many documents hold it.
     */
    private record SegmentWord(FixedBitSet known, List<TermsEnum> walks, long docs) {
        void addTo(FixedBitSet into) throws IOException {
            if (known != null) into.or(known);
            for (TermsEnum walk : walks) into.or(walk.postings(null, PostingsEnum.NONE));
        }
    }

    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(" ", "allWords(", ")");
        for (Word word : words) s.add(word.terms().stream().map(t -> t.term().toString()).toList().toString());
        return s.toString();
    }
}
