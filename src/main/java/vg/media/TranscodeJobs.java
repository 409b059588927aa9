package vg.media;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs transcoding jobs in the background: at most {@code parallelJobs} at once, the rest wait in
 * submission order. Each job writes to temporary names beside its targets and moves them into place
 * only when both files are complete; a failed job leaves neither.
 *
 * <p>Jobs still queued when {@link #close()} is called are dropped without a listener call, and so are jobs
 * still running after its grace period, whose ffmpeg is killed: the app finds such tones still "processing" at its
 * next start and transcodes them again.
 */
public final class TranscodeJobs implements AutoCloseable {
    private static final long CLOSE_GRACE_SECONDS = 5;

    private final TranscodeFunction transcoder;
    private final TranscodeListener listener;
    private final ThreadPoolExecutor workers;
    private final Map<Long, Integer> progress = new ConcurrentHashMap<>();
    private final String node;
    private final Timer succeededTimer;
    private final Timer failedTimer;

    /** Jobs of a node alone, measured in a registry nobody reads: for tests and tools. */
    public TranscodeJobs(int parallelJobs, TranscodeFunction transcoder, TranscodeListener listener) {
        this(parallelJobs, transcoder, listener, MediaFiles.LOCAL_NODE, new SimpleMeterRegistry());
    }

    /** {@code node} marks this node's partial files, so a sweep after a crash touches only its own. */
    public TranscodeJobs(int parallelJobs, TranscodeFunction transcoder, TranscodeListener listener, String node,
                         MeterRegistry meters) {
        if (parallelJobs < 1) throw new IllegalArgumentException("at least one job at a time: " + parallelJobs);
        this.transcoder = transcoder;
        this.listener = listener;
        this.node = node;
        this.workers = new ThreadPoolExecutor(parallelJobs, parallelJobs, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        Gauge.builder("vg.transcode.queued", workers, w -> w.getQueue().size()).description("uploads waiting for a transcode slot").register(meters);
        Gauge.builder("vg.transcode.running", workers, ThreadPoolExecutor::getActiveCount).description("transcodes running now").register(meters);
        this.succeededTimer = duration(meters, "ready");
        this.failedTimer = duration(meters, "failed");
    }

    private static Timer duration(MeterRegistry meters, String result) {
        return Timer.builder("vg.transcode.duration").description("one upload's ffmpeg run, by result")
                .tag("result", result).publishPercentileHistogram().register(meters);
    }

    /** Queues the job; the listener hears of it from a worker thread. */
    public void submit(long toneId, Path source, SourceInfo info, Path networkWav, Path previewMp3) {
        progress.put(toneId, 0);
        try {
            // the job's log lines carry the id of the request that uploaded the tone
            java.util.Map<String, String> logContext = org.slf4j.MDC.getCopyOfContextMap();
            workers.execute(() -> {
                if (logContext != null) org.slf4j.MDC.setContextMap(logContext);
                try {
                    run(toneId, source, info, networkWav, previewMp3);
                } finally {
                    org.slf4j.MDC.clear();
                }
            });
        } catch (RuntimeException rejected) {
            progress.remove(toneId);
            throw new IllegalStateException("transcode jobs are closed", rejected);
        }
    }

    /** The job's percent while it is queued (0) or running; empty once it has ended or was never submitted. */
    public OptionalInt progress(long toneId) {
        Integer percent = progress.get(toneId);
        return percent == null ? OptionalInt.empty() : OptionalInt.of(percent);
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void run(long toneId, Path source, SourceInfo info, Path networkWav, Path previewMp3) {
        long started = System.nanoTime();
        boolean ready = false;
        try {
            ready = transcode(toneId, source, info, networkWav, previewMp3);
        } finally {
            (ready ? succeededTimer : failedTimer).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private boolean transcode(long toneId, Path source, SourceInfo info, Path networkWav, Path previewMp3) {
        Path partialNetwork = PartialFiles.beside(networkWav, node);
        Path partialPreview = PartialFiles.beside(previewMp3, node);
        try {
            TranscodeResult result = transcoder.transcode(source, info, partialNetwork, partialPreview, percent -> {
                progress.put(toneId, percent);
                listener.progress(toneId, percent);
            });
            moveBothIntoPlace(partialNetwork, networkWav, partialPreview, previewMp3);
            progress.remove(toneId);
            listener.succeeded(toneId, result);
            return true;
        } catch (TranscodeFailed e) {
            if (Thread.currentThread().isInterrupted()) {
                // vg is stopping and killed the run: the tone stays processing, to be transcoded again at the next start
                forget(toneId, partialNetwork, partialPreview);
                return false;
            }
            fail(toneId, e.getMessage(), partialNetwork, partialPreview);
        } catch (IOException | RuntimeException e) {
            fail(toneId, "Internal error while converting the audio: " + e, partialNetwork, partialPreview);
        }
        return false;
    }

    /** Both or neither: a network file without its preview would be a half-made tone. */
    private static void moveBothIntoPlace(Path partialNetwork, Path networkWav, Path partialPreview, Path previewMp3)
            throws IOException {
        PartialFiles.moveIntoPlace(partialNetwork, networkWav);
        try {
            PartialFiles.moveIntoPlace(partialPreview, previewMp3);
        } catch (IOException e) {
            Files.deleteIfExists(networkWav);
            throw e;
        }
    }

    private void fail(long toneId, String reason, Path... leftovers) {
        forget(toneId, leftovers);
        listener.failed(toneId, reason);
    }

    private void forget(long toneId, Path... leftovers) {
        for (Path file : leftovers) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort; MediaFiles.clearTemp sweeps partial files at start-up
            }
        }
        progress.remove(toneId);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "transcode-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
