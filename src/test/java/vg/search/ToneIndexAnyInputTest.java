package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.text;
import static vg.search.Tones.tone;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any text is a valid query and a valid suggestion prefix. */
class ToneIndexAnyInputTest {
    @TempDir
    static Path root;
    static ToneIndex index;

    @BeforeAll
    static void open() {
        index = Tones.index(root, 1, List.of(
                tone(1, "Звонок", "Народ", "утро"),
                tone(2, "C++ & Java: (best) [hits]", "Dev!", "a+b"),
                tone(3, "Beethoven", "Ludwig", "classic")));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<String> junk() {
        Random random = new Random(42);
        StringBuilder tenKb = new StringBuilder();
        while (tenKb.length() < 10_240) tenKb.append((char) random.nextInt(0x3000));
        StringBuilder tenKbWords = new StringBuilder();
        while (tenKbWords.length() < 10_240) tenKbWords.append("beethovenish звоночки ");
        Stream<String> syntax = "+-&|!(){}[]^\"~*?:\\/".chars().mapToObj(c -> String.valueOf((char) c));
        return Stream.concat(syntax, Stream.of(
                "+-&|!(){}[]^\"~*?:\\/", "&&", "||", "AND OR NOT", "title:", "a~", "*", "?", "\"unclosed", "[a TO",
                "", " ", "\t\n", "😀", "🎵 звонок 🎵", "\uD83D", "\u0000\u001F", "ь", "ы".repeat(300),
                "a b c d e f g h i j k l m n o p q r s t u v w x y z", tenKb.toString(), tenKbWords.toString()));
    }

    @ParameterizedTest
    @MethodSource("junk")
    void anyTextReturnsAPage(String junk) {
        for (SearchSort sort : SearchSort.values()) {
            SearchPage page = index.search(new SearchQuery(junk, Optional.of(junk), Optional.of(junk), sort, 1, 10));
            assertThat(page.items()).isNotNull();
        }
        assertThat(index.search(text(junk)).facets()).containsKeys("theme", "kind");
    }

    @ParameterizedTest
    @MethodSource("junk")
    void anyPrefixReturnsSuggestions(String junk) {
        assertThat(index.suggest(junk, 10)).isNotNull();
    }

    @Test
    void syntaxCharactersAreJustText() {
        assertThat(Tones.ids(index.search(text("C++ & Java: (best) [hits]")))).startsWith(2L);
    }

    @Test
    void wordlessTextFindsAllAndSuggestsNothing() {
        assertThat(index.search(text("+-&|!(){}[]^\"~*?:\\/")).total()).isEqualTo(3);
        assertThat(index.suggest("?!*", 10)).isEmpty();
        assertThat(index.suggest("", 10)).isEmpty();
        assertThat(index.suggest(null, 10)).isEmpty();
    }

    @Test
    void nullTextIsBlank() {
        assertThat(index.search(text(null)).total()).isEqualTo(3);
    }
}
