package vg.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vg.support.TestFfmpeg;

class AudioProbeTest {
    @TempDir
    static Path dir;
    static AudioFixtures fixtures;
    final AudioProbe probe = new AudioProbe(TestFfmpeg.binary());

    @BeforeAll
    static void fixtures() {
        fixtures = new AudioFixtures(dir);
    }

    @ParameterizedTest
    @EnumSource(AudioFixtures.Upload.class)
    void eachUploadFormatProbesWithFormatCodecDurationAndLayout(AudioFixtures.Upload upload) throws Exception {
        SourceInfo info = probe.probe(fixtures.upload(upload));

        assertThat(info.format()).isEqualTo(upload.format);
        assertThat(info.codec()).isEqualTo(upload.codec);
        assertThat(info.durationMs()).isBetween(4_900L, 5_150L);
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.sampleRate()).isEqualTo(upload == AudioFixtures.Upload.OGG_OPUS ? 48_000 : 44_100);
    }

    @Test
    void aProbeThatStallsIsStoppedAtItsLimitAndRefusesTheFile() throws Exception {
        Path stalled = fixtures.fifo("stalled-probe.wav");
        var limits = new Ffmpeg.RunLimits(Duration.ofSeconds(2), Duration.ofSeconds(30), 2);
        AudioProbe bounded = new AudioProbe(TestFfmpeg.binary().withLimits(limits));
        long started = System.nanoTime();

        assertThatThrownBy(() -> bounded.probe(stalled))
                .isInstanceOfSatisfying(MediaRejected.class, e -> assertThat(e.code()).isEqualTo("undecodable_audio"))
                .hasMessageContaining("took longer than 2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aFileNamedWithoutExtensionIsRecognisedByItsContent() throws Exception {
        Path noExtension = dir.resolve("upload-without-extension");
        Files.copy(fixtures.upload(AudioFixtures.Upload.FLAC), noExtension);

        assertThat(probe.probe(noExtension).format()).isEqualTo("flac");
    }

    @Test
    void aVideoWithSoundIsAcceptedAsItsAudio() throws Exception {
        Path video = dir.resolve("clip.mp4");
        fixtures.ffmpeg(List.of("-nostdin", "-v", "error",
                "-f", "lavfi", "-i", "color=c=blue:s=64x64:d=3",
                "-f", "lavfi", "-i", "sine=f=440:d=3",
                "-c:v", "libx264", "-c:a", "aac", "-shortest", "-y", video.toString()));

        SourceInfo info = probe.probe(video);

        assertThat(info.format()).isEqualTo("m4a");
        assertThat(info.codec()).isEqualTo("aac");
        assertThat(info.channels()).isEqualTo(1);
    }

    @Test
    void aTextFileNamedMp3IsUnsupportedMedia() throws Exception {
        String text = "This is a shopping list, not a song.\n".repeat(200);
        assertRejected(fixtures.bytes("list.mp3", text.getBytes(StandardCharsets.UTF_8)), 415)
                .hasMessageContaining("not an audio file");
    }

    @Test
    void aTextFileNamedTxtIsUnsupportedMedia() throws Exception {
        // ffmpeg reads .txt as an "ansi" video: recognised, but no sound
        String text = "Plain words.\n".repeat(200);
        assertRejected(fixtures.bytes("notes.txt", text.getBytes(StandardCharsets.UTF_8)), 415);
    }

    @Test
    void aPngImageIsUnsupportedMediaBecauseItHasNoSound() throws Exception {
        Path png = dir.resolve("picture.png");
        fixtures.ffmpeg(List.of("-nostdin", "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=32x32",
                "-frames:v", "1", "-y", png.toString()));

        assertRejected(png, 415).hasMessageContaining("no sound");
    }

    @Test
    void aZipArchiveIsUnsupportedMedia() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("song.mp3"));
            out.write(Files.readAllBytes(fixtures.upload(AudioFixtures.Upload.MP3)));
            out.closeEntry();
        }
        assertRejected(fixtures.bytes("songs.zip", zip.toByteArray()), 415);
    }

    @Test
    void randomBytesAreUnsupportedMedia() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        assertRejected(fixtures.bytes("noise.mp3", noise), 415);
    }

    @Test
    void audioInAFormatWeDoNotTakeIsUnsupportedMedia() throws Exception {
        Path aiff = dir.resolve("tone.aiff");
        fixtures.ffmpeg(List.of("-nostdin", "-v", "error", "-i", fixtures.wav("for-aiff", 2, 0.5).toString(),
                "-y", aiff.toString()));

        assertRejected(aiff, 415).hasMessageContaining("not supported");
    }

    @Test
    void anEmptyFileIsUndecodable() throws Exception {
        assertRejected(fixtures.bytes("empty.mp3", new byte[0]), 422).hasMessageContaining("empty");
    }

    @Test
    void anMp3CutShortIsUndecodable() throws Exception {
        Path mp3 = fixtures.upload(AudioFixtures.Upload.MP3);
        assertRejected(fixtures.truncated(mp3, (int) (Files.size(mp3) / 3)), 422)
                .hasMessageContaining("truncated");
    }

    @Test
    void aFlacCutShortIsUndecodable() throws Exception {
        Path flac = fixtures.upload(AudioFixtures.Upload.FLAC);
        assertRejected(fixtures.truncated(flac, (int) (Files.size(flac) / 3)), 422)
                .hasMessageContaining("truncated");
    }

    @Test
    void aFileThatIsOnlyAnMp3HeaderIsUndecodable() throws Exception {
        assertRejected(fixtures.truncated(fixtures.upload(AudioFixtures.Upload.MP3), 3_000), 422);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(Path file, int status) throws IOException {
        return assertThatThrownBy(() -> probe.probe(file))
                .isInstanceOfSatisfying(MediaRejected.class, rejected -> {
                    assertThat(rejected.status()).isEqualTo(status);
                    assertThat(rejected.code()).isEqualTo(status == 415 ? "unsupported_media" : "undecodable_audio");
                });
    }
}
