package vg.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntConsumer;

/**
 * Makes a tone's network file (WAV, G.711 A-law, 8 kHz, mono) and web preview (MP3, 44.1 kHz mono)
 * from an upload, in a single ffmpeg run: see {@link ToneFilterGraph} for the processing and
 * {@link ToneFormat} for the numbers.
 *
 * <p>Stateless and thread-safe: each call starts its own ffmpeg, killed if it runs past
 * {@link Ffmpeg.RunLimits#forAudio(long)}. On failure nothing is left at either output path.
 */
public final class Transcoder implements TranscodeFunction {
    /** Integrated loudness ebur128 reports when everything is below its gate, i.e. silence. */
    private static final double SILENCE_LUFS = -70.0;

    private final FfmpegRunner ffmpeg;

    public Transcoder(Ffmpeg ffmpeg) {
        this.ffmpeg = new FfmpegRunner(ffmpeg);
    }

    @Override
    public TranscodeResult transcode(Path source, SourceInfo info, Path networkWav, Path previewMp3,
                                     IntConsumer progressPercent) throws TranscodeFailed {
        boolean done = false;
        try {
            TranscodeResult result = run(source, info, networkWav, previewMp3, progressPercent);
            done = true;
            return result;
        } finally {
            if (!done) deleteQuietly(networkWav, previewMp3);
        }
    }

    private TranscodeResult run(Path source, SourceInfo info, Path networkWav, Path previewMp3,
                                IntConsumer progressPercent) throws TranscodeFailed {
        long expectedMs = ToneFormat.outputDurationMs(info.durationMs());
        TranscodeProgress progress = new TranscodeProgress(expectedMs, progressPercent);
        Ebur128Summaries loudness = new Ebur128Summaries();
        LastMessages messages = new LastMessages();
        List<String> arguments = TranscodeArguments.of(source, expectedMs, networkWav, previewMp3);

        progress.started();
        java.time.Duration limit = ffmpeg.limits().forAudio(expectedMs);
        FfmpegRunner.Outcome outcome;
        try {
            outcome = ffmpeg.run(arguments, limit, line -> {
                progress.accept(line);
                loudness.accept(line);
                messages.accept(line);
            });
        } catch (IOException e) {
            throw new TranscodeFailed("Could not start the audio converter: " + e.getMessage(), e);
        }
        if (outcome.overran()) throw new TranscodeFailed("Converting the audio took longer than " + limit.toSeconds()
                + " s for " + Math.round(expectedMs / 1000.0) + " s of sound and was stopped: the file is damaged or built to stall a decoder.");
        if (outcome.exitCode() != 0) throw new TranscodeFailed("The audio could not be converted: " + messages.reason());

        double sourceLufs = measured(loudness.integratedLufs(ToneFilterGraph.SOURCE_METER), "source");
        double outputLufs = measured(loudness.integratedLufs(ToneFilterGraph.OUTPUT_METER), "converted");
        if (sourceLufs <= SILENCE_LUFS) throw new TranscodeFailed("The audio is silent.");
        long durationMs = networkDuration(networkWav);
        if (durationMs <= 0 || !nonEmpty(previewMp3)) {
            throw new TranscodeFailed("The audio converter produced no sound: " + messages.reason());
        }
        String hash = sha256(networkWav);
        progress.finished();
        return new TranscodeResult(durationMs, sourceLufs, outputLufs, hash);
    }

    private static double measured(OptionalDouble lufs, String which) throws TranscodeFailed {
        return lufs.orElseThrow(() -> new TranscodeFailed("The loudness of the " + which + " audio could not be measured."));
    }

    private static long networkDuration(Path networkWav) throws TranscodeFailed {
        try {
            return WavDuration.millis(networkWav);
        } catch (IOException e) {
            throw new TranscodeFailed("The converted network file is unreadable: " + e.getMessage(), e);
        }
    }

    /** The network file is written bit-exact, without metadata, so equal decoded audio gives equal bytes. */
    private static String sha256(Path networkWav) throws TranscodeFailed {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(digest.digest(Files.readAllBytes(networkWav)));
        } catch (IOException e) {
            throw new TranscodeFailed("The converted network file is unreadable: " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the job already failed for a better reason
            }
        }
    }
}
