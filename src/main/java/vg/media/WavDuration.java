package vg.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the length of a RIFF/WAVE file from its fmt and data chunk headers, without decoding. */
final class WavDuration {
    private WavDuration() {}

    static long millis(Path wav) throws IOException {
        try (InputStream in = Files.newInputStream(wav)) {
            ByteBuffer riff = chunk(in, 12);
            if (riff.getInt(0) != 0x46464952 || riff.getInt(8) != 0x45564157) throw new IOException("not a WAVE file");
            long byteRate = 0;
            while (true) {
                ByteBuffer header = chunk(in, 8);
                int id = header.getInt(0);
                long size = Integer.toUnsignedLong(header.getInt(4));
                if (id == 0x20746d66) { // "fmt "
                    ByteBuffer fmt = chunk(in, (int) size);
                    byteRate = Integer.toUnsignedLong(fmt.getInt(8));
                    if (size % 2 == 1) in.skipNBytes(1);
                } else if (id == 0x61746164) { // "data"
                    if (byteRate == 0) throw new IOException("WAVE data before its format");
                    return size * 1000 / byteRate;
                } else {
                    in.skipNBytes(size + (size % 2));
                }
            }
        }
    }

    private static ByteBuffer chunk(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) throw new IOException("WAVE file ends inside a header");
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
