package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.ids;
import static vg.search.Tones.text;
import static vg.search.Tones.tone;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typo expansions are remembered per searcher: a repeated typo finds the same tones, and never outlives a change. */
class TypoExpansionsTest {
    @TempDir
    Path root;

    @Test
    void aRepeatedTypoFindsTheSameTonesWithoutThePageCache() {
        try (ToneIndex index = ToneIndex.open(root, 1, List.of(tone(1, "Ода к радости", "Beethoven", "symphony"),
                tone(2, "Щелкунчик", "Чайковский", "балет"))::stream, 0)) {
            List<Long> first = ids(index.search(text("Bethoven")));
            assertThat(first).containsExactly(1L);
            assertThat(ids(index.search(text("Bethoven")))).isEqualTo(first);
            assertThat(ids(index.search(text("Чайковкий")))).containsExactly(2L);
        }
    }

    @Test
    void aTypoOfAToneAddedAfterTheSameTypoWasExpandedFindsIt() {
        try (ToneIndex index = ToneIndex.open(root, 1, List.of(tone(1, "Ода к радости", "Beethoven", "symphony"))::stream, 0)) {
            assertThat(ids(index.search(text("Shostakovih")))).isEmpty();
            index.upsert(tone(2, "Вальс", "Shostakovich", "вальс"));
            assertThat(ids(index.search(text("Shostakovih")))).containsExactly(2L);
        }
    }

    @Test
    void theWordAsItIsAndAOneLetterTypoOfItFindTheSameTone() {
        try (ToneIndex index = ToneIndex.open(root, 1, List.of(tone(1, "Весна", "Вивальди", "весна"))::stream, 0)) {
            assertThat(ids(index.search(text("весна")))).containsExactly(1L);
            assertThat(ids(index.search(text("вечна")))).containsExactly(1L);
        }
    }

    @Test
    void aWordTheIndexHoldsIsNotExpandedToItsNeighbours() {
        try (ToneIndex index = ToneIndex.open(root, 1, List.of(tone(1, "Bell", "Choir", "christmas"),
                tone(2, "Belt", "Band", "rock"), tone(3, "Кино", "Группа", "рок"), tone(4, "Кило", "Хор", "юмор"))::stream, 0)) {
            assertThat(ids(index.search(text("bell")))).containsExactly(1L);
            assertThat(ids(index.search(text("кино")))).containsExactly(3L);
            assertThat(ids(index.search(text("belk")))).as("a typo of both still finds both").containsExactlyInAnyOrder(1L, 2L);
        }
    }

    @Test
    void maxEditsGrowWithTheWord() {
        assertThat(TypoExpansions.maxEdits(3)).isZero();
        assertThat(TypoExpansions.maxEdits(4)).isEqualTo(1);
        assertThat(TypoExpansions.maxEdits(7)).isEqualTo(1);
        assertThat(TypoExpansions.maxEdits(8)).isEqualTo(2);
    }
}
