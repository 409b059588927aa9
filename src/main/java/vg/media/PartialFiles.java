package vg.media;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Files written under a temporary name beside their target, then moved into place in one step. */
final class PartialFiles {
    static final String MARKER = ".part-";

    private PartialFiles() {}

    /**
     * A fresh name in the target's folder, so the final move never crosses file systems. The node's name is part of
     * it, so a node sweeping what its own crash left never deletes what another node is writing into a shared folder.
     */
    static Path beside(Path target, String node) {
        return target.resolveSibling(target.getFileName() + MARKER + node + "." + UUID.randomUUID());
    }

    static boolean isPartialOf(Path file, String node) {
        return file.getFileName().toString().contains(MARKER + node + ".");
    }

    static boolean isPartial(Path file) {
        return file.getFileName().toString().contains(MARKER);
    }

    static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
