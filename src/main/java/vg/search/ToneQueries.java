package vg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene query of a free-text search without a query parser: the text is only ever split into words,
 * so no character has a meaning and no text can be invalid.
 *
 * <p>Each word becomes one clause over the combined match field ({@link MatchTerms}): the best (dis-max) of its
 * stem, its Latin spelling, a typo-tolerant match when the index knows neither and, for the last word, a prefix
 * (the user may still be typing it). Words are combined with minimumShouldMatch: up to three words all must
 * match, longer queries need three quarters of them, so one misspelt word in a long query does not empty the page
 * while documents matching more words still score higher. Stop words ("и", "the") count only when the query has
 * nothing else. A document whose whole title equals the query gets a large constant bonus, a title containing the
 * query as a phrase a smaller one.
 */
final class ToneQueries {
    static final int MAX_WORDS = 16;
    /** Words are analysed from at most this much text; longer input is junk, not a query. */
    static final int MAX_TEXT_CHARS = 1_000;
    /** Typo matching of longer words costs much and finds nothing a user meant. */
    static final int MAX_FUZZY_CODE_POINTS = 32;
    private static final int MIN_PREFIX_CODE_POINTS = 2;
    private static final int ALL_WORDS_REQUIRED_UP_TO = 3;

    private static final float STEM_BOOST = 1f;
    /** A word found only in the other script ranks a little below the same word in the script it was typed in. */
    private static final float OTHER_SCRIPT_BOOST = 0.8f;
    private static final float FUZZY_BOOST = 0.6f;
    private static final float FUZZY_OTHER_SCRIPT_BOOST = 0.5f;
    private static final float PREFIX_BOOST = 0.8f;
    private static final float PREFIX_OTHER_SCRIPT_BOOST = 0.7f;
    private static final float WORD_TIE_BREAKER = 0.1f;
    private static final float EXACT_TITLE_BONUS = 50f;
    private static final float EXACT_TITLE_TRANSLIT_BONUS = 40f;
    private static final float TITLE_PHRASE_BOOST = 4f;

    private final ToneAnalyzers analyzers;
    private final ToneDocuments documents;

    ToneQueries(ToneAnalyzers analyzers, ToneDocuments documents) {
        this.analyzers = analyzers;
        this.documents = documents;
    }

    /**
     * A text's query, and which tones it matches where that can be told without scoring: the tones holding a term of
     * every word, when every word is required and its terms are listed (a prefix's completions included), or every
     * tone for a blank text. Empty otherwise: for a longer text, where three quarters of the words must match, for a
     * text of stop words alone, or when a word has too many completions to list.
     */
    record TextQuery(Query query, Optional<AllWords> matches, List<RememberedScores> summed) {
        /**
         * Whether a tone's score is just the sum of its words' remembered scores, {@link #summed}: every word is
         * required and common, and nothing else scores (no title bonus, no stop word).
         */
        boolean isSumOfRememberedWords() {
            return !summed.isEmpty();
        }
    }

    /**
     * The query of a search text over the index that {@code vocabulary} reads, with its matches as {@link AllWords}
     * where they can be told; a blank text matches every tone. A word the index already holds is
     * matched as it is, and only words it does not know are expanded for typos (as Lucene's own DirectSpellChecker
     * suggests nothing for a known term).
     */
    TextQuery forText(String text, TypoExpansions vocabulary) {
        String bounded = bounded(text);
        List<String> words = Tokens.of(analyzers.plain(), bounded, MAX_WORDS);
        if (words.isEmpty()) return new TextQuery(new MatchAllDocsQuery(), Optional.of(AllWords.everyTone()), List.of());

        BooleanQuery.Builder required = new BooleanQuery.Builder();
        BooleanQuery.Builder optional = new BooleanQuery.Builder();
        int requiredCount = 0;
        int optionalCount = 0;
        boolean everyWordHeld = true;
        List<AllWords.Word> requiredWords = new ArrayList<>();
        List<RememberedScores> remembered = new ArrayList<>();
        boolean everyRequiredWordListed = true;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            WordQuery match = vocabulary.word(word, last, () -> wordQuery(word, last, vocabulary));
            Query clause = match.query();
            everyWordHeld &= match.held();
            if (match.stopWord()) {
                optional.add(clause, Occur.SHOULD);
                optionalCount++;
            } else {
                required.add(clause, Occur.SHOULD);
                requiredCount++;
                if (match.terms().isEmpty()) everyRequiredWordListed = false;
                else requiredWords.add(new AllWords.Word(match.terms(), match.query() instanceof RememberedScores r ? r : null));
                if (match.query() instanceof RememberedScores r) remembered.add(r);
            }
        }
        if (requiredCount == 0) {
            // nothing but stop words: they are the query (a rare query, left to be scored whole)
            everyRequiredWordListed = false;
            required = optional;
            requiredCount = optionalCount;
            optional = new BooleanQuery.Builder();
            optionalCount = 0;
        }
        required.setMinimumNumberShouldMatch(minimumShouldMatch(requiredCount));

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(required.build(), Occur.MUST);
        if (optionalCount > 0) query.add(optional.build(), Occur.SHOULD);
        // a word no tone holds is in no title, so no title can equal or contain the text
        if (everyWordHeld) addTitleBonuses(query, bounded, words, vocabulary);
        boolean everyWordRequired = requiredCount <= ALL_WORDS_REQUIRED_UP_TO;
        Optional<AllWords> matches = everyWordRequired && everyRequiredWordListed
                ? Optional.of(new AllWords(requiredWords)) : Optional.empty();
        BooleanQuery built = query.build();
        boolean summed = matches.isPresent() && built.clauses().size() == 1 && remembered.size() == requiredCount;
        return new TextQuery(built, matches, summed ? List.copyOf(remembered) : List.of());
    }

    /**
     * A word's clause; whether the index holds the word itself (else no title holds it either); whether it is a stop
     * word; and the terms of all its ways, a prefix's completions included (empty when a prefix has too many to list).
     */
    record WordQuery(Query query, boolean held, boolean stopWord, List<AllWords.WordTerm> terms) {
    }

    static int minimumShouldMatch(int words) {
        return words <= ALL_WORDS_REQUIRED_UP_TO ? words : (words * 3 + 3) / 4;
    }

    /*
     * Every term of a word walks its postings, and a common word has thousands of documents, so a word has as few
     * terms as find what it should: its stem (the plain word only when it is a stop word, which has none; every tone
     * holding a word holds its stem) and its Latin spelling unless the word is already Latin, each only if some tone
     * holds it (a term no tone holds still costs a weight and a scorer per segment); one typo expansion only when the
     * index knows none of these (a Cyrillic word's Latin spelling is expanded only when the Cyrillic word
     * finds no near term: each expansion builds an automaton, which costs more than the rest of a search), and a
     * prefix for the last word if some term begins with it.
     */
    private WordQuery wordQuery(String word, boolean last, TypoExpansions vocabulary) {
        List<String> stems = Tokens.of(analyzers.stemmed(), word, 1);
        boolean stopWord = stems.isEmpty();
        List<String> latins = Tokens.of(analyzers.translit(), word, 1);
        boolean alreadyLatin = latins.size() == 1 && latins.get(0).equals(word);
        List<String> exact = new ArrayList<>(stems.isEmpty() ? List.of(word) : stems);
        for (String latin : latins) if (!exact.contains(latin)) exact.add(latin);
        List<Query> ways = new ArrayList<>();
        List<AllWords.WordTerm> terms = new ArrayList<>();
        for (String term : exact) {
            float boost = stems.contains(term) || term.equals(word) || alreadyLatin ? STEM_BOOST : OTHER_SCRIPT_BOOST;
            vocabulary.term(ToneFields.MATCH, term).ifPresent(q -> {
                ways.add(new BoostQuery(q, boost));
                terms.add(new AllWords.WordTerm(q.getTerm(), q.getTermStates()));
            });
        }
        boolean held = !ways.isEmpty();
        if (!held) nearTerms(word, latins, alreadyLatin, vocabulary).ifPresent(near -> {
            ways.add(near.query());
            terms.addAll(near.terms());
        });
        boolean listed = true;
        if (last) {
            List<String> prefixes = new ArrayList<>(List.of(word));
            if (!alreadyLatin) prefixes.addAll(latins);
            for (String prefix : prefixes) {
                if (length(prefix) < MIN_PREFIX_CODE_POINTS) continue;
                TypoExpansions.Completions completions = vocabulary.completions(ToneFields.MATCH, prefix);
                if (!completions.any()) continue;
                float boost = prefix.equals(word) ? PREFIX_BOOST : PREFIX_OTHER_SCRIPT_BOOST;
                ways.add(new BoostQuery(completionsQuery(prefix, completions), boost));
                listed &= completions.listed();
                terms.addAll(completions.terms());
            }
        }
        if (ways.isEmpty()) {
            return new WordQuery(new MatchNoDocsQuery("no tone holds \"" + word + "\" or a word near it"), false, stopWord, List.of());
        }
        List<AllWords.WordTerm> listedTerms = listed ? List.copyOf(terms) : List.of();
        Query clause = vocabulary.scored(new DisjunctionMaxQuery(ways, WORD_TIE_BREAKER), listedTerms);
        return new WordQuery(clause, held, stopWord, listedTerms);
    }

    /**
     * The terms a word may have meant when the index holds none of its exact terms (it holds a word's stem and Latin
     * spelling whenever it holds the word): near the word as typed, else near its Latin spelling, for a word long
     * enough to be expanded.
     */
    private static Optional<TypoExpansions.Expansion> nearTerms(String word, List<String> latins, boolean alreadyLatin,
                                                               TypoExpansions vocabulary) {
        List<String> expandable = new ArrayList<>(2);
        if (isFuzzyLength(length(word))) expandable.add(word);
        if (!alreadyLatin) latins.stream().filter(latin -> isFuzzyLength(length(latin))).forEach(expandable::add);
        for (String spelling : expandable) {
            Optional<TypoExpansions.Expansion> near = vocabulary.near(spelling);
            float boost = spelling.equals(word) ? FUZZY_BOOST : FUZZY_OTHER_SCRIPT_BOOST;
            if (near.isPresent()) return near.map(n -> new TypoExpansions.Expansion(new BoostQuery(n.query(), boost), n.terms()));
        }
        return Optional.empty();
    }

    private void addTitleBonuses(BooleanQuery.Builder query, String text, List<String> words, TypoExpansions vocabulary) {
        String exact = documents.exactTitleKey(text);
        if (!exact.isEmpty()) {
            vocabulary.term(ToneFields.TITLE_EXACT, exact).ifPresent(q -> query.add(bonus(q, EXACT_TITLE_BONUS), Occur.SHOULD));
        }
        String exactLatin = documents.exactTitleTranslitKey(text);
        if (!exactLatin.isEmpty()) {
            vocabulary.term(ToneFields.TITLE_EXACT_TRANSLIT, exactLatin)
                    .ifPresent(q -> query.add(bonus(q, EXACT_TITLE_TRANSLIT_BONUS), Occur.SHOULD));
        }
        if (words.size() > 1) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (String w : words) phrase.add(new Term(ToneFields.TITLE_PLAIN, w));
            query.add(new BoostQuery(phrase.build(), TITLE_PHRASE_BOOST), Occur.SHOULD);
        }
    }

    private static boolean isFuzzyLength(int codePoints) {
        return codePoints >= 4 && codePoints <= MAX_FUZZY_CODE_POINTS;
    }

    private static int length(String word) {
        return word.codePointCount(0, word.length());
    }

    /**
     * A prefix matches as its listed completions when there are few (the same constant score as a prefix query,
     * without the automaton a prefix query builds on every search), else as a prefix query.
     */
    private static Query completionsQuery(String prefix, TypoExpansions.Completions completions) {
        if (!completions.listed()) return new PrefixQuery(new Term(ToneFields.MATCH, prefix));
        List<BytesRef> terms = completions.terms().stream().map(t -> t.term().bytes()).toList();
        return new ConstantScoreQuery(new TermInSetQuery(ToneFields.MATCH, terms));
    }

    private static Query bonus(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    static String bounded(String text) {
        if (text == null) return "";
        if (text.length() <= MAX_TEXT_CHARS) return text;
        int end = MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end);
    }
}
