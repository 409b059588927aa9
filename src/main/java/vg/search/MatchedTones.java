package vg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The tones a search matches, told from bit sets without scoring any: each segment's matching tones narrowed to
 * the theme and kind asked for, how many they are, and the counts by theme and kind as a drill-sideways search
 * gives them (each dimension counted with the other's filter but not its own, so the page can offer the other
 * themes).
 *
 * @param bySegment each segment's tones that match the text and the filters, by leaf ordinal; null where none does
 * @param counts how many tones each segment's set holds
 */
record MatchedTones(FixedBitSet[] bySegment, int[] counts, long total, Map<String, Map<String, Long>> facets) {
    /** A filter that takes every value; one whose value is in no tone of the segment. */
    private static final int ANY = -2;
    private static final int ABSENT = -3;

    /** The matching tones as a filter, for the search of the page's best. */
    SegmentBits filter() {
        return new SegmentBits(bySegment, counts);
    }

    /** The tones {@code text} matches in {@code searcher}'s reader, in the theme and of the kind given (null: any). */
    static MatchedTones of(IndexSearcher searcher, AllWords text, FacetColumns columns, String themeId, String kind)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bySegment = new FixedBitSet[leaves.size()];
        int[] counts = new int[leaves.size()];
        Map<String, Long> themes = new HashMap<>();
        Map<String, Long> kinds = new HashMap<>();
        long total = 0;
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet matching = text.documents(leaf);
            if (matching == null) continue;
            FacetColumns.Segment segment = columns.of(leaf);
            counts[leaf.ord] = narrow(matching, segment, themeId, kind, themes, kinds);
            bySegment[leaf.ord] = matching;
            total += counts[leaf.ord];
        }
        return new MatchedTones(bySegment, counts, total, Map.of(ToneFields.THEME_DIM, largestFirst(themes), ToneFields.KIND_DIM, largestFirst(kinds)));
    }

    /**
     * Counts each matching tone by theme when it is of the kind asked for and by kind when it is in the theme asked
     * for, clears those not in both, and answers how many are left.
     */
    private static int narrow(FixedBitSet matching, FacetColumns.Segment segment, String themeId, String kind,
                              Map<String, Long> themes, Map<String, Long> kinds) {
        int theme = themeId == null ? ANY : orAbsent(FacetColumns.Segment.indexOf(segment.themes(), themeId));
        int wantedKind = kind == null ? ANY : orAbsent(FacetColumns.Segment.indexOf(segment.kinds(), kind));
        long[] byTheme = new long[segment.themes().length];
        long[] byKind = new long[segment.kinds().length];
        int left = 0;
        BitSetIterator docs = new BitSetIterator(matching, 0);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            int t = segment.theme(doc);
            int k = segment.kind(doc);
            boolean inTheme = theme == ANY || t == theme;
            boolean ofKind = wantedKind == ANY || k == wantedKind;
            if (ofKind && t != FacetColumns.NONE) byTheme[t]++;
            if (inTheme && k != FacetColumns.NONE) byKind[k]++;
            if (inTheme && ofKind) left++;
            else matching.clear(doc);
        }
        add(byTheme, segment.themes(), themes);
        add(byKind, segment.kinds(), kinds);
        return left;
    }

    private static int orAbsent(int index) {
        return index == FacetColumns.NONE ? ABSENT : index;
    }

    private static void add(long[] counts, String[] labels, Map<String, Long> into) {
        for (int i = 0; i < counts.length; i++) if (counts[i] > 0) into.merge(labels[i], counts[i], Long::sum);
    }

    /** Counts of one dimension, largest first, then by label; unmodifiable, as pages are shared through the cache. */
    static Map<String, Long> largestFirst(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> values = new ArrayList<>(counts.entrySet());
        values.sort((a, b) -> {
            int byCount = Long.compare(b.getValue(), a.getValue());
            return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
        });
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Long> v : values) ordered.put(v.getKey(), v.getValue());
        return Collections.unmodifiableMap(ordered);
    }
}
