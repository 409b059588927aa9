package vg.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTest {
    @TempDir
    Path data;

    @Test
    void aTonesFilesLiveUnderMediaNamedByItsIdOnly() {
        MediaFiles files = new MediaFiles(data);

        assertThat(files.networkFile(42)).isEqualTo(data.resolve("media/network/42.wav"));
        assertThat(files.previewFile(42)).isEqualTo(data.resolve("media/preview/42.mp3"));
        assertThat(files.sourceFile(42)).isEqualTo(data.resolve("media/source/42.upload"));
        assertThat(data.resolve("media/network")).isDirectory();
    }

    @Test
    void uploadTempsAreFreshPathsUnderTheNodesOwnMediaTmp() {
        MediaFiles files = new MediaFiles(data);

        Path first = files.newUploadTemp();
        assertThat(first.getParent()).isEqualTo(data.resolve("media/tmp/" + MediaFiles.LOCAL_NODE));
        assertThat(first).isNotEqualTo(files.newUploadTemp()).doesNotExist();
    }

    @Test
    void idsThatAreNotPositiveAreRefused() {
        MediaFiles files = new MediaFiles(data);

        assertThatThrownBy(() -> files.networkFile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.previewFile(-3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteAllRemovesEveryFileOfThatToneOnlyIncludingPartialOutputs() throws Exception {
        MediaFiles files = new MediaFiles(data);
        for (long id : new long[] {5, 50}) {
            Files.writeString(files.sourceFile(id), "s");
            Files.writeString(files.networkFile(id), "n");
            Files.writeString(files.previewFile(id), "p");
        }
        Path partial = Files.writeString(PartialFiles.beside(files.networkFile(5), MediaFiles.LOCAL_NODE), "half");

        files.deleteAll(5);
        files.deleteAll(6);

        assertThat(files.sourceFile(5)).doesNotExist();
        assertThat(files.networkFile(5)).doesNotExist();
        assertThat(files.previewFile(5)).doesNotExist();
        assertThat(partial).doesNotExist();
        assertThat(files.sourceFile(50)).exists();
        assertThat(files.networkFile(50)).exists();
        assertThat(files.previewFile(50)).exists();
    }

    @Test
    void clearTempRemovesUploadsInTransitAndPartialOutputsButNotFinishedTones() throws Exception {
        MediaFiles files = new MediaFiles(data);
        Path upload = Files.writeString(files.newUploadTemp(), "half an upload");
        Path partialNetwork = Files.writeString(PartialFiles.beside(files.networkFile(9), MediaFiles.LOCAL_NODE), "x");
        Path partialPreview = Files.writeString(PartialFiles.beside(files.previewFile(9), MediaFiles.LOCAL_NODE), "x");
        Files.writeString(files.networkFile(8), "done");

        files.clearTemp();

        assertThat(upload).doesNotExist();
        assertThat(partialNetwork).doesNotExist();
        assertThat(partialPreview).doesNotExist();
        assertThat(files.networkFile(8)).exists();
    }

    @Test
    void aNodeSweepingAfterItsCrashLeavesWhatAnotherNodeIsWritingIntoTheSharedFolder() throws Exception {
        Path shared = data.resolve("shared-media");
        MediaFiles a = new MediaFiles(shared, "node-a");
        MediaFiles b = new MediaFiles(shared, "node-b");
        Path uploadOfB = Files.writeString(b.newUploadTemp(), "b is receiving this");
        Path partialOfB = Files.writeString(PartialFiles.beside(b.networkFile(3), "node-b"), "b is writing this");
        Path partialOfA = Files.writeString(PartialFiles.beside(a.networkFile(4), "node-a"), "a crashed writing this");

        a.clearTemp();

        assertThat(partialOfA).doesNotExist();
        assertThat(partialOfB).exists();
        assertThat(uploadOfB).exists();
    }
}
