package vg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The folders of the catalogue index: {@code <root>/tones-v<schema>/{main,suggest}}. */
final class IndexFolders {
    private static final String PREFIX = "tones-v";

    final Path versioned;
    final Path main;
    final Path suggest;

    IndexFolders(Path root, int schemaVersion) {
        this.versioned = root.resolve(PREFIX + schemaVersion);
        this.main = versioned.resolve("main");
        this.suggest = versioned.resolve("suggest");
    }

    /** Deletes the folders of every other schema version under {@code root}: their terms mean nothing now. */
    void deleteOtherVersions() throws IOException {
        Path root = versioned.getParent();
        if (!Files.isDirectory(root)) return;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path child : children) {
                if (!child.equals(versioned) && Files.isDirectory(child)) deleteRecursively(child);
            }
        }
    }

    /** Removes the current version's folder, to build it again from nothing. */
    void clear() throws IOException {
        deleteRecursively(versioned);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
