package vg.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs ffmpeg with an explicit argument list, hands every stderr line to a consumer, and kills the run once it has
 * taken longer than its limit.
 *
 * <p>Why not jave's {@code Encoder}: it writes one output per run (we need the network file and the
 * preview from a single decode), has no audio filter option (fades, loudnorm, ebur128), probes the
 * source in an extra ffmpeg run before every encode, and its output analyser throws on log lines it
 * does not know, such as the ebur128 summary we read the loudness from. Nor its {@code ProcessWrapper}: it can only
 * ask ffmpeg to stop, and a decoder stuck in a read does not hear that; a kill it cannot ignore is needed.
 *
 * <p>Thread-safe: every call starts its own process.
 */
final class FfmpegRunner {
    private static final long INTERRUPT_CHECK_MS = 200;

    private final Ffmpeg ffmpeg;

    FfmpegRunner(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    Ffmpeg.RunLimits limits() {
        return ffmpeg.limits();
    }

    /** How a run ended: its exit code, and whether it was killed for overrunning its limit. */
    record Outcome(int exitCode, boolean overran, Duration limit) {
        boolean succeeded() {
            return exitCode == 0 && !overran;
        }
    }

    /**
     * Runs ffmpeg to its end or its limit. stdout is discarded, so nothing of use may be written there. An interrupt of
     * the calling thread kills ffmpeg and ends in an {@link java.io.InterruptedIOException}, the interrupt still set.
     */
    Outcome run(List<String> arguments, Duration limit, Consumer<String> stderrLine) throws IOException {
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add(ffmpeg.executable());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        AtomicBoolean overran = new AtomicBoolean();
        ScheduledFuture<?> deadline = ffmpeg.watchdog().schedule(() -> {
            overran.set(true);
            process.destroyForcibly();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        // reading ffmpeg's log cannot be interrupted, so a stopping vg's interrupt is passed on to ffmpeg as a kill
        Thread caller = Thread.currentThread();
        ScheduledFuture<?> interrupts = ffmpeg.watchdog().scheduleWithFixedDelay(() -> {
            if (caller.isInterrupted()) process.destroyForcibly();
        }, INTERRUPT_CHECK_MS, INTERRUPT_CHECK_MS, TimeUnit.MILLISECONDS);
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) stderrLine.accept(line);
            int exit = waitFor(process);
            return new Outcome(exit, overran.get(), limit);
        } finally {
            deadline.cancel(false);
            interrupts.cancel(false);
            if (process.isAlive()) process.destroyForcibly();
        }
    }

    private static int waitFor(Process process) throws IOException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new java.io.InterruptedIOException("interrupted while ffmpeg ran");
        }
    }
}
