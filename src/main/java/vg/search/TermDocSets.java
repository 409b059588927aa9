package vg.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of a common term in one segment as a bit set, read from its postings once and kept while the
 * segment lives (a segment's postings never change; deleted documents are left to the search, which skips them).
 * Two common words then intersect as two bit sets, a word of the set per 64 documents, instead of by walking
 * thousands of postings one document at a time. Rare terms are read from their postings each time: that is cheap,
 * and a bit set the size of the segment would not be.
 */
final class TermDocSets {
    /** A term is common, and worth a bit set, when at least one document in this many holds it. */
    static final int COMMON_ONE_IN = 64;
    private static final long MAX_BYTES = 64L << 20;

    private record Key(IndexReader.CacheKey segment, String field, BytesRef term) {
    }

    private final Cache<Key, FixedBitSet> sets = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key k, FixedBitSet bits) -> 64 + bits.getBits().length * Long.BYTES)
            .build();
    private final Set<IndexReader.CacheKey> watched = ConcurrentHashMap.newKeySet();

    /** Sets in {@code into} the bit of each document of {@code segment} holding the term {@code walk} is on. */
    void addTo(LeafReaderContext segment, String field, TermsEnum walk, FixedBitSet into) throws IOException {
        int maxDoc = segment.reader().maxDoc();
        IndexReader.CacheHelper core = segment.reader().getCoreCacheHelper();
        if (core == null || (long) walk.docFreq() * COMMON_ONE_IN < maxDoc) {
            into.or(walk.postings(null, PostingsEnum.NONE));
            return;
        }
        Key key = new Key(core.getKey(), field, BytesRef.deepCopyOf(walk.term()));
        FixedBitSet known = sets.getIfPresent(key);
        if (known == null) {
            // read outside the cache's lock: two searches reading the same postings at once is harmless
            known = new FixedBitSet(maxDoc);
            known.or(walk.postings(null, PostingsEnum.NONE));
            watch(core);
            sets.put(key, known);
        }
        into.or(known);
    }

    private void watch(IndexReader.CacheHelper core) {
        if (!watched.add(core.getKey())) return;
        core.addClosedListener(closed -> {
            sets.asMap().keySet().removeIf(k -> k.segment() == closed);
            watched.remove(closed);
        });
    }

    /** How many bit sets are kept, for tests. */
    long kept() {
        sets.cleanUp();
        return sets.estimatedSize();
    }
}
