package vg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Each document's theme and kind in one segment, as numbers into the segment's labels of each dimension: read from
 * the facet doc values once and kept while the segment lives (a segment's doc values never change), so that
 * counting a search's tones by theme and kind is one array read a tone instead of a doc-values walk.
 */
final class FacetColumns {
    /** No value in a dimension. */
    static final int NONE = -1;

    /**
     * One segment's labels of each dimension, and each document's two label numbers packed together: in a short
     * (a byte each) while both dimensions have under 255 labels, as a catalogue's themes and kinds do, else in an
     * int. A tone costs one memory read however many dimensions it is counted in, and the column of a
     * 100,000-tone segment (200 kB) stays in the processor's cache between searches.
     */
    record Segment(String[] themes, String[] kinds, short[] narrow, int[] wide) {
        int theme(int doc) {
            int t = narrow != null ? narrow[doc] & 0xFF : wide[doc] & 0xFFFF;
            return t == (narrow != null ? 0xFF : 0xFFFF) ? NONE : t;
        }

        int kind(int doc) {
            int k = narrow != null ? (narrow[doc] >> 8) & 0xFF : wide[doc] >>> 16;
            return k == (narrow != null ? 0xFF : 0xFFFF) ? NONE : k;
        }

        /** The number of {@code label} in {@code labels}, or {@link #NONE} when no document here has it. */
        static int indexOf(String[] labels, String label) {
            for (int i = 0; i < labels.length; i++) if (labels[i].equals(label)) return i;
            return NONE;
        }
    }

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** The columns of {@code segment}, read once a segment core. */
    Segment of(LeafReaderContext segment) throws IOException {
        IndexReader.CacheHelper core = segment.reader().getCoreCacheHelper();
        if (core == null) return read(segment);
        Segment known = segments.get(core.getKey());
        if (known != null) return known;
        // read outside the map's lock: two searches reading one new segment at once is harmless
        Segment read = read(segment);
        if (segments.putIfAbsent(core.getKey(), read) == null) core.addClosedListener(segments::remove);
        return read;
    }

    private static Segment read(LeafReaderContext segment) throws IOException {
        int maxDoc = segment.reader().maxDoc();
        SortedSetDocValues values = DocValues.getSortedSet(segment.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        // each ordinal's dimension and label number within it
        int ordinals = (int) values.getValueCount();
        boolean[] isTheme = new boolean[ordinals];
        int[] labelOf = new int[ordinals];
        List<String> themes = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int ord = 0; ord < ordinals; ord++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            List<String> labels = path[0].equals(ToneFields.THEME_DIM) ? themes : path[0].equals(ToneFields.KIND_DIM) ? kinds : null;
            if (labels == null) {
                labelOf[ord] = -1;
                continue;
            }
            isTheme[ord] = labels == themes;
            labelOf[ord] = labels.size();
            labels.add(path[1]);
        }
        int labels = Math.max(themes.size(), kinds.size());
        if (labels >= 0xFFFF) throw new IllegalStateException("more than 65,534 themes or kinds");
        boolean small = labels < 0xFF;
        int bits = small ? 8 : 16;
        int none = small ? 0xFF : 0xFFFF;
        int[] valuesOf = new int[maxDoc];
        Arrays.fill(valuesOf, none | none << bits);
        for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
            for (int i = 0; i < values.docValueCount(); i++) {
                int ord = (int) values.nextOrd();
                if (labelOf[ord] < 0) continue;
                valuesOf[doc] = isTheme[ord] ? (valuesOf[doc] & ~none) | labelOf[ord] : (valuesOf[doc] & none) | labelOf[ord] << bits;
            }
        }
        short[] narrow = null;
        if (small) {
            narrow = new short[maxDoc];
            for (int doc = 0; doc < maxDoc; doc++) narrow[doc] = (short) valuesOf[doc];
        }
        return new Segment(themes.toArray(String[]::new), kinds.toArray(String[]::new), narrow, small ? null : valuesOf);
    }
}
