package vg.search;

/**
 * What the search index knows of one published tone: enough to answer a catalogue page without the database.
 * {@code kind} is the contract's code (melody, status, joke); {@code weekPlays} the plays of the last seven days;
 * {@code publishedAt} is epoch milliseconds.
 */
public record IndexedTone(
        long id,
        String title,
        String artist,
        String tags,
        String themeId,
        String themeName,
        String kind,
        long priceKopecks,
        int durationSec,
        long popularity,
        long weekPlays,
        long publishedAt) {
}
