package vg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.RussianStemmer;

class ToneAnalyzersTest {
    private final ToneAnalyzers analyzers = new ToneAnalyzers();

    @AfterEach
    void close() {
        analyzers.close();
    }

    private List<String> stemmed(String text) {
        return Tokens.of(analyzers.stemmed(), text, 100);
    }

    @Test
    void russianWordFormsShareOneStem() {
        assertThat(stemmed("Звонок звонки звонка звонком")).containsOnly("звонк");
        assertThat(stemmed("песня песни песней")).containsOnly("песн");
        assertThat(stemmed("отец отца")).containsOnly("отц");
    }

    @Test
    void englishWordFormsShareOneStem() {
        assertThat(stemmed("ringing Ring rings")).containsOnly("ring");
        assertThat(stemmed("bells Bell")).containsOnly("bell");
    }

    @Test
    void yoIsFoldedToYe() {
        assertThat(stemmed("Ёлка")).isEqualTo(stemmed("елка"));
        assertThat(Tokens.of(analyzers.plain(), "Ёлка", 10)).containsExactly("елка");
    }

    @Test
    void stopWordsOfBothLanguagesAreDropped() {
        assertThat(stemmed("the bells и звонок")).containsExactly("bell", "звонк");
    }

    @Test
    void shortStemsKeepTheirVowel() {
        assertThat(stemmed("рок")).containsExactly("рок");
    }

    /** The stemmed analyzer chains both stemmers; that is only right if each leaves the other script alone. */
    @Test
    void eachStemmerLeavesTheOtherScriptAlone() throws IOException {
        List<String> cyrillic = List.of("звонки", "песни", "мелодиями", "ings", "весенние");
        List<String> latin = List.of("ringing", "bells", "melodies", "running");
        assertThat(chain(true, String.join(" ", latin))).containsExactlyElementsOf(latin);
        assertThat(chain(false, String.join(" ", cyrillic))).containsExactlyElementsOf(cyrillic.stream()
                .map(w -> w.equals("ings") ? "ing" : w).toList());
    }

    private static List<String> chain(boolean russian, String text) {
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                TokenStream s = russian ? new SnowballFilter(source, new RussianStemmer()) : new PorterStemFilter(source);
                return new TokenStreamComponents(source, s);
            }
        };
        try (a) {
            return Tokens.of(a, text, 100);
        }
    }

    @Test
    void plainKeepsWordsWhole() {
        assertThat(Tokens.of(analyzers.plain(), "Звонки, Bells!", 10)).containsExactly("звонки", "bells");
    }

    @Test
    void translitWritesEveryWordInLatin() {
        assertThat(Tokens.of(analyzers.translit(), "Кино Цой Мальчик Объект Ёлка", 10))
                .containsExactly("kino", "tsoy", "malchik", "obyekt", "yelka");
        assertThat(Tokens.of(analyzers.translit(), "Kino Beyoncé", 10)).containsExactly("kino", "beyonce");
    }

    @Test
    void translitDropsWordsWithoutLettersOrDigits() {
        assertThat(Tokens.of(analyzers.translit(), "😀 ь", 10)).isEmpty();
    }

    @Test
    void suggestionAnalyzerIgnoresTheTrailingId() {
        String entry = "Кино" + ToneAnalyzers.SUGGESTION_SEPARATOR + "Цой" + ToneAnalyzers.SUGGESTION_SEPARATOR + "42";
        assertThat(Tokens.of(analyzers.suggestion(), entry, 10)).containsExactly("kino", "tsoy");
    }
}
