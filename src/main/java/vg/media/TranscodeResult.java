package vg.media;

/**
 * @param durationMs         length of the network file
 * @param sourceLoudnessLufs integrated loudness of the part of the source that was used (the first
 *                           {@link ToneFormat#MAX_DURATION_MS} ms), before any processing
 * @param loudnessLufs       integrated loudness of the network file as written (8 kHz mono)
 * @param audioHash          SHA-256 of the network file, in hex: the same decoded audio gives the same file
 */
public record TranscodeResult(long durationMs, double sourceLoudnessLufs, double loudnessLufs, String audioHash) {}
