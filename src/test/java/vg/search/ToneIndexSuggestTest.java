package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.tone;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneIndexSuggestTest {
    @TempDir
    Path root;
    ToneIndex index;

    @BeforeEach
    void open() {
        index = Tones.index(root, 1, List.of(
                tone(1, "Кино", "Группа", "рок", "rock", "melody", 100, 10, 0),
                tone(2, "Группа крови", "Цой", "рок", "rock", "melody", 100, 90, 0),
                tone(3, "Kingdom", "Band", "", "rock", "melody", 100, 50, 0),
                tone(4, "Звонок", null, "", "rock", "melody", 100, 5, 0)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Long> suggested(String prefix) {
        return index.suggest(prefix, 10).stream().map(Suggestion::id).toList();
    }

    @Test
    void prefixOfAnyTitleOrArtistWordSuggestsTheTone() {
        assertThat(index.suggest("Кино", 10)).containsExactly(new Suggestion(1, "Кино", "Группа"));
        assertThat(suggested("кро")).containsExactly(2L);
        assertThat(suggested("цо")).containsExactly(2L);
        assertThat(suggested("груп")).containsExactly(2L, 1L); // by popularity
    }

    @Test
    void severalWordsMustAllMatch() {
        assertThat(suggested("группа кр")).containsExactly(2L);
    }

    @Test
    void latinPrefixSuggestsCyrillicTitles() {
        assertThat(suggested("kin")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(suggested("tso")).containsExactly(2L);
    }

    @Test
    void toneWithoutArtistHasNullArtist() {
        assertThat(index.suggest("звон", 10)).containsExactly(new Suggestion(4, "Звонок", null));
    }

    @Test
    void limitCapsTheSuggestions() {
        for (long id = 10; id < 30; id++) index.upsert(tone(id, "Мелодия " + id, "", ""), id);
        assertThat(index.suggest("мелод", 3)).hasSize(3);
        assertThat(index.suggest("мелод", 50)).hasSize(10);
        assertThat(index.suggest("мелод", 0)).isEmpty();
    }

    @Test
    void suggestionsFollowUpsertAndRemove() {
        index.upsert(tone(5, "Новогодняя", "Дед Мороз", ""), 2);
        assertThat(suggested("новог")).containsExactly(5L);

        index.upsert(tone(5, "Рождественская", "Дед Мороз", ""), 3);
        assertThat(suggested("новог")).isEmpty();
        assertThat(suggested("рожд")).containsExactly(5L);
        assertThat(suggested("мороз")).containsExactly(5L);

        index.remove(5, 4);
        assertThat(suggested("рожд")).isEmpty();
        assertThat(suggested("мороз")).isEmpty();

        index.upsert(tone(5, "Рождественская", "Дед Мороз", ""), 5);
        assertThat(suggested("рожд")).containsExactly(5L);
    }

    /** Readers reopen lazily; a change must still find the version the previous, unread change left. */
    @Test
    void changesInARowWithoutReadsBetweenThemKeepSuggestionsRight() {
        index.upsert(tone(5, "Новогодняя", "Дед Мороз", ""), 2);
        index.upsert(tone(5, "Рождественская", "Дед Мороз", ""), 3);
        index.upsert(tone(5, "Крещенская", "Дед Мороз", ""), 4);
        index.remove(1, 5);
        index.upsert(tone(1, "Кинолента", "Группа", ""), 6);
        assertThat(suggested("новог")).isEmpty();
        assertThat(suggested("рожд")).isEmpty();
        assertThat(suggested("крещ")).containsExactly(5L);
        assertThat(suggested("кинол")).containsExactly(1L);
        assertThat(suggested("кино")).containsExactly(1L);
        assertThat(index.search(Tones.text("рождественская")).total()).isZero();
        assertThat(Tones.ids(index.search(Tones.text("крещенская")))).containsExactly(5L);

        index.remove(5, 7);
        index.upsert(tone(5, "Святочная", "Дед Мороз", ""), 8);
        index.remove(5, 9);
        assertThat(suggested("мороз")).isEmpty();
        assertThat(suggested("свят")).isEmpty();
        assertThat(index.search(Tones.text("мороз")).total()).isZero();
    }

    @Test
    void twoTonesWithTheSameTitleAreBothSuggested() {
        index.upsert(tone(6, "Кино", "Группа", ""), 2);
        assertThat(suggested("кино")).containsExactlyInAnyOrder(1L, 6L);
        index.remove(6, 3);
        assertThat(suggested("кино")).containsExactly(1L);
    }

    @Test
    void suggestionsSurviveReopening() {
        index.upsert(tone(7, "Сюрприз", "", ""), 2);
        index.remove(1, 3);
        index.close();
        index = Tones.index(root, 3, List.of());
        assertThat(index.wasRebuilt()).isFalse();
        assertThat(suggested("сюрп")).containsExactly(7L);
        assertThat(suggested("кино")).isEmpty();
    }

    @Test
    void emptyCatalogueSuggestsNothing() {
        index.close();
        index = Tones.index(root.resolve("empty"), 1, List.of());
        assertThat(index.suggest("кин", 10)).isEmpty();
        assertThat(index.search(Tones.text("кино")).total()).isZero();
        assertThat(index.search(Tones.text("")).facets()).containsEntry("theme", java.util.Map.of());
        LongStream.range(0, 1).forEach(i -> index.upsert(tone(1, "Кино", "", ""), 2));
        assertThat(suggested("кин")).containsExactly(1L);
    }
}
