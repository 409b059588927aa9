package vg.catalogue;

import vg.search.IndexedTone;

/** A tone as the public catalogue shows it. {@code price} is in kopecks, {@code theme} the theme's id. */
public record ToneView(long id, String title, String artist, String theme, String themeName, String kind,
                       int durationSec, long price, String previewUrl) {

    public static ToneView of(IndexedTone t) {
        return new ToneView(t.id(), t.title(), t.artist(), t.themeId(), t.themeName(), t.kind(), t.durationSec(),
                t.priceKopecks(), previewUrl(t.id()));
    }

    public static String previewUrl(long id) {
        return "/api/tones/" + id + "/preview.mp3";
    }
}
