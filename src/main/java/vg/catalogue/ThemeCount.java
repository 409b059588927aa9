package vg.catalogue;

/** A theme as the catalogue lists it: with the number of published tones on it. */
public record ThemeCount(String id, String name, long count) {
}
