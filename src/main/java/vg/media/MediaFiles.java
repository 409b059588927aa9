package vg.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where a tone's files live, under {@code VG_MEDIA} ({@code VG_DATA/media} by default), a folder that every node of a
 * cluster mounts:
 * <pre>
 * source/{id}.upload    the upload as received
 * network/{id}.wav      G.711 A-law for the switch
 * preview/{id}.mp3      for the web
 * tmp/{node}/           uploads being received by that node, and batches being unpacked
 * </pre>
 * Names are built from the numeric id only, so no user text ever becomes a path. Files are written under a partial
 * name that carries the node and appear under their final name, in one move, only when complete.
 */
public final class MediaFiles {
    private final Path source;
    private final Path network;
    private final Path preview;
    private final Path tmp;
    private final Path waveforms;
    private final String node;

    /** The node name of a vg that shares its media with nobody. */
    public static final String LOCAL_NODE = "local";

    /** The media of a single node, under {@code dataDir/media}. */
    public MediaFiles(Path dataDir) {
        this(dataDir.resolve("media"), LOCAL_NODE);
    }

    public MediaFiles(Path media, String node) {
        this.node = node;
        this.source = media.resolve("source");
        this.network = media.resolve("network");
        this.preview = media.resolve("preview");
        this.tmp = media.resolve("tmp").resolve(node);
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

    /** A new empty folder of this node's own, for a batch being unpacked; {@link #clearTemp} removes one a crash left. */
    public Path newWorkFolder() {
        Path folder = tmp.resolve("batch-" + UUID.randomUUID());
        try {
            return Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /** Removes a folder made by {@link #newWorkFolder} with everything in it; it holds only plain files. */
    public void deleteWorkFolder(Path folder) {
        if (!folder.startsWith(tmp)) throw new IllegalArgumentException("not a work folder: " + folder);
        if (!Files.isDirectory(folder)) return;
        forEachFile(folder, file -> true);
        delete(folder);
    }

    /** Removes every file of the tone, including partial outputs of a job that was cut short. */
    public void deleteAll(long toneId) {
        for (Path target : List.of(sourceFile(toneId), networkFile(toneId), previewFile(toneId), waveformFile(toneId))) {
            delete(target);
            String partialPrefix = target.getFileName() + PartialFiles.MARKER;
            forEachFile(target.getParent(), file -> file.getFileName().toString().startsWith(partialPrefix));
        }
    }

    /** Removes what a crash of this node may have left: its uploads in transit and its partial outputs. */
    public void clearTemp() {
        forEachFile(tmp, file -> true);
        try (Stream<Path> folders = Files.list(tmp)) {
            folders.filter(Files::isDirectory).forEach(this::deleteWorkFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + tmp, e);
        }
        for (Path dir : List.of(network, preview, waveforms)) forEachFile(dir, file -> PartialFiles.isPartialOf(file, node));
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
