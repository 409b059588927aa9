package vg.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the fleeting о/е of a Russian stem ending in consonant + о/е + к/ц, after stemming: Snowball keeps
 * "звонок" but cuts "звонки" to "звонк", and keeps "отец" but cuts "отца" to "отц". Both sides then read
 * "звонк" and "отц". Short stems are left alone so that words like "рок" keep their vowel.
 */
final class FleetingVowelFilter extends TokenFilter {
    private static final int MIN_LENGTH = 4;
    private static final String CYRILLIC_VOWELS = "аеёиоуыэюяй";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FleetingVowelFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        int n = term.length();
        char[] b = term.buffer();
        if (n >= MIN_LENGTH && isFleeting(b[n - 3], b[n - 2], b[n - 1])) {
            b[n - 2] = b[n - 1];
            term.setLength(n - 1);
        }
        return true;
    }

    private static boolean isFleeting(char beforeVowel, char vowel, char last) {
        return (last == 'к' || last == 'ц')
                && (vowel == 'о' || vowel == 'е' || vowel == 'ё')
                && isCyrillicConsonant(beforeVowel);
    }

    private static boolean isCyrillicConsonant(char c) {
        return c >= 'а' && c <= 'я' && CYRILLIC_VOWELS.indexOf(c) < 0 && c != 'ь' && c != 'ъ';
    }
}
