package vg.search;

/**
 * What the searchers of one index keep of its segments, shared by all of them, since a segment outlives the
 * searchers that read it: each segment's near-term index and facet columns.
 */
record SegmentMemory(NearTermIndexes nearTerms, FacetColumns facetColumns) {
    static SegmentMemory create() {
        return new SegmentMemory(new NearTermIndexes(), new FacetColumns());
    }
}
