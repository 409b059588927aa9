package vg.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Writes ё as е: Russian text uses both spellings of the same word. Expects lowercase input. */
final class YoFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    YoFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (buffer[i] == 'ё') buffer[i] = 'е';
        }
        return true;
    }

    static String fold(String lowercase) {
        return lowercase.replace('ё', 'е');
    }
}
