package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.tone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query a text becomes walks only postings that exist: what no tone holds is left out, not searched for nothing;
 * where the matches are told as bit sets, they are exactly what the query finds.
 */
class ToneQueriesTest {
    @TempDir
    Path root;

    @Test
    void aMisspeltWordSearchesOnlyTheTermsItMayHaveMeantAndNoPrefixNothingBeginsWith() throws IOException {
        try (ToneIndex index = ToneIndex.open(root, 1, List.of(tone(1, "Весна", "Вивальди", "весна"),
                tone(2, "Summer rain", "Blue Sky Band", "лето"))::stream, 0);
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexFolders(root, ToneIndex.SCHEMA_VERSION).main))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = queries().forText("summer вечна", TypoExpansions.building(searcher)).query();

            Set<Term> terms = new HashSet<>();
            query.visit(QueryVisitor.termCollector(terms));
            assertThat(terms).isNotEmpty();
            for (Term t : terms) assertThat(reader.docFreq(t)).as("tones holding %s", t).isPositive();
            assertThat(terms).extracting(Term::text).doesNotContain("вечн", "vechna");
            assertThat(query.toString()).doesNotContain("*");
            assertThat(searcher.count(query)).isZero();

            Query typed = queries().forText("summer ra", TypoExpansions.building(searcher)).query();
            assertThat(typed.toString()).as("the last word is still being typed: its completions").contains("rain");
            assertThat(searcher.count(typed)).isEqualTo(1);
        }
    }

    @Test
    void theTonesHoldingATermOfEveryWordAreExactlyTheTonesTheQueryMatches() throws IOException {
        // some words written in the other script, some near each other, some sharing a beginning: a word's terms then
        // lie in different tones, and the bit sets must hold the tones of each
        String[] words = {"звезда", "ночь", "город", "любовь", "star", "night", "city", "love", "summer", "rain", "zvezda",
                "noch", "bell", "belt", "summit", "sumrak"};
        Tones.indexWithChanges(root, Tones.twoWordTitles(words, 3_000, 3), 7);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexFolders(root, ToneIndex.SCHEMA_VERSION).main))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TypoExpansions vocabulary = TypoExpansions.building(searcher);
            int told = 0;
            for (String text : List.of("звезда ночь", "звёзды города", "zvezda night", "star city", "любовь summer", "ночь любви",
                    "звезда нчоь", "star niht", "summer rain", "rain", "звезда ночь город", "kino night", "ночь ci", "night звезда",
                    "love belk", "belk love", "night sum", "rain сум", "city noch", "", "!!!")) {
                ToneQueries.TextQuery query = queries().forText(text, vocabulary);
                if (query.matches().isEmpty()) continue;
                told++;
                assertThat(documents(reader, query.matches().get())).as(text).isEqualTo(documents(searcher, query.query()));
            }
            assertThat(told).as("texts whose matches are told as bit sets").isGreaterThanOrEqualTo(19);

            assertThat(queries().forText("звезда ночь город любовь", vocabulary).matches())
                    .as("four words, of which three must match: no plain intersection").isEmpty();
            assertThat(queries().forText("the", vocabulary).matches())
                    .as("stop words alone: matched as they are, scored whole").isEmpty();
        }
    }

    private static Set<Integer> documents(IndexSearcher searcher, Query query) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (ScoreDoc d : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) docs.add(d.doc);
        return docs;
    }

    private static Set<Integer> documents(DirectoryReader reader, AllWords words) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FixedBitSet bits = words.documents(leaf);
            if (bits == null) continue;
            for (int doc = 0; doc < bits.length(); doc++) if (bits.get(doc)) docs.add(leaf.docBase + doc);
        }
        return docs;
    }

    private static ToneQueries queries() {
        ToneAnalyzers analyzers = new ToneAnalyzers();
        return new ToneQueries(analyzers, new ToneDocuments(analyzers, ToneDocuments.facetsConfig()));
    }
}
