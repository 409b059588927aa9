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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The tones holding, for every word of a text, at least one of the word's terms, told as one bit set a segment:
 * the words' terms' documents ({@link TermDocSets}) ORed within a word and ANDed across words. Where a text's query
 * matches exactly these tones ({@link ToneQueries.TextQuery}), the search counts its total and facets from the bit
 * sets and scores only the few best tones, instead of scoring every match to count it.
 */
final class AllWords {
    /** One term of a word, with its statistics in each segment. */
    record WordTerm(Term term, TermStates states) {
    }

    private final List<List<WordTerm>> words;
    private final TermDocSets docSets;

    /**
     * {@code words}: each word's terms, all in one field; a tone matches if it holds a term of every word, so no
     * words at all match every tone.
     */
    AllWords(List<List<WordTerm>> words, TermDocSets docSets) {
        if (words.stream().anyMatch(List::isEmpty)) throw new IllegalArgumentException("every word needs a term");
        // a word's exact term is often among its completions too
        this.words = words.stream().map(AllWords::distinct).toList();
        this.docSets = docSets;
    }

    /** Every tone: what a blank text matches. */
    static AllWords everyTone() {
        return new AllWords(List.of(), null);
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
    public String toString() {
        StringJoiner s = new StringJoiner(" ", "allWords(", ")");
        for (List<WordTerm> word : words) s.add(word.stream().map(t -> t.term().toString()).toList().toString());
        return s.toString();
    }
}
