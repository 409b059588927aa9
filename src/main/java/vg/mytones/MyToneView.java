package vg.mytones;

/** One of the subscriber's tones; {@code available} is false once the catalogue has withdrawn it (it then plays no more). */
public record MyToneView(long id, String title, String artist, String theme, String kind, int durationSec, long price,
                         String previewUrl, String addedAt, boolean isDefault, boolean available) {
}
