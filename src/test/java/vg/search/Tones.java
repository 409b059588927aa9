package vg.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test tones and queries. */
final class Tones {
    private Tones() {
    }

    static IndexedTone tone(long id, String title, String artist, String tags) {
        return new IndexedTone(id, title, artist, tags, "classic", "Классика", "melody", 1000, 30, 0, 0, 0);
    }

    static IndexedTone tone(long id, String title, String artist, String tags, String themeId, String kind,
                            long price, long popularity, long publishedAt) {
        return new IndexedTone(id, title, artist, tags, themeId, "Theme " + themeId, kind, price, 30, popularity, 0, publishedAt);
    }

    static ToneIndex index(Path root, long generation, List<IndexedTone> tones) {
        return ToneIndex.open(root, generation, tones::stream);
    }

    static SearchQuery text(String text) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), SearchSort.RELEVANCE, 1, 100);
    }

    static SearchQuery sorted(SearchSort sort, int page, int size) {
        return new SearchQuery("", Optional.empty(), Optional.empty(), sort, page, size);
    }

    static List<Long> ids(SearchPage page) {
        return page.items().stream().map(IndexedTone::id).toList();
    }
}
