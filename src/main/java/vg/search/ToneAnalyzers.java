package vg.search;

import java.io.Reader;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analyzers of the catalogue index. Changing any of them changes the indexed terms: bump
 * {@link ToneIndex#SCHEMA_VERSION} so that existing indexes are rebuilt.
 */
final class ToneAnalyzers implements AutoCloseable {
    /** Separates the parts of a suggestion entry; never part of a word. */
    static final char SUGGESTION_SEPARATOR = '\u001F';

    private final LatinSpellings latinSpellings = new LatinSpellings();
    private final CharArraySet stopWords = russianAndEnglishStopWords();

    private final Analyzer stemmed = new StemmedAnalyzer(stopWords);
    private final Analyzer plain = new PlainAnalyzer();
    private final Analyzer translit = new TranslitAnalyzer(latinSpellings, false);
    private final Analyzer suggestion = new TranslitAnalyzer(latinSpellings, true);
    /** The match field arrives as its terms already made ({@link MatchTerms}), separated by spaces. */
    private final Analyzer terms = new WhitespaceAnalyzer();
    private final Analyzer indexing = new PerFieldAnalyzerWrapper(plain, Map.of(ToneFields.MATCH, terms));

    /** Lowercase, ё→е, Russian and English stop words and stems, fleeting vowels folded. */
    Analyzer stemmed() {
        return stemmed;
    }

    /** Lowercase and ё→е only. */
    Analyzer plain() {
        return plain;
    }

    /** Each word in one lowercase Latin spelling without apostrophes. */
    Analyzer translit() {
        return translit;
    }

    /** {@link #translit()} for suggestion entries: ignores the trailing tone id of an entry text. */
    Analyzer suggestion() {
        return suggestion;
    }

    /** The per-field analyzer of the index writer. */
    Analyzer indexing() {
        return indexing;
    }

    @Override
    public void close() {
        stemmed.close();
        plain.close();
        translit.close();
        suggestion.close();
        terms.close();
        indexing.close();
    }

    private static CharArraySet russianAndEnglishStopWords() {
        CharArraySet words = new CharArraySet(256, false);
        for (Object w : RussianAnalyzer.getDefaultStopSet()) {
            words.add(YoFoldingFilter.fold(w instanceof char[] chars ? new String(chars) : w.toString()));
        }
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(words);
    }

    private static TokenStream lowercaseFolded(Tokenizer source) {
        return new YoFoldingFilter(new LowerCaseFilter(source));
    }

    private static final class StemmedAnalyzer extends Analyzer {
        private final CharArraySet stopWords;

        StemmedAnalyzer(CharArraySet stopWords) {
            this.stopWords = stopWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new StopFilter(lowercaseFolded(source), stopWords);
            // Snowball Russian only touches Cyrillic words and Porter only Latin ones, so they chain safely.
            s = new SnowballFilter(s, new RussianStemmer());
            s = new PorterStemFilter(s);
            return new TokenStreamComponents(source, new FleetingVowelFilter(s));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new YoFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class PlainAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, lowercaseFolded(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new YoFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class TranslitAnalyzer extends Analyzer {
        private static final Pattern TRAILING_ID = Pattern.compile(SUGGESTION_SEPARATOR + "\\d+$");

        private final LatinSpellings spellings;
        private final boolean ignoreTrailingId;

        TranslitAnalyzer(LatinSpellings spellings, boolean ignoreTrailingId) {
            this.spellings = spellings;
            this.ignoreTrailingId = ignoreTrailingId;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return ignoreTrailingId ? new PatternReplaceCharFilter(TRAILING_ID, "", reader) : reader;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new LatinSpellingFilter(lowercaseFolded(source), spellings);
            return new TokenStreamComponents(source, new LengthFilter(s, 1, Integer.MAX_VALUE));
        }
    }
}
