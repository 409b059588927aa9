package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.ids;
import static vg.search.Tones.text;
import static vg.search.Tones.tone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typo expands into the terms and scores Lucene's FuzzyQuery gives; expansions are remembered per searcher: a
 * repeated typo finds the same tones, and never outlives a change.
 */
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
    void aTypoFindsTheTermsAndScoresThatLuceneFuzzyQueryFinds() throws IOException {
        List<String> words = List.of("beethoven", "bethany", "mozart", "moscow", "rachmaninov", "rain", "rainbow", "звезда",
                "звездный", "звон", "чайковский", "чайка", "весна", "весенний", "вечер", "summer", "sunny", "зима");
        List<IndexedTone> tones = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) tones.add(tone(i + 1, words.get(i) + " " + words.get((i * 7 + 3) % words.size()), "Артист", "тег"));
        try (ToneIndex index = ToneIndex.open(root, 1, tones::stream, 0);
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexFolders(root, ToneIndex.SCHEMA_VERSION).main))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TypoExpansions expansions = TypoExpansions.building(searcher);
            Random random = new Random(7);
            int compared = 0;
            for (String word : words) {
                for (int n = 0; n < 12; n++) {
                    String typo = typo(word, random);
                    int maxEdits = TypoExpansions.maxEdits(typo.codePointCount(0, typo.length()));
                    if (maxEdits == 0) continue;
                    Query lucene = searcher.rewrite(new FuzzyQuery(new Term(ToneFields.MATCH, typo), maxEdits, 1, TypoExpansions.MAX_EXPANSIONS, true));
                    Optional<Query> ours = expansions.near(typo).map(TypoExpansions.Expansion::query);
                    if (lucene instanceof MatchNoDocsQuery) {
                        assertThat(ours).as(typo).isEmpty();
                        continue;
                    }
                    assertThat(ours).as(typo).isPresent();
                    assertThat(ours.get().toString()).as(typo).isEqualTo(lucene.toString());
                    assertThat(scores(searcher, ours.get())).as(typo).isEqualTo(scores(searcher, lucene));
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(100);
        }
    }

    private static String typo(String word, Random random) {
        StringBuilder w = new StringBuilder(word);
        int edits = word.length() >= 8 ? 1 + random.nextInt(2) : 1;
        for (int e = 0; e < edits; e++) {
            int at = 1 + random.nextInt(w.length() - 1);
            char letter = (char) (word.charAt(0) >= 'а' ? 'а' + random.nextInt(32) : 'a' + random.nextInt(26));
            switch (random.nextInt(4)) {
                case 0 -> w.setCharAt(at, letter);
                case 1 -> w.insert(at, letter);
                case 2 -> { if (w.length() > 4) w.deleteCharAt(at); }
                default -> { if (at + 1 < w.length()) { char c = w.charAt(at); w.setCharAt(at, w.charAt(at + 1)); w.setCharAt(at + 1, c); } }
            }
        }
        return w.toString();
    }

    private static List<String> scores(IndexSearcher searcher, Query query) throws IOException {
        List<String> scores = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, 100).scoreDocs) scores.add(d.doc + ":" + d.score);
        return scores;
    }

    @Test
    void maxEditsGrowWithTheWord() {
        assertThat(TypoExpansions.maxEdits(3)).isZero();
        assertThat(TypoExpansions.maxEdits(4)).isEqualTo(1);
        assertThat(TypoExpansions.maxEdits(7)).isEqualTo(1);
        assertThat(TypoExpansions.maxEdits(8)).isEqualTo(2);
    }
}
