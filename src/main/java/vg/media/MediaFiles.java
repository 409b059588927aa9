package vg.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where a tone's files live, under {@code VG_DATA/media}:
 * <pre>
 * media/source/{id}.upload    the upload as received
 * media/network/{id}.wav      G.711 A-law for the switch
 * media/preview/{id}.mp3      for the web
 * media/tmp/                  uploads being received
 * </pre>
 * Names are built from the numeric id only, so no user text ever becomes a path.
 */
public final class MediaFiles {
    private final Path source;
    private final Path network;
    private final Path preview;
    private final Path tmp;
    private final Path waveforms;

    public MediaFiles(Path dataDir) {
        Path media = dataDir.resolve("media");
        this.source = media.resolve("source");
        this.network = media.resolve("network");
        this.preview = media.resolve("preview");
        this.tmp = media.resolve("tmp");
        this.waveforms = media.resolve("waveform");
        try {
            for (Path dir : List.of(source, network, preview, tmp, waveforms)) Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the media folders under " + media, e);
        }
    }

    public Path networkFile(long toneId) {
        return network.resolve(name(toneId) + ".wav");
    }

    public Path previewFile(long toneId) {
        return preview.resolve(name(toneId) + ".mp3");
    }

    /** Derived from the network file on first request; see {@link WaveformRenderer}. */
    public Path waveformFile(long toneId) {
        return waveforms.resolve(name(toneId) + ".png");
    }

    public Path sourceFile(long toneId) {
        return source.resolve(name(toneId) + ".upload");
    }

    /** A path nobody else has; the file itself is not created. */
    public Path newUploadTemp() {
        return tmp.resolve("upload-" + UUID.randomUUID() + ".part");
    }

    /** Removes every file of the tone, including partial outputs of a job that was cut short. */
    public void deleteAll(long toneId) {
        for (Path target : List.of(sourceFile(toneId), networkFile(toneId), previewFile(toneId), waveformFile(toneId))) {
            delete(target);
            String partialPrefix = target.getFileName() + PartialFiles.MARKER;
            forEachFile(target.getParent(), file -> file.getFileName().toString().startsWith(partialPrefix));
        }
    }

    /** Removes what a crash may have left: uploads in transit and partial transcoder outputs. */
    public void clearTemp() {
        forEachFile(tmp, file -> true);
        forEachFile(network, PartialFiles::isPartial);
        forEachFile(preview, PartialFiles::isPartial);
        forEachFile(waveforms, PartialFiles::isPartial);
    }

    private static String name(long toneId) {
        if (toneId <= 0) throw new IllegalArgumentException("tone ids are positive: " + toneId);
        return Long.toString(toneId);
    }

    private static void forEachFile(Path dir, java.util.function.Predicate<Path> doomed) {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).filter(doomed).forEach(MediaFiles::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
