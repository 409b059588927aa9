package vg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/** Reads the tones of given documents from their {@link ToneRecord records}. */
final class StoredTones {
    private StoredTones() {
    }

    /** The tones of {@code docs} (top-level doc ids), in the order given. */
    static List<IndexedTone> load(IndexReader reader, int[] docs) throws IOException {
        // doc values iterate forwards only: read in doc id order (each doc with its place in the low half), then put
        // back in the order asked for
        long[] byDoc = new long[docs.length];
        for (int i = 0; i < docs.length; i++) byDoc[i] = (long) docs[i] << 32 | i;
        Arrays.sort(byDoc);

        IndexedTone[] tones = new IndexedTone[docs.length];
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        BinaryDocValues records = null;
        for (long docAndPlace : byDoc) {
            int i = (int) docAndPlace;
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            LeafReaderContext context = leaves.get(leaf);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                records = context.reader().getBinaryDocValues(ToneFields.RECORD);
            }
            int doc = docs[i] - context.docBase;
            if (records == null || !records.advanceExact(doc)) {
                throw new IllegalStateException("document " + docs[i] + " has no tone record");
            }
            tones[i] = ToneRecord.decode(records.binaryValue());
        }
        return new ArrayList<>(Arrays.asList(tones));
    }
}
