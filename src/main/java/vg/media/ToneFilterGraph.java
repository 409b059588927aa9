package vg.media;

import java.util.Locale;

/**
 * The ffmpeg filter graph that makes both outputs from one decode of the source.
 *
 * <pre>
 * [0:a:0] ebur128@source            measure the source as uploaded (before downmix)
 *       → aformat mono               downmix first: loudness is then set on what callers hear
 *       → loudnorm I/TP/LRA          single-pass (dynamic) EBU R128 normalisation
 *       → afade in 0.5 s, afade out 1 s ending at the cut
 *       → asplit
 *           → aresample 8000 → ebur128@output → [network]   (measured as written)
 *           → aresample 44100 → [preview]
 * </pre>
 *
 * The 45 s cut is the input option {@code -t}, so ffmpeg stops reading the source there instead of
 * decoding the rest. Fades come after loudnorm, or its gain would partly undo them.
 */
final class ToneFilterGraph {
    static final String SOURCE_METER = "source";
    static final String OUTPUT_METER = "output";
    static final String NETWORK_LABEL = "[network]";
    static final String PREVIEW_LABEL = "[preview]";

    private ToneFilterGraph() {}

    static String forOutputDuration(long outputDurationMs) {
        double fadeOutStart = Math.max(0, outputDurationMs - ToneFormat.FADE_OUT_MS) / 1000.0;
        return String.format(Locale.ROOT,
                "[0:a:0]ebur128@%s=framelog=verbose,"
                        + "aformat=channel_layouts=mono,"
                        + "loudnorm=I=%.1f:TP=%.1f:LRA=%.1f,"
                        + "afade=t=in:st=0:d=%.3f,"
                        + "afade=t=out:st=%.3f:d=%.3f,"
                        + "asplit=2[n][p];"
                        + "[n]aresample=%d,ebur128@%s=framelog=verbose%s;"
                        + "[p]aresample=%d%s",
                SOURCE_METER,
                ToneFormat.TARGET_LUFS, ToneFormat.TARGET_TRUE_PEAK_DBTP, ToneFormat.TARGET_LOUDNESS_RANGE_LU,
                ToneFormat.FADE_IN_MS / 1000.0,
                fadeOutStart, ToneFormat.FADE_OUT_MS / 1000.0,
                ToneFormat.NETWORK_SAMPLE_RATE, OUTPUT_METER, NETWORK_LABEL,
                ToneFormat.PREVIEW_SAMPLE_RATE, PREVIEW_LABEL);
    }
}
