package vg.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
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
        ToneQueries.TextQuery text = queries.forText(r.text(), searcher.vocabulary);
        return text.matches().isPresent() ? fromBitSets(searcher, r, text) : scoredWhole(searcher, r, text.query());
    }

    /**
     * A text whose matches are known as bit sets: the total and facets are counted from them, and only the page's
     * best tones are searched for, among the matches.
     */
    SearchPage fromBitSets(FacetedSearcher searcher, PageRequest r, ToneQueries.TextQuery text) throws IOException {
        MatchedTones matched = MatchedTones.of(searcher, text.matches().get(), searcher.segments.facetColumns(), r.themeId(), r.kind());
        int wanted = (int) Math.min((long) r.page() * r.size(), matched.total());
        ScoreDoc[] top = new ScoreDoc[0];
        if (wanted > 0 && r.sort() == SearchSort.RELEVANCE && text.isSumOfRememberedWords()) {
            top = TopByRelevance.ofSums(searcher, text.summed(), matched, wanted);
        } else if (wanted > 0) {
            Query query = new BooleanQuery.Builder()
                    .add(text.query(), Occur.MUST)
                    .add(matched.filter(), Occur.FILTER)
                    .build();
            top = r.sort() == SearchSort.RELEVANCE
                    ? TopByRelevance.of(searcher, query, wanted)
                    // the total is known: the collector may stop counting once it has the page
                    : searcher.search(query, new TopFieldCollectorManager(ToneSorts.of(r.sort()), wanted, null, wanted)).scoreDocs;
        }
        return new SearchPage(matched.total(), r.page(), r.size(), List.copyOf(pageItems(searcher, top, r.page(), r.size())),
                matched.facets());
    }

    /** Any other text: every match is scored and collected, and the facets counted by a drill-sideways search. */
    SearchPage scoredWhole(FacetedSearcher searcher, PageRequest r, Query text) throws IOException {
        int size = r.size();
        int page = r.page();
        SearchSort sort = r.sort();

        // the filters are drill-downs: FILTER clauses on the terms FacetsConfig indexes for each facet value,
        // which also lets DrillSideways count each dimension without its own filter
        DrillDownQuery query = new DrillDownQuery(facetsConfig, text);
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
        Map<String, Long> counts = new HashMap<>();
        if (searcher.facetState.getOrdRange(dim) == null) return MatchedTones.largestFirst(counts);
        FacetResult result = facets.getAllChildren(dim);
        if (result != null) {
            for (LabelAndValue v : result.labelValues) if (v.value.longValue() > 0) counts.put(v.label, v.value.longValue());
        }
        return MatchedTones.largestFirst(counts);
    }
}
