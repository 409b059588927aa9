package vg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer makes of a text. */
final class Tokens {
    private Tokens() {
    }

    /** At most {@code max} terms of {@code text}; the rest of the text is not read. */
    static List<String> of(Analyzer analyzer, String text, int max) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isEmpty() || max <= 0) return terms;
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < max && stream.incrementToken()) terms.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }

    /** All terms of {@code text} joined by single spaces: a spelling-insensitive key of the whole text. */
    static String joined(Analyzer analyzer, String text, int max) {
        return String.join(" ", of(analyzer, text, max));
    }
}
