package vg.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Reads what an index folder holds, to decide whether it can be used as it is. */
final class CommittedIndex {
    static final String GENERATION = "generation";

    private CommittedIndex() {
    }

    /**
     * The generation recorded by the last commit of a readable, undamaged index in {@code folder}; empty when the
     * folder is missing, holds no index or no generation, or any of its files fails its checksum.
     */
    static OptionalLong generation(Path folder) {
        String recorded = readableCommitData(folder, GENERATION);
        if (recorded == null) return OptionalLong.empty();
        try {
            return OptionalLong.of(Long.parseLong(recorded));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether {@code folder} holds an index that opens and passes its checksums. */
    static boolean isReadable(Path folder) {
        return readableCommitData(folder, "") != null;
    }

    private static String readableCommitData(Path folder, String key) {
        if (!Files.isDirectory(folder)) return null;
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) return null;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // reads every file once: damage anywhere shows now rather than in some later search
                for (LeafReaderContext leaf : reader.leaves()) leaf.reader().checkIntegrity();
                return reader.getIndexCommit().getUserData().getOrDefault(key, "");
            }
        } catch (Exception e) {
            // derived data that cannot be read for any reason (corrupt, too old or new a format, I/O) is rebuilt
            return null;
        }
    }
}
