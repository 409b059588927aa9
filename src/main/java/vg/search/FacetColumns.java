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
 * Each document's theme and kind in one segment, as a number into the segment's labels of that dimension: read
 * from the facet doc values once and kept while the segment lives (a segment's doc values never change), so that
 * counting a search's tones by theme and kind is an array lookup a tone instead of a doc-values walk.
 */
final class FacetColumns {
    /** A dimension's values in one segment: its labels, and each document's label number or -1 for none. */
    record Column(String[] labels, int[] valueOf) {
        /** The number of {@code label} in this segment, or -1 when no document here has it. */
        int indexOf(String label) {
            for (int i = 0; i < labels.length; i++) if (labels[i].equals(label)) return i;
            return -1;
        }
    }

    /** The theme and kind columns of one segment. */
    record Segment(Column themes, Column kinds) {
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
        int[] themeOf = new int[maxDoc];
        int[] kindOf = new int[maxDoc];
        Arrays.fill(themeOf, -1);
        Arrays.fill(kindOf, -1);
        for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
            for (int i = 0; i < values.docValueCount(); i++) {
                int ord = (int) values.nextOrd();
                if (labelOf[ord] < 0) continue;
                if (isTheme[ord]) themeOf[doc] = labelOf[ord];
                else kindOf[doc] = labelOf[ord];
            }
        }
        return new Segment(new Column(themes.toArray(String[]::new), themeOf), new Column(kinds.toArray(String[]::new), kindOf));
    }
}
