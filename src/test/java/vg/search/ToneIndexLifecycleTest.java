package vg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.search.Tones.ids;
import static vg.search.Tones.text;
import static vg.search.Tones.tone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, reusing, rebuilding and changing the index. */
class ToneIndexLifecycleTest {
    @TempDir
    Path root;

    private final AtomicInteger rebuildReads = new AtomicInteger();
    private final List<IndexedTone> catalogue = List.of(
            tone(1, "Звонок", "Народ", "утро"),
            tone(2, "Кино", "Группа", "рок"));

    private ToneIndex open(long generation) {
        return ToneIndex.open(root, generation, () -> {
            rebuildReads.incrementAndGet();
            return catalogue.stream();
        });
    }

    private Path versioned() {
        return root.resolve("tones-v" + ToneIndex.SCHEMA_VERSION);
    }

    @Test
    void missingFolderIsBuiltFromThePublishedTones() {
        try (ToneIndex index = open(7)) {
            assertThat(index.wasRebuilt()).isTrue();
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.generation()).isEqualTo(7);
            assertThat(rebuildReads).hasValue(1);
        }
        assertThat(versioned()).isDirectory();
    }

    @Test
    void reopeningAtTheSameGenerationKeepsTheStoredIndex() {
        try (ToneIndex index = open(7)) {
            index.upsert(tone(3, "Весна", "", ""), 8);
        }
        try (ToneIndex index = open(8)) {
            assertThat(index.wasRebuilt()).isFalse();
            assertThat(rebuildReads).hasValue(1);
            assertThat(index.generation()).isEqualTo(8);
            assertThat(index.size()).isEqualTo(3);
            assertThat(ids(index.search(text("весна")))).containsExactly(3L);
        }
    }

    @Test
    void anotherGenerationRebuilds() {
        try (ToneIndex index = open(7)) {
            index.upsert(tone(3, "Весна", "", ""), 8);
        }
        try (ToneIndex index = open(9)) {
            assertThat(index.wasRebuilt()).isTrue();
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.search(text("весна")).total()).isZero();
        }
    }

    @Test
    void anOlderIndexIsKeptWhenTheFeedCanCatchItUpAndItsGenerationOnlyMovesForward() {
        try (ToneIndex index = open(7)) {
            index.upsert(tone(3, "Весна", "", ""), 8);
        }
        try (ToneIndex index = ToneIndex.open(root, 12, stored -> stored <= 12, catalogue::stream)) {
            assertThat(index.wasRebuilt()).isFalse();
            assertThat(index.generation()).as("the stored one, for the follower to go on from").isEqualTo(8);
            index.upsert(tone(4, "Лето", "", ""));
            assertThat(index.generation()).as("a change of this node's own does not claim the feed").isEqualTo(8);
            index.followedUpTo(10);
            index.followedUpTo(9);
            assertThat(index.generation()).isEqualTo(10);
        }
        try (ToneIndex index = ToneIndex.open(root, 5, stored -> stored <= 5, catalogue::stream)) {
            assertThat(index.wasRebuilt()).as("an index ahead of its database is not trusted").isTrue();
            assertThat(index.generation()).isEqualTo(5);
        }
    }

    @Test
    void damagedIndexFileRebuilds() throws IOException {
        open(7).close();
        try (Stream<Path> files = Files.list(versioned().resolve("main"))) {
            Path segmentFile = files.filter(p -> !p.getFileName().toString().startsWith("segments")
                    && !p.getFileName().toString().equals("write.lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
            long middle = Files.size(segmentFile) / 2;
            try (var channel = Files.newByteChannel(segmentFile, StandardOpenOption.WRITE)) {
                channel.position(middle);
                channel.write(java.nio.ByteBuffer.wrap("garbage garbage garbage".getBytes()));
            }
        }
        try (ToneIndex index = open(7)) {
            assertThat(index.wasRebuilt()).isTrue();
            assertThat(ids(index.search(text("кино")))).containsExactly(2L);
        }
    }

    @Test
    void garbageCommitFileRebuilds() throws IOException {
        open(7).close();
        try (Stream<Path> files = Files.list(versioned().resolve("main"))) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(p, "not an index".getBytes());
            }
        }
        try (ToneIndex index = open(7)) {
            assertThat(index.wasRebuilt()).isTrue();
            assertThat(index.size()).isEqualTo(2);
        }
    }

    @Test
    void damagedSuggestionsRebuild() throws IOException {
        open(7).close();
        try (Stream<Path> files = Files.list(versioned().resolve("suggest"))) {
            for (Path p : files.toList()) Files.write(p, "junk".getBytes());
        }
        try (ToneIndex index = open(7)) {
            assertThat(index.wasRebuilt()).isTrue();
            assertThat(index.suggest("кин", 10)).extracting(Suggestion::id).containsExactly(2L);
        }
    }

    @Test
    void folderOfAnotherSchemaVersionIsRebuiltAndDeleted() throws IOException {
        open(7).close();
        Path old = root.resolve("tones-v" + (ToneIndex.SCHEMA_VERSION - 1));
        Files.move(versioned(), old);
        try (ToneIndex index = open(7)) {
            assertThat(index.wasRebuilt()).isTrue();
            assertThat(index.size()).isEqualTo(2);
        }
        assertThat(old).doesNotExist();
        assertThat(versioned()).isDirectory();
    }

    @Test
    void upsertIsVisibleAtOnce() {
        try (ToneIndex index = open(7)) {
            index.upsert(tone(3, "Весна", "", ""), 8);
            assertThat(ids(index.search(text("весна")))).containsExactly(3L);
            assertThat(index.generation()).isEqualTo(8);

            index.upsert(tone(3, "Осень", "", ""), 9);
            assertThat(index.search(text("весна")).total()).isZero();
            assertThat(ids(index.search(text("осень")))).containsExactly(3L);
            assertThat(index.size()).isEqualTo(3);
        }
    }

    @Test
    void removeIsGoneAtOnce() {
        try (ToneIndex index = open(7)) {
            index.remove(2, 8);
            assertThat(index.search(text("кино")).total()).isZero();
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.generation()).isEqualTo(8);
            index.remove(999, 9); // unknown ids are no error
            assertThat(index.generation()).isEqualTo(9);
        }
    }

    @Test
    void changesAreCommittedWithinAboutASecond() throws Exception {
        try (ToneIndex index = open(7)) {
            index.upsert(tone(3, "Весна", "", ""), 8);
            long deadline = System.currentTimeMillis() + 5_000;
            Map<String, String> committed = committedUserData();
            while (!"8".equals(committed.get("generation")) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                committed = committedUserData();
            }
            assertThat(committed).containsEntry("generation", "8");
        }
    }

    private Map<String, String> committedUserData() throws IOException {
        try (var dir = FSDirectory.open(versioned().resolve("main")); var reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getUserData();
        }
    }
}
