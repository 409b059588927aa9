package vg.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides whether an upload is audio we take, and what it is.
 *
 * <p>One ffmpeg run reads the header and decodes only the last second ({@code -sseof -1}): a file
 * cut short (its header promises more than the bytes hold) or damaged at the end decodes nothing
 * there. jave's {@code MultimediaObject.getInfo()} only reads the header, so it cannot tell.
 *
 * <p>A file with a video stream (a music video, an MP3 with cover art) is accepted when its container
 * and audio codec are supported; only the first audio stream is used. The run is bounded by
 * {@link Ffmpeg.RunLimits#probe()}. Thread-safe.
 */
public final class AudioProbe {
    private static final long TAIL_MS = 1_000;
    private static final long ENOUGH_TAIL_MS = TAIL_MS / 2;

    private final FfmpegRunner ffmpeg;

    public AudioProbe(Ffmpeg ffmpeg) {
        this.ffmpeg = new FfmpegRunner(ffmpeg);
    }

    public SourceInfo probe(Path file) throws MediaRejected {
        // only an upload is a regular file; a pipe, say, has no size to check before it is read
        if (Files.isRegularFile(file) && size(file) == 0) throw MediaRejected.undecodable("The file is empty.");
        ProbeReport report = new ProbeReport();
        FfmpegRunner.Outcome outcome = run(file, report);
        if (outcome.overran()) throw MediaRejected.undecodable("Reading the file took longer than "
                + outcome.limit().toSeconds() + " s and was stopped: it is damaged or built to stall a decoder.");
        int exit = outcome.exitCode();

        String demuxer = report.format().orElseThrow(() -> MediaRejected.unsupported(
                "This is not an audio file we recognise; upload " + SupportedFormats.describe() + "."));
        ProbeReport.AudioStream audio = report.audio().orElseThrow(() -> MediaRejected.unsupported(
                "The file has no sound" + (report.hasVideo() ? " (it is a picture or a silent video)" : "")
                        + "; upload " + SupportedFormats.describe() + "."));
        String format = SupportedFormats.shortName(demuxer, audio.codec()).orElseThrow(() -> MediaRejected.unsupported(
                "Audio in " + audio.codec() + " (" + demuxer + ") is not supported; upload "
                        + SupportedFormats.describe() + "."));

        long durationMs = report.durationMs().orElse(0L);
        if (durationMs <= 0) throw MediaRejected.undecodable("The audio has no length.");
        if (audio.sampleRate() <= 0 || audio.channels() <= 0) {
            throw MediaRejected.undecodable("The audio stream has no usable sample rate or channel layout.");
        }
        if (exit != 0 || report.decodedTailMs() < Math.min(ENOUGH_TAIL_MS, durationMs / 2)) {
            throw MediaRejected.undecodable("The audio cannot be played to its end: the file is truncated or damaged"
                    + report.lastMessage().map(m -> " (" + m.trim() + ")").orElse("") + ".");
        }
        return new SourceInfo(format, audio.codec(), durationMs, audio.channels(), audio.sampleRate());
    }

    private FfmpegRunner.Outcome run(Path file, ProbeReport report) {
        List<String> arguments = List.of(
                "-nostdin", "-nostats", "-progress", "pipe:2",
                "-sseof", "-" + (TAIL_MS / 1000.0),
                "-i", file.toAbsolutePath().toString(),
                "-map", "0:a:0", "-vn", "-sn", "-dn",
                "-f", "null", "-");
        try {
            return ffmpeg.run(arguments, ffmpeg.limits().probe(), report::accept);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run ffmpeg to probe " + file, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + file, e);
        }
    }
}
