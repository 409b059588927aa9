package vg.search;

/** One completion offered while the user types. */
public record Suggestion(long id, String title, String artist) {
}
