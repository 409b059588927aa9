package vg.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query of a free-text search without a query parser: the text is only ever split into words,
 * so no character has a meaning and no text can be invalid.
 *
 * <p>Each word becomes one clause: the best (dis-max) of its stemmed form in title, artist or tags, its plain and
 * Latin spellings, a typo-tolerant match and, for the last word, a prefix (the user may still be typing it).
 * Words are combined with minimumShouldMatch: up to three words all must match, longer queries need three
 * quarters of them, so one misspelt word in a long query does not empty the page while documents matching more
 * words still score higher. Stop words ("и", "the") count only when the query has nothing else. A document whose
 * whole title equals the query gets a large constant bonus, a title containing the query as a phrase a smaller one.
 */
final class ToneQueries {
    static final int MAX_WORDS = 16;
    /** Words are analysed from at most this much text; longer input is junk, not a query. */
    static final int MAX_TEXT_CHARS = 1_000;
    /** Typo matching of longer words costs much and finds nothing a user meant. */
    private static final int MAX_FUZZY_CODE_POINTS = 32;
    /** Each typo clause expands into at most this many terms, keeping 16 words under the clause limit. */
    private static final int FUZZY_MAX_EXPANSIONS = 10;
    private static final int MIN_PREFIX_CODE_POINTS = 2;
    private static final int ALL_WORDS_REQUIRED_UP_TO = 3;

    private static final float TITLE_BOOST = 3f;
    private static final float ARTIST_BOOST = 2f;
    private static final float TAGS_BOOST = 1f;
    private static final float PLAIN_BOOST = 1f;
    private static final float TITLE_TRANSLIT_BOOST = 2.5f;
    private static final float ALL_TRANSLIT_BOOST = 1.5f;
    private static final float FUZZY_BOOST = 0.6f;
    private static final float FUZZY_TRANSLIT_BOOST = 0.5f;
    private static final float PREFIX_BOOST = 0.8f;
    private static final float PREFIX_TRANSLIT_BOOST = 0.7f;
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

    /** The query of a search text over any index (every typo expanded); a blank text matches every tone. */
    Query forText(String text) {
        return forText(text, null);
    }

    /**
     * The query of a search text; a blank text matches every tone. With {@code reader}, a word the index already
     * holds is matched as it is, and only words it does not know are expanded for typos (as Lucene's own
     * DirectSpellChecker suggests nothing for a known term): building the typo automata is most of a search's cost.
     */
    Query forText(String text, IndexReader reader) {
        String bounded = bounded(text);
        List<String> words = Tokens.of(analyzers.plain(), bounded, MAX_WORDS);
        if (words.isEmpty()) return new MatchAllDocsQuery();

        BooleanQuery.Builder required = new BooleanQuery.Builder();
        BooleanQuery.Builder optional = new BooleanQuery.Builder();
        int requiredCount = 0;
        int optionalCount = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            List<String> stems = Tokens.of(analyzers.stemmed(), word, 1);
            Query clause = wordQuery(word, stems, i == words.size() - 1, reader);
            boolean stopWord = stems.isEmpty();
            if (stopWord) {
                optional.add(clause, Occur.SHOULD);
                optionalCount++;
            } else {
                required.add(clause, Occur.SHOULD);
                requiredCount++;
            }
        }
        if (requiredCount == 0) {
            // nothing but stop words: they are the query
            required = optional;
            requiredCount = optionalCount;
            optional = new BooleanQuery.Builder();
            optionalCount = 0;
        }
        required.setMinimumNumberShouldMatch(minimumShouldMatch(requiredCount));

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(required.build(), Occur.MUST);
        if (optionalCount > 0) query.add(optional.build(), Occur.SHOULD);
        addTitleBonuses(query, bounded, words);
        return query.build();
    }

    static int minimumShouldMatch(int words) {
        return words <= ALL_WORDS_REQUIRED_UP_TO ? words : (words * 3 + 3) / 4;
    }

    private Query wordQuery(String word, List<String> stems, boolean last, IndexReader reader) {
        List<Query> ways = new ArrayList<>();
        for (String stem : stems) {
            ways.add(term(ToneFields.TITLE, stem, TITLE_BOOST));
            ways.add(term(ToneFields.ARTIST, stem, ARTIST_BOOST));
            ways.add(term(ToneFields.TAGS, stem, TAGS_BOOST));
        }
        ways.add(term(ToneFields.ALL_PLAIN, word, PLAIN_BOOST));
        int length = word.codePointCount(0, word.length());
        if (isFuzzyLength(length) && !known(reader, ToneFields.ALL_PLAIN, word))
            ways.add(fuzzy(ToneFields.ALL_PLAIN, word, length, FUZZY_BOOST));
        if (last && length >= MIN_PREFIX_CODE_POINTS) ways.add(prefix(ToneFields.ALL_PLAIN, word, PREFIX_BOOST));

        for (String latin : Tokens.of(analyzers.translit(), word, 1)) {
            ways.add(term(ToneFields.TITLE_TRANSLIT, latin, TITLE_TRANSLIT_BOOST));
            ways.add(term(ToneFields.ALL_TRANSLIT, latin, ALL_TRANSLIT_BOOST));
            // a Latin word is also looked for, typos included, among the Latin spellings of Cyrillic tones
            int latinLength = latin.codePointCount(0, latin.length());
            if (isFuzzyLength(latinLength) && !known(reader, ToneFields.ALL_TRANSLIT, latin))
                ways.add(fuzzy(ToneFields.ALL_TRANSLIT, latin, latinLength, FUZZY_TRANSLIT_BOOST));
            if (last && latinLength >= MIN_PREFIX_CODE_POINTS) {
                ways.add(prefix(ToneFields.ALL_TRANSLIT, latin, PREFIX_TRANSLIT_BOOST));
            }
        }
        return new DisjunctionMaxQuery(ways, WORD_TIE_BREAKER);
    }

    private void addTitleBonuses(BooleanQuery.Builder query, String text, List<String> words) {
        String exact = documents.exactTitleKey(text);
        if (!exact.isEmpty()) query.add(bonus(new TermQuery(new Term(ToneFields.TITLE_EXACT, exact)), EXACT_TITLE_BONUS), Occur.SHOULD);
        String exactLatin = documents.exactTitleTranslitKey(text);
        if (!exactLatin.isEmpty()) {
            query.add(bonus(new TermQuery(new Term(ToneFields.TITLE_EXACT_TRANSLIT, exactLatin)), EXACT_TITLE_TRANSLIT_BONUS), Occur.SHOULD);
        }
        if (words.size() > 1) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (String w : words) phrase.add(new Term(ToneFields.TITLE_PLAIN, w));
            query.add(new BoostQuery(phrase.build(), TITLE_PHRASE_BOOST), Occur.SHOULD);
        }
    }

    /** Whether some tone holds exactly this term; without a reader every word counts as unknown. */
    private static boolean known(IndexReader reader, String field, String term) {
        if (reader == null) return false;
        try {
            return reader.docFreq(new Term(field, term)) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean isFuzzyLength(int codePoints) {
        return codePoints >= 4 && codePoints <= MAX_FUZZY_CODE_POINTS;
    }

    /** One typo in words of 4 to 7 letters, two from 8. */
    static int maxEdits(int codePoints) {
        return codePoints >= 8 ? 2 : codePoints >= 4 ? 1 : 0;
    }

    private static Query fuzzy(String field, String word, int codePoints, float boost) {
        Query q = new FuzzyQuery(new Term(field, word), maxEdits(codePoints), 1, FUZZY_MAX_EXPANSIONS, true);
        return new BoostQuery(q, boost);
    }

    private static Query prefix(String field, String word, float boost) {
        return new BoostQuery(new PrefixQuery(new Term(field, word)), boost);
    }

    private static Query term(String field, String value, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, value)), boost);
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
