package vg.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The whole ffmpeg command line of one transcode: one input, one filter graph, two outputs. */
final class TranscodeArguments {
    private TranscodeArguments() {}

    static List<String> of(Path source, long outputDurationMs, Path networkWav, Path previewMp3) {
        return List.of(
                "-nostdin", "-nostats", "-loglevel", "info", "-progress", "pipe:2",
                "-t", String.format(Locale.ROOT, "%.3f", ToneFormat.MAX_DURATION_MS / 1000.0),
                "-i", source.toAbsolutePath().toString(),
                "-filter_complex", ToneFilterGraph.forOutputDuration(outputDurationMs),
                "-map", ToneFilterGraph.NETWORK_LABEL,
                "-c:a", ToneFormat.NETWORK_CODEC, "-ar", Integer.toString(ToneFormat.NETWORK_SAMPLE_RATE), "-ac", "1",
                "-map_metadata", "-1", "-bitexact", "-f", "wav", "-y", networkWav.toAbsolutePath().toString(),
                "-map", ToneFilterGraph.PREVIEW_LABEL,
                "-c:a", "libmp3lame", "-b:a", ToneFormat.PREVIEW_BITRATE,
                "-ar", Integer.toString(ToneFormat.PREVIEW_SAMPLE_RATE), "-ac", "1",
                "-map_metadata", "-1", "-f", "mp3", "-y", previewMp3.toAbsolutePath().toString());
    }
}
