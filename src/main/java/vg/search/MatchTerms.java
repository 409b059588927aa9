package vg.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of the combined match field, {@link ToneFields#MATCH}: every word of a tone's title, artist and tags
 * as its stem, its plain lowercase form and its Latin spelling, each once. One field answers every way a word may
 * be written, so a query word walks one or two postings lists instead of one per field and spelling, and a typo
 * needs one automaton over one term dictionary.
 *
 * <p>Where a word stands travels as its term frequency: a title's word is written three times, an artist's twice,
 * a tag's once, and BM25 ranks by that, as the per-field boosts did.
 */
final class MatchTerms {
    private static final int TITLE_WEIGHT = 3;
    private static final int ARTIST_WEIGHT = 2;
    private static final int TAGS_WEIGHT = 1;
    /** Texts are indexed up to this many words; a tone's fields are far shorter. */
    private static final int MAX_WORDS = 1_000;

    private final ToneAnalyzers analyzers;

    MatchTerms(ToneAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The field's text: its terms separated by spaces, for the whitespace analyzer of the field. */
    String of(String title, String artist, String tags) {
        StringBuilder terms = new StringBuilder();
        append(terms, title, TITLE_WEIGHT);
        append(terms, artist, ARTIST_WEIGHT);
        append(terms, tags, TAGS_WEIGHT);
        return terms.toString();
    }

    /** The distinct spellings of one plain word: its stem (none for a stop word), the word, its Latin spelling. */
    Set<String> ofWord(String plainWord) {
        Set<String> spellings = new LinkedHashSet<>(3);
        spellings.addAll(Tokens.of(analyzers.stemmed(), plainWord, 1));
        spellings.add(plainWord);
        spellings.addAll(Tokens.of(analyzers.translit(), plainWord, 1));
        return spellings;
    }

    private void append(StringBuilder terms, String text, int weight) {
        List<String> words = Tokens.of(analyzers.plain(), text, MAX_WORDS);
        for (String word : words) {
            for (String spelling : ofWord(word)) {
                for (int i = 0; i < weight; i++) terms.append(spelling).append(' ');
            }
        }
    }
}
