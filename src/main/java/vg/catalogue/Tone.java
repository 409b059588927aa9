package vg.catalogue;

import java.util.Optional;
import vg.common.Money;
import vg.common.ToneId;

/**
 * One row of the catalogue, in whatever state it is; times are epoch milliseconds. {@code duplicateOf} is the first
 * earlier tone with the same audio.
 */
public record Tone(
        ToneId id,
        ToneDetails details,
        ToneStatus status,
        Optional<String> error,
        Optional<SourceAudio> source,
        Optional<Long> durationMs,
        Optional<Double> loudness,
        long ownerCount,
        long playCount,
        long createdAt,
        Optional<Long> publishedAt,
        long updatedAt,
        Optional<ToneId> duplicateOf) {

    /** What was probed of the uploaded file. */
    public record SourceAudio(String name, String format, String codec, long durationMs, Double loudness) {
    }

    public String title() {
        return details.title();
    }

    public String artist() {
        return details.artist();
    }

    public Money price() {
        return details.price();
    }

    public long popularity() {
        return ownerCount + playCount;
    }

    public int durationSec() {
        return durationMs.map(ms -> (int) Math.round(ms / 1000.0)).orElse(0);
    }
}
