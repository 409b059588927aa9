package vg.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * The ffmpeg binary vg runs, and how long any one run of it may take. By default it is the one jave bundles (4.4.1,
 * from 2021); {@code VG_FFMPEG} names another, such as Debian's 5.x. A run past its limit is killed: a file built to
 * stall a decoder, or one that decodes without end, must not hold a transcode slot for ever.
 */
public final class Ffmpeg {
    private final String executable;
    private final RunLimits limits;
    private final ScheduledExecutorService watchdog;

    private Ffmpeg(String executable, RunLimits limits) {
        this.executable = executable;
        this.limits = limits;
        // one daemon thread for every run's deadline, there only while runs are: a kill is a quick call
        var deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "ffmpeg-watchdog");
            t.setDaemon(true);
            return t;
        });
        deadlines.setKeepAliveTime(10, TimeUnit.SECONDS);
        deadlines.allowCoreThreadTimeOut(true);
        deadlines.setRemoveOnCancelPolicy(true);
        this.watchdog = deadlines;
    }

    /** jave's bundled ffmpeg, unpacked on first use. */
    public static Ffmpeg bundled() {
        return new Ffmpeg(new DefaultFFMPEGLocator().getExecutablePath(), RunLimits.DEFAULT);
    }

    /** The binary at {@code binary}, which must be an executable file. */
    public static Ffmpeg at(Path binary) {
        if (!Files.isRegularFile(binary) || !Files.isExecutable(binary))
            throw new IllegalArgumentException("VG_FFMPEG must name an executable ffmpeg; " + binary + " is not one");
        return new Ffmpeg(binary.toAbsolutePath().toString(), RunLimits.DEFAULT);
    }

    /** The binary that {@code VG_FFMPEG} names, or the bundled one when it names none. */
    public static Ffmpeg of(java.util.Optional<Path> binary) {
        return binary.map(Ffmpeg::at).orElseGet(Ffmpeg::bundled);
    }

    /** The same binary with other limits (tests give it short ones). */
    public Ffmpeg withLimits(RunLimits newLimits) {
        return new Ffmpeg(executable, newLimits);
    }

    public String executable() {
        return executable;
    }

    /**
     * The line ffmpeg starts its log with, such as "ffmpeg version 5.1.9-0+deb12u1 Copyright ...", from a run of a
     * hundredth of a second of silence: this also proves that the binary runs and decodes.
     */
    public String version() {
        StringBuilder first = new StringBuilder();
        try {
            FfmpegRunner.Outcome outcome = new FfmpegRunner(this).run(java.util.List.of("-nostdin",
                    "-f", "lavfi", "-i", "anullsrc", "-t", "0.01", "-f", "null", "-"), limits.probe(), line -> {
                        if (first.length() == 0) first.append(line);
                    });
            if (!outcome.succeeded()) throw new IllegalArgumentException(executable + " could not decode a moment of silence (exit code " + outcome.exitCode() + "): is it ffmpeg?");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot run ffmpeg at " + executable + ": " + e.getMessage(), e);
        }
        return first.toString();
    }

    RunLimits limits() {
        return limits;
    }

    ScheduledExecutorService watchdog() {
        return watchdog;
    }

    /**
     * How long a run may take: a fixed allowance (start-up, a slow disk, a busy machine) plus a share of the audio's
     * own length, as a decode runs many times faster than the audio plays.
     */
    public record RunLimits(Duration probe, Duration transcodeBase, double transcodeSecondsPerAudioSecond) {
        public static final RunLimits DEFAULT = new RunLimits(Duration.ofSeconds(20), Duration.ofSeconds(30), 2.0);

        public RunLimits {
            if (probe.isNegative() || probe.isZero() || transcodeBase.isNegative() || transcodeBase.isZero()
                    || transcodeSecondsPerAudioSecond < 0)
                throw new IllegalArgumentException("run limits must be positive");
        }

        /** The limit of a run that reads {@code audioMs} of audio. */
        public Duration forAudio(long audioMs) {
            return transcodeBase.plusMillis((long) (Math.max(0, audioMs) * transcodeSecondsPerAudioSecond));
        }
    }
}
