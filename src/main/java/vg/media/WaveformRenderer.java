package vg.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a tone's waveform as a PNG with ffmpeg's showwavespic, from the network file (what callers hear). It is drawn on
 * first request and kept, so it costs nothing for tones nobody looks at and a crash can only lose a file that is redrawn.
 */
public final class WaveformRenderer {
    static final String SIZE = "800x120";
    static final String COLOUR = "#5b2d8e";

    private final FfmpegRunner ffmpeg;

    private final String node;

    public WaveformRenderer(Ffmpeg ffmpeg, String node) {
        this.ffmpeg = new FfmpegRunner(ffmpeg);
        this.node = node;
    }

    /** Returns the PNG for {@code networkWav}, drawing it into {@code png} first if it is not there yet. */
    public synchronized Path ensure(Path networkWav, Path png) throws IOException {
        if (Files.isRegularFile(png)) return png;
        if (!Files.isRegularFile(networkWav)) throw new java.nio.file.NoSuchFileException(networkWav.toString());
        Path partial = PartialFiles.beside(png, node);
        List<String> args = new ArrayList<>(List.of("-nostdin", "-loglevel", "error", "-i", networkWav.toAbsolutePath().toString(),
                "-filter_complex", "showwavespic=s=" + SIZE + ":colors=" + COLOUR + ":split_channels=0",
                "-frames:v", "1", "-f", "image2", "-c:v", "png", "-y", partial.toAbsolutePath().toString()));
        StringBuilder errors = new StringBuilder();
        // the network file is at most a tone's length, so a drawing takes what a transcode of it may
        FfmpegRunner.Outcome outcome = ffmpeg.run(args, ffmpeg.limits().forAudio(ToneFormat.MAX_DURATION_MS), line -> errors.append(line).append('\n'));
        if (!outcome.succeeded() || !Files.isRegularFile(partial)) {
            Files.deleteIfExists(partial);
            throw new IOException("ffmpeg could not draw the waveform: " + errors.toString().strip());
        }
        Files.move(partial, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return png;
    }
}
