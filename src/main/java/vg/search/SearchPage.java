package vg.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code facets} has the dimensions "theme" (theme id to count) and "kind" (kind code to count);
 * each dimension is counted as if its own filter were not set, so the other choices stay visible.
 */
public record SearchPage(long total, int page, int size, List<IndexedTone> items, Map<String, Map<String, Long>> facets) {
}
