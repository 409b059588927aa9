package vg.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Decodes the network file's samples in the test, to look at fades without another ffmpeg run. */
final class AlawWav {
    private AlawWav() {}

    /** Linear samples of a mono A-law WAV: everything after the data chunk header. */
    static short[] samples(Path wav) throws IOException {
        byte[] all = Files.readAllBytes(wav);
        int data = indexOf(all, "data".getBytes()) + 8;
        short[] out = new short[all.length - data];
        for (int i = 0; i < out.length; i++) out[i] = decode(all[data + i]);
        return out;
    }

    /** RMS of samples [fromMs, toMs) at 8 kHz. */
    static double rms(short[] samples, long fromMs, long toMs) {
        int from = (int) (fromMs * 8), to = (int) Math.min(samples.length, toMs * 8);
        double sum = 0;
        for (int i = from; i < to; i++) sum += (double) samples[i] * samples[i];
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    /** G.711 A-law to 16-bit linear. */
    static short decode(byte alaw) {
        int a = (alaw ^ 0x55) & 0xff;
        int t = (a & 0x0f) << 4;
        int segment = (a & 0x70) >> 4;
        if (segment == 0) t += 8;
        else t = (t + 0x108) << (segment - 1);
        return (short) ((a & 0x80) != 0 ? t : -t);
    }

    private static int indexOf(byte[] all, byte[] what) {
        for (int i = 12; i + what.length <= all.length; i++) {
            boolean match = true;
            for (int j = 0; j < what.length && match; j++) match = all[i + j] == what[j];
            if (match) return i;
        }
        throw new IllegalArgumentException("no data chunk");
    }
}
