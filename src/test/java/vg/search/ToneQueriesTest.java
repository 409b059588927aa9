package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.tone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query a text becomes walks only postings that exist: what no tone holds is left out, not searched for nothing. */
class ToneQueriesTest {
    @TempDir
    Path root;

    @Test
    void aMisspeltWordSearchesOnlyTheTermsItMayHaveMeantAndNoPrefixNothingBeginsWith() throws IOException {
        try (ToneIndex index = ToneIndex.open(root, 1, List.of(tone(1, "Весна", "Вивальди", "весна"),
                tone(2, "Summer rain", "Blue Sky Band", "лето"))::stream, 0);
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexFolders(root, ToneIndex.SCHEMA_VERSION).main))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = queries().forText("summer вечна", TypoExpansions.building(searcher));

            Set<Term> terms = new HashSet<>();
            query.visit(QueryVisitor.termCollector(terms));
            assertThat(terms).isNotEmpty();
            for (Term t : terms) assertThat(reader.docFreq(t)).as("tones holding %s", t).isPositive();
            assertThat(terms).extracting(Term::text).doesNotContain("вечн", "vechna");
            assertThat(query.toString()).doesNotContain("*");
            assertThat(searcher.count(query)).isZero();

            Query typed = queries().forText("summer ra", TypoExpansions.building(searcher));
            assertThat(typed.toString()).as("the last word is still being typed").contains("ra*");
            assertThat(searcher.count(typed)).isEqualTo(1);
        }
    }

    private static ToneQueries queries() {
        ToneAnalyzers analyzers = new ToneAnalyzers();
        return new ToneQueries(analyzers, new ToneDocuments(analyzers, ToneDocuments.facetsConfig()));
    }
}
