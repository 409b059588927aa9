package vg.search;

import com.ibm.icu.text.ReplaceableString;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharacterUtils;

/**
 * The Latin spelling of a lowercase word: romanised, without the apostrophes romanisation writes for ь and ъ,
 * lowercase. A compound ICU transform costs microseconds per word while a catalogue repeats a few thousand words,
 * so spellings are remembered, up to a bound, and shared by every analyzer of one index. The transliterator is
 * stateless and may be shared between threads (ICU's own contract).
 */
final class LatinSpellings {
    /** BGN/PCGN romanisation gives the spelling Russians use in Latin (Цой → Tsoy, Кино → Kino). */
    static final String TRANSLITERATION = "Russian-Latin/BGN; Latin-ASCII";

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Bounds the memory: at most this many words of at most {@link #MAX_CACHED_CHARS} chars are remembered. */
    private static final int MAX_ENTRIES = 50_000;
    private static final int MAX_CACHED_CHARS = 40;

    private final Transliterator toLatin = Transliterator.getInstance(TRANSLITERATION);
    private final ConcurrentHashMap<String, String> known = new ConcurrentHashMap<>();

    /** The Latin spelling of {@code word}; empty when nothing of it is a letter or digit. */
    String of(String word) {
        String latin = known.get(word);
        if (latin != null) return latin;
        latin = spell(word);
        if (word.length() <= MAX_CACHED_CHARS) {
            // forgetting everything at the bound is crude, but a catalogue's vocabulary stays far below it
            if (known.size() >= MAX_ENTRIES) known.clear();
            known.put(word, latin);
        }
        return latin;
    }

    private String spell(String word) {
        // the same call, on the same bounds, as Lucene's ICUTransformFilter makes on a token
        ReplaceableString text = new ReplaceableString(word);
        Transliterator.Position whole = new Transliterator.Position(0, word.length(), 0, word.length());
        toLatin.filteredTransliterate(text, whole, false);
        char[] letters = NOT_LETTER_OR_DIGIT.matcher(text.toString()).replaceAll("").toCharArray();
        CharacterUtils.toLowerCase(letters, 0, letters.length);
        return new String(letters);
    }
}
