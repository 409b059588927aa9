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

    /** {@code count} tones titled with two of {@code words} and tagged with a third, drawn from {@code seed}. */
    static List<IndexedTone> twoWordTitles(String[] words, int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<IndexedTone> tones = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
            tones.add(tone(i, title, i % 2 == 0 ? "Кино" : "Night Riders", words[random.nextInt(words.length)]));
        }
        return tones;
    }

    /**
     * Indexes {@code tones} under {@code root}, then removes every {@code removeEvery}-th from the first on (deleted
     * documents that the segment's postings and bit sets still hold) and adds one more, in a segment of its own.
     */
    static void indexWithChanges(Path root, List<IndexedTone> tones, int removeEvery) {
        try (ToneIndex index = ToneIndex.open(root, 1, tones::stream, 0)) {
            for (int i = 1; i <= tones.size(); i += removeEvery) index.remove(i);
            index.upsert(tone(tones.size() + 2_000, "звезда ночь", "Кино", "город"));
            index.search(text("x")); // publishes the changes to a new searcher
        }
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
