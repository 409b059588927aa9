package vg.media;

import java.util.function.IntConsumer;

/**
 * Turns ffmpeg's {@code -progress} lines into 0..99 percent of the expected output length, never going
 * back and reporting each value once; 100 is reported by {@link #finished()} only, once the files are
 * complete. Fed line by line; not thread-safe.
 */
final class TranscodeProgress {
    private static final String OUT_TIME = "out_time_us=";

    private final long expectedUs;
    private final IntConsumer percent;
    private int reported = -1;

    TranscodeProgress(long expectedDurationMs, IntConsumer percent) {
        this.expectedUs = Math.max(1, expectedDurationMs * 1000);
        this.percent = percent;
    }

    void started() {
        report(0);
    }

    void accept(String line) {
        if (!line.startsWith(OUT_TIME)) return;
        try {
            long doneUs = Long.parseLong(line.substring(OUT_TIME.length()).trim());
            report((int) Math.min(99, Math.max(0, doneUs * 100 / expectedUs)));
        } catch (NumberFormatException notANumberYet) {
            // ffmpeg prints N/A before the first frame
        }
    }

    void finished() {
        report(100);
    }

    private void report(int value) {
        if (value <= reported) return;
        reported = value;
        percent.accept(value);
    }
}
