package vg.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Weight;

/**
 * A searcher with the facet state of its own reader. The state maps facet labels to global ordinals across
 * segments and is costly to build, so it is built once per reader, when the searcher manager opens the reader,
 * instead of once per search. For the same reason each searcher has its own cache of answered pages and of
 * typo expansions.
 */
final class FacetedSearcher extends IndexSearcher {
    /** Null while no document has a facet value (an empty catalogue): there is nothing to count then. */
    final SortedSetDocValuesReaderState facetState;
    /** Pages answered from this reader; they stay right for as long as the reader is used. */
    final PageCache pages;
    /** The words this reader holds and the typo expansions made against it. */
    final TypoExpansions vocabulary;
    /** What the searchers of this index keep of its segments. */
    final SegmentMemory segments;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState, PageCache pages,
                            SegmentMemory segments) throws IOException {
        super(reader);
        this.segments = segments;
        this.facetState = facetState;
        this.pages = pages;
        this.vocabulary = new TypoExpansions(this, segments.nearTerms().of(reader));
    }

    /**
     * Makes searchers that remember up to {@code cachedPages} answered pages each and share what they keep of the
     * segments in {@code segments}.
     */
    static SearcherFactory factory(FacetsConfig config, int cachedPages, SegmentMemory segments) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetedSearcher(reader, facetState(reader, config), new PageCache(cachedPages), segments);
            }
        };
    }

    /** Collects the documents of one segment that {@code weight} matches, as a search does. */
    void searchSegment(LeafReaderContext segment, Weight weight, Collector collector) throws IOException {
        searchLeaf(segment, weight, collector);
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig config) throws IOException {
        boolean anyFacet = MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        return anyFacet ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }
}
