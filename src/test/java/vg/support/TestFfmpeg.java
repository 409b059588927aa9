package vg.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import vg.media.Ffmpeg;

/**
 * The ffmpeg of this test run: the bundled one, or the binary that {@code -Dvg.test.ffmpeg} names (the third surefire
 * run gives Debian's, so the media tests pass with both). Without that binary those tests are skipped, and say why.
 */
public final class TestFfmpeg {
    private static final String PROPERTY = "vg.test.ffmpeg";
    private static Ffmpeg shared;

    private TestFfmpeg() {
    }

    /** The binary vg is pointed at in this run, as VG_FFMPEG would; empty for the bundled one. */
    public static Optional<Path> chosen() {
        String named = System.getProperty(PROPERTY, "");
        if (named.isBlank()) return Optional.empty();
        Path binary = Path.of(named);
        Assumptions.assumeTrue(Files.isExecutable(binary),
                "this run tests with the ffmpeg at " + binary + ", which is not installed (apt-get install ffmpeg)");
        return Optional.of(binary);
    }

    /** One {@link Ffmpeg} for the whole run, with the production limits. */
    public static synchronized Ffmpeg binary() {
        if (shared == null) shared = Ffmpeg.of(chosen());
        return shared;
    }

    /** VG_FFMPEG for a vg started by a test, when this run names a binary. */
    public static Map<String, String> env() {
        return chosen().map(p -> Map.of("VG_FFMPEG", p.toString())).orElse(Map.of());
    }
}
