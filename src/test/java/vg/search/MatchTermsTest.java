package vg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MatchTermsTest {
    private final ToneAnalyzers analyzers = new ToneAnalyzers();
    private final MatchTerms terms = new MatchTerms(analyzers);

    @AfterEach
    void close() {
        analyzers.close();
    }

    private Map<String, Long> counted(String title, String artist, String tags) {
        return Arrays.stream(terms.of(title, artist, tags).split(" "))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void aWordIsWrittenAsItsStemItselfAndItsLatinSpellingOnceEach() {
        assertThat(terms.ofWord("звонки")).containsExactly("звонк", "звонки", "zvonki");
        assertThat(terms.ofWord("ringing")).containsExactly("ring", "ringing");
        assertThat(terms.ofWord("kino")).containsExactly("kino");
    }

    @Test
    void aStopWordHasNoStemButIsStillWritten() {
        assertThat(terms.ofWord("the")).containsExactly("the");
    }

    @Test
    void aTitleWordWeighsThreeAnArtistsTwoATagOne() {
        Map<String, Long> counts = counted("Кино", "Цой", "рок");
        assertThat(counts).containsEntry("кин", 3L).containsEntry("kino", 3L)
                .containsEntry("цо", 2L).containsEntry("tsoy", 2L)
                .containsEntry("рок", 1L).containsEntry("rok", 1L);
    }

    @Test
    void aWordInTwoPlacesAddsBothWeights() {
        assertThat(counted("Весна", "Вивальди", "весна")).containsEntry("vesna", 4L);
    }
}
