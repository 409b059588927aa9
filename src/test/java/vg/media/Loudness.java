package vg.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Measures a file's integrated loudness with a separate ffmpeg run, independent of the transcoder's own meter. */
final class Loudness {
    private Loudness() {}

    static double integratedLufs(Path file) throws IOException {
        Ebur128Summaries summaries = new Ebur128Summaries();
        int exit = new FfmpegRunner(Ffmpeg.bundled()).run(List.of("-nostdin", "-nostats", "-i", file.toString(),
                "-filter_complex", "[0:a:0]ebur128@check=framelog=verbose", "-f", "null", "-"), java.time.Duration.ofMinutes(2), summaries::accept).exitCode();
        if (exit != 0) throw new IOException("loudness check failed for " + file);
        return summaries.integratedLufs("check").orElseThrow();
    }
}
