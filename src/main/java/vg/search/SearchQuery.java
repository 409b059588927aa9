package vg.search;

import java.util.Optional;

/** One catalogue page request: free text (may be blank), optional theme and kind filters, order and paging (page from 1). */
public record SearchQuery(String text, Optional<String> themeId, Optional<String> kind, SearchSort sort, int page, int size) {
}
