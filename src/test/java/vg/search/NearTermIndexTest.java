package vg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A segment's near-term index offers every term a typo of a word may have meant, whatever the kind of typo. */
class NearTermIndexTest {
    private static final String TERMS = "beethoven bell belt звезда zvezda mozart морской море rachmaninov чайковский";

    @Test
    void eachKindOfOneLetterTypoOffersTheWord() throws IOException {
        NearTermIndex index = indexOf(TERMS);
        assertThat(candidates(index, "mosart", 1)).as("a changed letter").contains("mozart");
        assertThat(candidates(index, "mozrt", 1)).as("a missing letter").contains("mozart");
        assertThat(candidates(index, "mozzart", 1)).as("an extra letter").contains("mozart");
        assertThat(candidates(index, "mzoart", 1)).as("two letters swapped").contains("mozart");
        assertThat(candidates(index, "звзеда", 1)).as("Cyrillic, two letters swapped").contains("звезда");
        assertThat(candidates(index, "bel", 1)).as("a short word").contains("bell", "belt");
    }

    @Test
    void aLongWordIsOfferedForTwoTypos() throws IOException {
        NearTermIndex index = indexOf(TERMS);
        assertThat(candidates(index, "bethovan", 2)).as("a missing and a changed letter").contains("beethoven");
        assertThat(candidates(index, "rakhmaninof", 2)).as("an extra and a changed letter").contains("rachmaninov");
        assertThat(candidates(index, "чайкофскей", 2)).as("two changed letters").contains("чайковский");
        assertThat(candidates(index, "rakhmaninof", 1)).as("one deletion a side does not reach two edits").doesNotContain("rachmaninov");
    }

    @Test
    void aWordWithAnotherFirstLetterIsNotOffered() throws IOException {
        NearTermIndex index = indexOf(TERMS);
        assertThat(candidates(index, "nozart", 1)).doesNotContain("mozart");
        assertThat(candidates(index, "qqqqqq", 2)).isEmpty();
    }

    @Test
    void aSegmentWithoutTheMatchFieldOffersNothing() throws IOException {
        assertThat(candidates(NearTermIndex.of(null), "mozart", 2)).isEmpty();
    }

    private static Set<String> candidates(NearTermIndex index, String word, int maxEdits) {
        Set<String> found = new HashSet<>();
        index.candidates(word.codePoints().toArray(), maxEdits, found::add);
        return found;
    }

    /** The near-term index of one segment holding {@code terms}; it keeps the terms, so the segment may close. */
    private static NearTermIndex indexOf(String terms) throws IOException {
        try (Directory dir = segment(terms); DirectoryReader reader = DirectoryReader.open(dir)) {
            return NearTermIndex.of(reader.leaves().get(0).reader().terms(ToneFields.MATCH));
        }
    }

    private static Directory segment(String terms) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField(ToneFields.MATCH, terms, Field.Store.NO));
            writer.addDocument(doc);
        }
        return dir;
    }
}
