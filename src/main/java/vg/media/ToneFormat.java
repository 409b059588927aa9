package vg.media;

/** The one definition of what every tone becomes: the numbers the network and the preview share. */
public final class ToneFormat {
    /** A ringback tone plays at most this long; longer sources are cut. */
    public static final long MAX_DURATION_MS = 45_000;
    public static final long FADE_IN_MS = 500;
    public static final long FADE_OUT_MS = 1_000;

    /**
     * Loudness target, EBU R128 style: integrated -16 LUFS (the usual level for speech/music on small
     * speakers and phones, louder than broadcast -23 so tones are not drowned by line noise),
     * true peak at most -1.5 dBTP, loudness range 11 LU.
     */
    public static final double TARGET_LUFS = -16.0;
    public static final double TARGET_TRUE_PEAK_DBTP = -1.5;
    public static final double TARGET_LOUDNESS_RANGE_LU = 11.0;

    public static final int NETWORK_SAMPLE_RATE = 8_000;
    public static final String NETWORK_CODEC = "pcm_alaw";
    public static final int PREVIEW_SAMPLE_RATE = 44_100;
    /** Mono, like the network file, so the preview sounds like what callers hear, only clearer. */
    public static final String PREVIEW_BITRATE = "96k";

    private ToneFormat() {}

    /** How long the network file of a source of that length will be. */
    public static long outputDurationMs(long sourceDurationMs) {
        return Math.min(sourceDurationMs, MAX_DURATION_MS);
    }
}
