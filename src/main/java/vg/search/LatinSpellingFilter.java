package vg.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each lowercase word by its {@link LatinSpellings Latin spelling}, which may be empty. */
final class LatinSpellingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final LatinSpellings spellings;

    LatinSpellingFilter(TokenStream input, LatinSpellings spellings) {
        super(input);
        this.spellings = spellings;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String latin = spellings.of(term.toString());
        term.setEmpty().append(latin);
        return true;
    }
}
