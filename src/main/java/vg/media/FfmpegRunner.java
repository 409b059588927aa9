package vg.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import ws.schild.jave.process.ProcessLocator;
import ws.schild.jave.process.ProcessWrapper;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * Runs jave's bundled ffmpeg with an explicit argument list and hands every stderr line to a consumer.
 *
 * <p>Why not jave's {@code Encoder}: it writes one output per run (we need the network file and the
 * preview from a single decode), has no audio filter option (fades, loudnorm, ebur128), probes the
 * source in an extra ffmpeg run before every encode, and its output analyser throws on log lines it
 * does not know, such as the ebur128 summary we read the loudness from. Its process classes
 * ({@link ProcessLocator}, {@link ProcessWrapper}) are still what starts ffmpeg.
 *
 * <p>Thread-safe: every call starts its own process.
 */
final class FfmpegRunner {
    private final ProcessLocator locator;

    FfmpegRunner() {
        this(new DefaultFFMPEGLocator());
    }

    FfmpegRunner(ProcessLocator locator) {
        this.locator = locator;
    }

    /** Runs ffmpeg to its end; returns its exit code. stdout is not read, so nothing may be written there. */
    int run(List<String> arguments, Consumer<String> stderrLine) throws IOException {
        ProcessWrapper ffmpeg = locator.createExecutor();
        arguments.forEach(ffmpeg::addArgument);
        try {
            ffmpeg.execute();
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(ffmpeg.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    stderrLine.accept(line);
                }
            }
            return ffmpeg.getProcessExitCode();
        } finally {
            ffmpeg.destroy();
        }
    }
}
