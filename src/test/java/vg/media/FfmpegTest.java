package vg.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.TestFfmpeg;

class FfmpegTest {
    @TempDir
    Path dir;

    @Test
    void theBinaryThisRunNamesIsTheOneThatRuns() {
        Ffmpeg ffmpeg = TestFfmpeg.binary();

        assertThat(ffmpeg.version()).startsWith("ffmpeg version");
        TestFfmpeg.chosen().ifPresentOrElse(
                binary -> assertThat(ffmpeg.executable()).isEqualTo(binary.toAbsolutePath().toString()),
                () -> assertThat(ffmpeg.version()).contains("4.4"));
    }

    @Test
    void vgFfmpegMustNameAnExecutableFile() throws Exception {
        Path notExecutable = Files.writeString(dir.resolve("ffmpeg"), "not a program");

        assertThatThrownBy(() -> Ffmpeg.of(Optional.of(dir.resolve("missing"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VG_FFMPEG");
        assertThatThrownBy(() -> Ffmpeg.of(Optional.of(notExecutable)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VG_FFMPEG");
    }
}
