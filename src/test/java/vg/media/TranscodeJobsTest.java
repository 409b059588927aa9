package vg.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Await;
import vg.support.TestFfmpeg;

class TranscodeJobsTest {
    static final SourceInfo INFO = new SourceInfo("mp3", "mp3", 5_000, 2, 44_100);
    static final TranscodeResult RESULT = new TranscodeResult(5_000, -20, -16, "0".repeat(64));

    @TempDir
    Path dir;
    final RecordingListener listener = new RecordingListener();

    @Test
    void neverRunsMoreThanTheGivenNumberOfJobsAtOnceAndStartsThemInOrder() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Path> startOrder = new CopyOnWriteArrayList<>();
        Semaphore finishPermits = new Semaphore(0);
        TranscodeFunction blocking = (source, info, network, preview, progress) -> {
            startOrder.add(source);
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            finishPermits.acquireUninterruptibly();
            running.decrementAndGet();
            return writeBoth(network, preview);
        };
        try (TranscodeJobs jobs = new TranscodeJobs(2, blocking, listener)) {
            for (long id = 1; id <= 6; id++) submit(jobs, id);
            awaitSize(startOrder, 2);
            for (int ended = 1; ended <= 6; ended++) {
                finishPermits.release();
                listener.awaitEnded(ended);
                // one job ended, so exactly one more may start: wait for it before letting another end
                awaitSize(startOrder, Math.min(6, 2 + ended));
            }
        }
        assertThat(mostAtOnce.get()).isEqualTo(2);
        List<String> started = startOrder.stream().map(p -> p.getFileName().toString()).toList();
        assertThat(started.subList(0, 2)).containsExactlyInAnyOrder("src-1", "src-2"); // they start together
        assertThat(started.subList(2, 6)).containsExactly("src-3", "src-4", "src-5", "src-6");
        assertThat(listener.succeeded).hasSize(6);
    }

    @Test
    void progressIsZeroWhileQueuedFollowsTheJobAndIsGoneWhenItEnds() throws Exception {
        CountDownLatch firstReported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TranscodeFunction slow = (source, info, network, preview, progress) -> {
            progress.accept(40);
            firstReported.countDown();
            await(release);
            return writeBoth(network, preview);
        };
        try (TranscodeJobs jobs = new TranscodeJobs(1, slow, listener)) {
            submit(jobs, 1);
            submit(jobs, 2);
            assertThat(firstReported.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(jobs.progress(1)).hasValue(40);
            assertThat(jobs.progress(2)).hasValue(0);
            assertThat(jobs.progress(3)).isEmpty();
            release.countDown();
            listener.awaitEnded(2);
            assertThat(jobs.progress(1)).isEmpty();
            assertThat(jobs.progress(2)).isEmpty();
        }
        assertThat(listener.progress.get(1L)).containsExactly(40);
    }

    @Test
    void aSucceededJobMovesBothFilesIntoPlaceAndLeavesNoPartialFiles() throws Exception {
        try (TranscodeJobs jobs = new TranscodeJobs(1, (s, i, network, preview, p) -> writeBoth(network, preview), listener)) {
            submit(jobs, 7);
            listener.awaitEnded(1);
        }
        assertThat(listener.succeeded).containsEntry(7L, RESULT);
        assertThat(dir.resolve("7.wav")).hasContent("network");
        assertThat(dir.resolve("7.mp3")).hasContent("preview");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("src-7", "7.wav", "7.mp3");
    }

    @Test
    void aFailedJobLeavesNoFilesAndReportsTheReason() throws Exception {
        TranscodeFunction failing = (source, info, network, preview, progress) -> {
            writeBoth(network, preview);
            throw new TranscodeFailed("The audio could not be converted: boom");
        };
        try (TranscodeJobs jobs = new TranscodeJobs(1, failing, listener)) {
            submit(jobs, 8);
            listener.awaitEnded(1);
        }
        assertThat(listener.failed).containsEntry(8L, "The audio could not be converted: boom");
        assertThat(filesIn(dir)).containsExactly("src-8");
    }

    @Test
    void anUnexpectedErrorInAJobIsReportedAsAFailureAndTheNextJobStillRuns() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TranscodeFunction flaky = (source, info, network, preview, progress) -> {
            if (calls.incrementAndGet() == 1) throw new IllegalStateException("disk on fire");
            return writeBoth(network, preview);
        };
        try (TranscodeJobs jobs = new TranscodeJobs(1, flaky, listener)) {
            submit(jobs, 1);
            submit(jobs, 2);
            listener.awaitEnded(2);
        }
        assertThat(listener.failed.get(1L)).contains("disk on fire");
        assertThat(listener.succeeded).containsKey(2L);
    }

    @Test
    void aRealTranscodeThroughTheQueueProducesBothFiles() throws Exception {
        AudioFixtures fixtures = new AudioFixtures(dir);
        Path source = fixtures.upload(AudioFixtures.Upload.OGG_VORBIS);
        MediaFiles files = new MediaFiles(dir.resolve("data"));
        try (TranscodeJobs jobs = new TranscodeJobs(1, new Transcoder(TestFfmpeg.binary()), listener)) {
            jobs.submit(3, source, new AudioProbe(TestFfmpeg.binary()).probe(source), files.networkFile(3), files.previewFile(3));
            listener.awaitEnded(1);
        }
        assertThat(listener.failed).isEmpty();
        assertThat(listener.progress.get(3L)).endsWith(100);
        assertThat(new AudioProbe(TestFfmpeg.binary()).probe(files.networkFile(3)).codec()).isEqualTo("pcm_alaw");
        assertThat(new AudioProbe(TestFfmpeg.binary()).probe(files.previewFile(3)).format()).isEqualTo("mp3");
    }

    @Test
    void aStalledTranscodeIsKilledAndFreesItsSlotForTheNextJob() throws Exception {
        AudioFixtures fixtures = new AudioFixtures(dir);
        Path good = fixtures.upload(AudioFixtures.Upload.MP3);
        Path stalled = fixtures.fifo("stalled-job.mp3");
        MediaFiles files = new MediaFiles(dir.resolve("stall-data"));
        var limits = new Ffmpeg.RunLimits(java.time.Duration.ofSeconds(20), java.time.Duration.ofSeconds(2), 0.5);
        Ffmpeg bounded = TestFfmpeg.binary().withLimits(limits);
        try (TranscodeJobs jobs = new TranscodeJobs(1, new Transcoder(bounded), listener)) {
            jobs.submit(4, stalled, INFO, files.networkFile(4), files.previewFile(4));
            jobs.submit(5, good, new AudioProbe(bounded).probe(good), files.networkFile(5), files.previewFile(5));
            listener.awaitEnded(2);
        }
        assertThat(listener.failed.get(4L)).contains("took longer than").contains("stopped");
        assertThat(listener.succeeded).containsKey(5L);
        assertThat(files.networkFile(4)).doesNotExist();
        assertThat(files.networkFile(5)).exists();
    }

    @Test
    void aTranscodeStillRunningWhenTheJobsCloseIsKilledAndItsToneLeftForTheNextStart() throws Exception {
        Path stalled = new AudioFixtures(dir).fifo("stalled-at-stop.mp3");
        MediaFiles files = new MediaFiles(dir.resolve("stop-data"));
        TranscodeJobs jobs = new TranscodeJobs(1, new Transcoder(TestFfmpeg.binary()), listener);
        jobs.submit(6, stalled, INFO, files.networkFile(6), files.previewFile(6));
        Await.until(Duration.ofSeconds(10), () -> jobs.progress(6).isPresent(), started -> started);
        long closing = System.nanoTime();

        jobs.close();

        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(15));
        assertThat(Await.until(Duration.ofSeconds(5), () -> ProcessHandle.allProcesses()
                .anyMatch(p -> p.info().commandLine().orElse("").contains("stalled-at-stop")), running -> !running))
                .as("its ffmpeg is killed, not left to its 30 s limit").isFalse();
        Thread.sleep(1_000); // the killed run would have reported by now
        assertThat(listener.failed).as("a stop is not the tone's fault").isEmpty();
        assertThat(listener.succeeded).isEmpty();
        assertThat(files.networkFile(6)).doesNotExist();
    }

    private void submit(TranscodeJobs jobs, long id) throws Exception {
        Path source = Files.writeString(dir.resolve("src-" + id), "source");
        jobs.submit(id, source, INFO, dir.resolve(id + ".wav"), dir.resolve(id + ".mp3"));
    }

    private static TranscodeResult writeBoth(Path network, Path preview) {
        try {
            Files.writeString(network, "network");
            Files.writeString(preview, "preview");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return RESULT;
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < deadline) Thread.sleep(1);
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class RecordingListener implements TranscodeListener {
        final Map<Long, List<Integer>> progress = new ConcurrentHashMap<>();
        final Map<Long, TranscodeResult> succeeded = new ConcurrentHashMap<>();
        final Map<Long, String> failed = new ConcurrentHashMap<>();
        private final Semaphore ended = new Semaphore(0);
        private int awaited;

        @Override
        public void progress(long toneId, int percent) {
            progress.computeIfAbsent(toneId, id -> new CopyOnWriteArrayList<>()).add(percent);
        }

        @Override
        public void succeeded(long toneId, TranscodeResult result) {
            succeeded.put(toneId, result);
            ended.release();
        }

        @Override
        public void failed(long toneId, String reason) {
            failed.put(toneId, reason);
            ended.release();
        }

        /** Waits until {@code total} jobs have ended since the test began. */
        void awaitEnded(int total) throws InterruptedException {
            int more = total - awaited;
            assertThat(ended.tryAcquire(more, 30, TimeUnit.SECONDS)).as("jobs ended").isTrue();
            awaited = total;
        }
    }
}
