package vg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Each segment's {@link NearTermIndex}, built when a reader first shows the segment and dropped when the segment
 * closes: a new reader after a change builds only its new segments' indexes, which hold a few terms.
 */
final class NearTermIndexes {
    private final Map<IndexReader.CacheKey, NearTermIndex> bySegment = new ConcurrentHashMap<>();

    /** The indexes of {@code reader}'s segments, in the order of its leaves. */
    List<NearTermIndex> of(IndexReader reader) throws IOException {
        List<NearTermIndex> indexes = new ArrayList<>(reader.leaves().size());
        for (LeafReaderContext leaf : reader.leaves()) indexes.add(of(leaf.reader()));
        return indexes;
    }

    /** The indexes of {@code reader}'s segments, built afresh and remembered nowhere. */
    static List<NearTermIndex> build(IndexReader reader) throws IOException {
        List<NearTermIndex> indexes = new ArrayList<>(reader.leaves().size());
        for (LeafReaderContext leaf : reader.leaves()) indexes.add(NearTermIndex.of(leaf.reader().terms(ToneFields.MATCH)));
        return indexes;
    }

    private NearTermIndex of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) return NearTermIndex.of(segment.terms(ToneFields.MATCH));
        NearTermIndex known = bySegment.get(core.getKey());
        if (known != null) return known;
        NearTermIndex made = NearTermIndex.of(segment.terms(ToneFields.MATCH));
        bySegment.put(core.getKey(), made);
        core.addClosedListener(bySegment::remove);
        return made;
    }
}
