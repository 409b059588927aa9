package vg.playback;

/** A tone the subscriber heard when calling another subscriber, the latest time for each tone. */
public record HeardView(String callee, long toneId, String title, String artist, String heardAt, long price, String previewUrl,
                        boolean available) {
}
