package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.ids;
import static vg.search.Tones.text;
import static vg.search.Tones.tone;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a text finds, on one shared real index. */
class ToneIndexSearchTest {
    @TempDir
    static Path root;
    static ToneIndex index;

    @BeforeAll
    static void open() {
        index = Tones.index(root, 1, List.of(
                tone(1, "Звонок", "Народ", "утро"),
                tone(2, "Старые песни", "Хор", "ретро"),
                tone(3, "Ring of Fire", "Johnny Cash", "country"),
                tone(4, "Bell", "Choir", "christmas"),
                tone(5, "Кино", "Группа", "рок"),
                tone(6, "Kino", "Band", "indie"),
                tone(7, "Группа крови", "Цой", "рок"),
                tone(8, "Ода к радости", "Beethoven", "symphony"),
                tone(9, "Щелкунчик", "Чайковский", "балет"),
                tone(10, "Весна священная", "Стравинский", "балет"),
                tone(11, "Весна", "Вивальди", "времена года"),
                tone(12, "Лето", "Весна", "весна"),
                tone(13, "Утренний кофе", "Бариста", "весна в городе")));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<Long> found(String text) {
        return ids(index.search(text(text)));
    }

    @Test
    void russianWordFormsFindEachOther() {
        assertThat(found("звонки")).contains(1L);
        assertThat(found("звонка")).contains(1L);
        assertThat(found("песня")).contains(2L);
    }

    @Test
    void englishWordFormsFindEachOther() {
        assertThat(found("ringing")).contains(3L);
        assertThat(found("bells")).contains(4L);
    }

    @Test
    void latinFindsCyrillicAndCyrillicFindsLatin() {
        assertThat(found("kino")).contains(5L, 6L);
        assertThat(found("кино")).contains(5L, 6L);
        assertThat(found("tsoy")).contains(7L);
        assertThat(found("цой")).contains(7L);
    }

    @Test
    void typosStillFind() {
        assertThat(found("Bethoven")).containsExactly(8L);
        assertThat(found("Чайковскй")).containsExactly(9L);
        assertThat(found("Щелкунчек")).containsExactly(9L);
    }

    @Test
    void aMisspeltWordNextToACorrectOneStillFindsTheTone() {
        assertThat(found("Ода Bethoven")).containsExactly(8L);
        assertThat(found("группа кровм")).startsWith(7L);
    }

    @Test
    void aMisspeltCyrillicWordFindsItsTone() {
        assertThat(found("Стравинскй")).containsExactly(10L);
        assertThat(found("щелкунчк")).containsExactly(9L);
    }

    @Test
    void aMisspeltTransliteratedWordFindsTheCyrillicTone() {
        assertThat(found("chajkovskiy")).as("Чайковский is chaykovskiy in its Latin spelling").contains(9L);
        assertThat(found("shchelkunchek")).contains(9L);
    }

    @Test
    void aOneLetterTypoInAShortWordFindsIt() {
        assertThat(found("Киео")).contains(5L);
        assertThat(found("Bekl")).contains(4L);
    }

    @Test
    void aPrefixStillBeingTypedFinds() {
        assertThat(found("щелку")).containsExactly(9L);
        assertThat(found("группа кр")).startsWith(7L);
        assertThat(found("Beeth")).containsExactly(8L);
    }

    @Test
    void exactTitleComesFirst() {
        List<Long> ids = found("весна");
        assertThat(ids).startsWith(11L).contains(10L, 12L, 13L);
        assertThat(found("Весна!")).startsWith(11L);
        assertThat(found("vesna")).startsWith(11L);
    }

    @Test
    void wholeTitleBeatsTitleContainingTheWords() {
        assertThat(found("весна священная")).startsWith(10L);
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordOnlyInTheArtistOrTags() {
        // 12 has весна as artist and tag, 13 only as a tag: the titles containing it come first
        List<Long> ids = found("весна");
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder(11L, 10L);
        assertThat(ids.indexOf(12L)).isLessThan(ids.indexOf(13L));
    }

    @Test
    void everyWordOfAShortQueryMustMatch() {
        assertThat(found("группа крови")).containsExactly(7L);
    }

    @Test
    void unmatchedTextFindsNothing() {
        SearchPage page = index.search(text("абракадабра"));
        assertThat(page.total()).isZero();
        assertThat(page.items()).isEmpty();
    }

    @Test
    void lastWordIsCompletedAsAPrefix() {
        assertThat(found("щелку")).containsExactly(9L);
        assertThat(found("группа кр")).containsExactly(7L);
    }

    @Test
    void blankTextFindsEverything() {
        SearchPage page = index.search(text("   "));
        assertThat(page.total()).isEqualTo(13);
        assertThat(index.search(new SearchQuery(null, Optional.empty(), Optional.empty(), null, 1, 20)).total()).isEqualTo(13);
    }

    @Test
    void pageItemsCarryEveryStoredField() {
        IndexedTone original = tone(3, "Ring of Fire", "Johnny Cash", "country");
        assertThat(index.search(text("ring of fire")).items()).first().isEqualTo(original);
    }
}
