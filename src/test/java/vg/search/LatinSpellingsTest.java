package vg.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The remembered spellings must be exactly what the plain ICU filter chain would index. */
class LatinSpellingsTest {
    private final ToneAnalyzers analyzers = new ToneAnalyzers();
    private final Analyzer reference = new ReferenceTranslitAnalyzer();

    @AfterEach
    void close() {
        analyzers.close();
        reference.close();
    }

    @Test
    void spellingsMatchTheIcuFilterChain() {
        List<String> texts = new ArrayList<>(List.of(
                "Цой жив", "Кино", "Звёздная ночь", "подъезд", "Объявление", "семья", "Ёжик в тумане", "Щелкунчик",
                "Би-2", "Мумий Тролль", "Пётр Чайковский", "Ludwig van Beethoven", "Café Müller", "ǅemal", "Ελληνικά",
                "東京 タワー", "🎵 мелодия 🎶", "123 ёлка 45", "Україна їжак", "Қазақ", "ʼапостроф", "ЪЬ ьъ", "x\u0301y"));
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) texts.add(randomText(random));
        for (int pass = 0; pass < 2; pass++) { // the second pass reads remembered spellings
            for (String text : texts) {
                assertThat(Tokens.of(analyzers.translit(), text, 100)).as(text).isEqualTo(Tokens.of(reference, text, 100));
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(10);
            if (pick < 5) b.append((char) ('а' + random.nextInt(32)));
            else if (pick < 6) b.append(random.nextBoolean() ? 'ё' : 'Ё');
            else if (pick < 8) b.append((char) ('a' + random.nextInt(26)));
            else if (pick < 9) b.append(' ');
            else b.appendCodePoint(0x20 + random.nextInt(0x3000));
        }
        return b.toString();
    }

    /** The translit chain as it was built on Lucene's ICUTransformFilter. */
    private static final class ReferenceTranslitAnalyzer extends Analyzer {
        private final Transliterator toLatin = Transliterator.getInstance(LatinSpellings.TRANSLITERATION);

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new ICUTransformFilter(new YoFoldingFilter(new LowerCaseFilter(source)), toLatin);
            s = new PatternReplaceFilter(s, Pattern.compile("[^\\p{L}\\p{N}]+"), "", true);
            s = new LowerCaseFilter(s);
            return new TokenStreamComponents(source, new LengthFilter(s, 1, Integer.MAX_VALUE));
        }
    }
}
