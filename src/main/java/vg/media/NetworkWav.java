package vg.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the samples of a network file: the data chunk of a RIFF/WAVE file whose fmt chunk says G.711 A-law
 * (format 6), 8000 Hz, mono, 8 bits. Other chunks (LIST, fact) are skipped, as RIFF allows.
 */
public final class NetworkWav {
    private static final int WAVE_FORMAT_ALAW = 6;

    private NetworkWav() {
    }

    public static byte[] samples(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || b.getInt(0) != 0x46464952 /* RIFF */ || b.getInt(8) != 0x45564157 /* WAVE */)
            throw new IOException(file + " is not a RIFF/WAVE file");
        boolean alaw = false;
        for (int at = 12; at + 8 <= b.limit(); ) {
            int id = b.getInt(at);
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            int body = at + 8;
            if (id == 0x20746d66 /* "fmt " */) {
                if (size < 16 || body + 16 > b.limit()) throw new IOException(file + " has a short fmt chunk");
                alaw = b.getShort(body) == WAVE_FORMAT_ALAW && b.getShort(body + 2) == 1 && b.getInt(body + 4) == 8000
                        && b.getShort(body + 14) == 8;
                if (!alaw) throw new IOException(file + " is not A-law, 8000 Hz, mono");
            } else if (id == 0x61746164 /* "data" */) {
                if (!alaw) throw new IOException(file + " has its data before an A-law fmt chunk");
                // ffmpeg writing to a pipe leaves the size unknown (0 or 0xFFFFFFFF): the data then runs to the end
                long end = size == 0 || size == 0xFFFFFFFFL ? b.limit() : Math.min(b.limit(), body + size);
                byte[] samples = new byte[(int) (end - body)];
                b.get(body, samples);
                if (samples.length == 0) throw new IOException(file + " has no samples");
                return samples;
            }
            at = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new IOException(file + " has no data chunk");
    }
}
