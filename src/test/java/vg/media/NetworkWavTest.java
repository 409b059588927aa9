package vg.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkWavTest {
    @TempDir
    Path dir;

    private Path wav(short format, int rate, byte[] extraChunk, byte[] data) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(12 + 26 + extraChunk.length + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(b.capacity() - 8).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(18).putShort(format).putShort((short) 1).putInt(rate).putInt(rate).putShort((short) 1)
                .putShort((short) 8).putShort((short) 0);
        b.put(extraChunk);
        b.putInt(0x61746164).putInt(data.length).put(data);
        Path file = dir.resolve("t" + System.nanoTime() + ".wav");
        Files.write(file, b.array());
        return file;
    }

    @Test
    void theSamplesAreTheDataChunkWhateverChunksComeBeforeIt() throws Exception {
        byte[] list = {'L', 'I', 'S', 'T', 3, 0, 0, 0, 'a', 'b', 'c', 0};
        assertThat(NetworkWav.samples(wav((short) 6, 8000, list, new byte[] {1, 2, 3, 4}))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aFileThatIsNotALawAt8000HzIsRefused() throws Exception {
        Path pcm = wav((short) 1, 8000, new byte[0], new byte[] {1});
        assertThatThrownBy(() -> NetworkWav.samples(pcm)).isInstanceOf(IOException.class);
        Path wideband = wav((short) 6, 16000, new byte[0], new byte[] {1});
        assertThatThrownBy(() -> NetworkWav.samples(wideband)).isInstanceOf(IOException.class);
        Path notWav = dir.resolve("x.wav");
        Files.writeString(notWav, "hello");
        assertThatThrownBy(() -> NetworkWav.samples(notWav)).isInstanceOf(IOException.class);
    }
}
