package vg.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.common.ApiException;

class BatchArchiveTest {
    /** Small limits, so the tests need no large files: 100 kB a file, 150 kB unpacked in all. */
    static final BatchLimits SMALL = new BatchLimits(BatchLimits.MB, 3, 100_000, 150_000, 100, 50);

    @TempDir
    Path dir;

    @Test
    void aFileOverTheLimitOfOneFileIsRefusedAndNothingIsLeftUnpacked() throws Exception {
        Path zip = zip(new TestZips().with("manifest.csv", "file\na.wav\n").with("a.wav", noise(120_000, 1)));

        assertThatThrownBy(() -> unpack(zip)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.code()).isEqualTo("batch_too_large");
        });
    }

    @Test
    void filesEachWithinTheirLimitButOverTheTotalAreRefused() throws Exception {
        Path zip = zip(new TestZips().with("manifest.csv", "file\na.wav\nb.wav\n")
                .with("a.wav", noise(80_000, 2)).with("b.wav", noise(80_000, 3)));

        assertThatThrownBy(() -> unpack(zip)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("batch_too_large"));
    }

    @Test
    void filesWithinEveryLimitAreUnpackedUnderNamesVgMakes() throws Exception {
        Path zip = zip(new TestZips().with("manifest.csv", "file\nsub/a.wav\n").with("sub/a.wav", noise(60_000, 4)));
        Path into = Files.createDirectory(dir.resolve("into"));

        BatchArchive.Contents contents = new BatchArchive(SMALL).unpack(zip, into);

        assertThat(contents.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("sub/a.wav");
            assertThat(f.file().getParent()).isEqualTo(into);
            assertThat(f.file().getFileName().toString()).matches("\\d+\\.part");
        });
        try (Stream<Path> all = Files.walk(into)) {
            assertThat(all.filter(Files::isDirectory)).containsExactly(into);
        }
    }

    private void unpack(Path zip) throws Exception {
        new BatchArchive(SMALL).unpack(zip, Files.createTempDirectory(dir, "into"));
    }

    private Path zip(TestZips zips) throws Exception {
        return Files.write(Files.createTempFile(dir, "batch", ".zip"), zips.bytes());
    }

    /** Bytes that do not pack, as audio hardly does. */
    private static byte[] noise(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
