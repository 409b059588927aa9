package vg.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vg.support.TestFfmpeg;

class TranscoderTest {
    @TempDir
    static Path dir;
    static AudioFixtures fixtures;
    final AudioProbe probe = new AudioProbe(TestFfmpeg.binary());
    final Transcoder transcoder = new Transcoder(TestFfmpeg.binary());

    @BeforeAll
    static void fixtures() {
        fixtures = new AudioFixtures(dir);
    }

    @ParameterizedTest
    @EnumSource(AudioFixtures.Upload.class)
    void eachUploadFormatBecomesAnALaw8kMonoNetworkFileAndAnMp3Preview(AudioFixtures.Upload upload) throws Exception {
        Path source = fixtures.upload(upload);
        Path network = dir.resolve("net-" + upload + ".wav");
        Path preview = dir.resolve("pre-" + upload + ".mp3");

        TranscodeResult result = transcoder.transcode(source, probe.probe(source), network, preview, p -> {});

        SourceInfo networkInfo = probe.probe(network);
        assertThat(networkInfo.format()).isEqualTo("wav");
        assertThat(networkInfo.codec()).isEqualTo("pcm_alaw");
        assertThat(networkInfo.sampleRate()).isEqualTo(8_000);
        assertThat(networkInfo.channels()).isEqualTo(1);
        assertThat(networkInfo.durationMs()).isBetween(4_900L, 5_150L);
        assertThat(result.durationMs()).isBetween(4_900L, 5_150L);
        SourceInfo previewInfo = probe.probe(preview);
        assertThat(previewInfo.format()).isEqualTo("mp3");
        assertThat(previewInfo.codec()).isEqualTo("mp3");
        assertThat(previewInfo.durationMs()).isBetween(4_900L, 5_200L);
    }

    @Test
    void aSixtySecondSourceIsCutTo45Seconds() throws Exception {
        Path source = fixtures.encode(fixtures.wav("sixty", 60, 0.5), AudioFixtures.Upload.MP3);
        Path network = dir.resolve("sixty-net.wav");
        Path preview = dir.resolve("sixty-pre.mp3");

        TranscodeResult result = transcoder.transcode(source, probe.probe(source), network, preview, p -> {});

        assertThat(result.durationMs()).isEqualTo(45_000L);
        assertThat(probe.probe(network).durationMs()).isEqualTo(45_000L);
        assertThat(probe.probe(preview).durationMs()).isBetween(44_900L, 45_200L);
    }

    @Test
    void aQuietAndALoudSourceBothComeOutNearTheLoudnessTarget() throws Exception {
        TranscodeResult quiet = transcodeWav(fixtures.wav("quiet", 12, 0.01), "quiet");
        TranscodeResult loud = transcodeWav(fixtures.wav("loud", 12, 0.99), "loud");

        assertThat(quiet.sourceLoudnessLufs()).isLessThan(-35);
        assertThat(loud.sourceLoudnessLufs()).isGreaterThan(-10);
        assertThat(quiet.loudnessLufs()).isCloseTo(ToneFormat.TARGET_LUFS, within(2.0));
        assertThat(loud.loudnessLufs()).isCloseTo(ToneFormat.TARGET_LUFS, within(2.0));
        assertThat(Loudness.integratedLufs(dir.resolve("quiet-net.wav"))).isCloseTo(ToneFormat.TARGET_LUFS, within(2.0));
        assertThat(Loudness.integratedLufs(dir.resolve("loud-net.wav"))).isCloseTo(ToneFormat.TARGET_LUFS, within(2.0));
        assertThat(Loudness.integratedLufs(dir.resolve("loud-pre.mp3"))).isCloseTo(ToneFormat.TARGET_LUFS, within(2.0));
    }

    @Test
    void theNetworkFileFadesInAndOut() throws Exception {
        TranscodeResult result = transcodeWav(fixtures.wav("steady", 10, 0.5), "steady");
        short[] samples = AlawWav.samples(dir.resolve("steady-net.wav"));

        double middle = AlawWav.rms(samples, 4_000, 6_000);
        assertThat(AlawWav.rms(samples, 0, 50)).isLessThan(middle / 10);
        assertThat(AlawWav.rms(samples, result.durationMs() - 50, result.durationMs())).isLessThan(middle / 10);
        assertThat(AlawWav.rms(samples, 600, 1_000)).isGreaterThan(middle / 2);
    }

    @Test
    void progressStartsAtZeroNeverGoesBackAndEndsAt100() throws Exception {
        Path source = fixtures.encode(fixtures.wav("progress", 30, 0.5), AudioFixtures.Upload.MP3);
        List<Integer> seen = new CopyOnWriteArrayList<>();

        transcoder.transcode(source, probe.probe(source), dir.resolve("progress-net.wav"),
                dir.resolve("progress-pre.mp3"), seen::add);

        assertThat(seen.get(0)).isZero();
        assertThat(seen).isSorted().doesNotHaveDuplicates().allMatch(p -> p >= 0 && p <= 100);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(100);
        assertThat(seen.size()).isGreaterThan(2);
    }

    @Test
    void aSourceShorterThanTheFadesStillTranscodes() throws Exception {
        TranscodeResult result = transcodeWav(fixtures.wav("blip", 1, 0.5), "blip");

        assertThat(result.durationMs()).isBetween(950L, 1_050L);
    }

    @Test
    void aFailingTranscodeLeavesNoFilesAndGivesAReason() throws Exception {
        Path mp3 = fixtures.upload(AudioFixtures.Upload.MP3);
        SourceInfo info = probe.probe(mp3);
        byte[] garbage = new byte[(int) Files.size(mp3)];
        new java.util.Random(7).nextBytes(garbage);
        Path broken = fixtures.bytes("replaced-after-probe.mp3", garbage);
        Path network = dir.resolve("broken-net.wav");
        Path preview = dir.resolve("broken-pre.mp3");

        assertThatThrownBy(() -> transcoder.transcode(broken, info, network, preview, p -> {}))
                .isInstanceOf(TranscodeFailed.class)
                .hasMessageStartingWith("The audio could not be converted");
        assertThat(network).doesNotExist();
        assertThat(preview).doesNotExist();
    }

    @Test
    void aDecodeThatStallsIsKilledAtItsLimitAndFailsWithTheReason() throws Exception {
        // a pipe that nobody writes to: ffmpeg waits in its read for ever, as on a file built to stall a decoder
        Path stalled = fixtures.fifo("stalled.mp3");
        var limits = new Ffmpeg.RunLimits(Duration.ofSeconds(20), Duration.ofSeconds(2), 0);
        Transcoder bounded = new Transcoder(TestFfmpeg.binary().withLimits(limits));
        Path network = dir.resolve("stalled-net.wav");
        Path preview = dir.resolve("stalled-pre.mp3");
        long started = System.nanoTime();

        assertThatThrownBy(() -> bounded.transcode(stalled, new SourceInfo("mp3", "mp3", 5_000, 2, 44_100), network, preview, p -> {}))
                .isInstanceOf(TranscodeFailed.class)
                .hasMessageContaining("took longer than 2 s")
                .hasMessageContaining("stopped");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(network).doesNotExist();
        assertThat(preview).doesNotExist();
    }

    @Test
    void theLimitOfATranscodeGrowsWithTheLengthOfTheSound() {
        var limits = Ffmpeg.RunLimits.DEFAULT;

        assertThat(limits.forAudio(45_000)).isGreaterThan(limits.forAudio(1_000));
        assertThat(limits.forAudio(0)).isEqualTo(limits.transcodeBase());
    }

    @Test
    void aSilentSourceFailsAndLeavesNoFiles() throws Exception {
        Path silent = fixtures.silentWav("silent", 3);
        Path network = dir.resolve("silent-net.wav");
        Path preview = dir.resolve("silent-pre.mp3");

        assertThatThrownBy(() -> transcoder.transcode(silent, probe.probe(silent), network, preview, p -> {}))
                .isInstanceOf(TranscodeFailed.class)
                .hasMessageContaining("silent");
        assertThat(network).doesNotExist();
        assertThat(preview).doesNotExist();
    }

    @Test
    void oneTranscoderServesSeveralThreadsAtOnce() throws Exception {
        Path mp3 = fixtures.upload(AudioFixtures.Upload.MP3);
        Path flac = fixtures.upload(AudioFixtures.Upload.FLAC);
        SourceInfo mp3Info = probe.probe(mp3);
        SourceInfo flacInfo = probe.probe(flac);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> transcoder.transcode(mp3, mp3Info, dir.resolve("par-1.wav"),
                    dir.resolve("par-1.mp3"), p -> {}));
            var second = pool.submit(() -> transcoder.transcode(flac, flacInfo, dir.resolve("par-2.wav"),
                    dir.resolve("par-2.mp3"), p -> {}));

            assertThat(first.get().durationMs()).isBetween(4_900L, 5_150L);
            assertThat(second.get().durationMs()).isBetween(4_900L, 5_150L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(probe.probe(dir.resolve("par-1.wav")).codec()).isEqualTo("pcm_alaw");
        assertThat(probe.probe(dir.resolve("par-2.wav")).codec()).isEqualTo("pcm_alaw");
    }

    private TranscodeResult transcodeWav(Path wav, String name) throws Exception {
        return transcoder.transcode(wav, probe.probe(wav), dir.resolve(name + "-net.wav"),
                dir.resolve(name + "-pre.mp3"), p -> {});
    }
}
