package vg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/** Answers one {@link SearchQuery} from one searcher: the page of tones, the exact total and the facet counts. */
final class CatalogueSearch {
    static final int MAX_PAGE_SIZE = 100;

    private final ToneQueries queries;
    private final FacetsConfig facetsConfig;

    CatalogueSearch(ToneQueries queries, FacetsConfig facetsConfig) {
        this.queries = queries;
        this.facetsConfig = facetsConfig;
    }

    SearchPage run(FacetedSearcher searcher, SearchQuery q) throws IOException {
        return searcher.pages.get(PageRequest.of(q), r -> answer(searcher, r));
    }

    private SearchPage answer(FacetedSearcher searcher, PageRequest r) throws IOException {
        int size = r.size();
        int page = r.page();
        SearchSort sort = r.sort();

        // the filters are drill-downs: FILTER clauses on the terms FacetsConfig indexes for each facet value,
        // which also lets DrillSideways count each dimension without its own filter
        DrillDownQuery query = new DrillDownQuery(facetsConfig, queries.forText(r.text(), searcher.vocabulary, searcher.docSets));
        if (r.themeId() != null) query.add(ToneFields.THEME_DIM, r.themeId());
        if (r.kind() != null) query.add(ToneFields.KIND_DIM, r.kind());

        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        int wanted = (int) Math.min((long) page * size, maxDoc);
        // an exact total: count every hit instead of stopping at the default threshold of 1000
        TopFieldCollectorManager hits = new TopFieldCollectorManager(ToneSorts.of(sort), wanted, null, Integer.MAX_VALUE);

        TopFieldDocs top;
        Map<String, Map<String, Long>> facets;
        if (searcher.facetState == null) {
            top = searcher.search(query, hits);
            facets = Map.of(ToneFields.THEME_DIM, Map.of(), ToneFields.KIND_DIM, Map.of());
        } else {
            DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result =
                    new DrillSideways(searcher, facetsConfig, searcher.facetState).search(query, hits);
            top = result.collectorResult;
            facets = Map.of(
                    ToneFields.THEME_DIM, counts(result.facets, searcher, ToneFields.THEME_DIM),
                    ToneFields.KIND_DIM, counts(result.facets, searcher, ToneFields.KIND_DIM));
        }
        return new SearchPage(top.totalHits.value, page, size, List.copyOf(pageItems(searcher, top.scoreDocs, page, size)), facets);
    }

    private static List<IndexedTone> pageItems(FacetedSearcher searcher, ScoreDoc[] docs, int page, int size) throws IOException {
        int from = (int) Math.min(docs.length, (long) (page - 1) * size);
        int to = (int) Math.min(docs.length, (long) from + size);
        int[] ids = new int[to - from];
        for (int i = from; i < to; i++) ids[i - from] = docs[i].doc;
        return StoredTones.load(searcher.getIndexReader(), ids);
    }

    /** Counts of one dimension, largest first; empty when no tone has a value in it. */
    private static Map<String, Long> counts(Facets facets, FacetedSearcher searcher, String dim) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (searcher.facetState.getOrdRange(dim) == null) return counts;
        FacetResult result = facets.getAllChildren(dim);
        if (result == null) return counts;
        List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
        values.sort((a, b) -> {
            int byCount = Long.compare(b.value.longValue(), a.value.longValue());
            return byCount != 0 ? byCount : a.label.compareTo(b.label);
        });
        for (LabelAndValue v : values) {
            if (v.value.longValue() > 0) counts.put(v.label, v.value.longValue());
        }
        // pages are shared through the cache: nobody may change one
        return Collections.unmodifiableMap(counts);
    }
}
