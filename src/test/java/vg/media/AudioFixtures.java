package vg.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test audio made at test time: a WAV synthesised in Java, then encoded by the bundled ffmpeg. */
final class AudioFixtures {
    static final int RATE = 44_100;

    /** The upload formats, with the ffmpeg arguments that make each from a WAV. */
    enum Upload {
        MP3("mp3", "mp3", "mp3", "-c:a", "libmp3lame", "-b:a", "128k"),
        WAV("wav", "wav", "pcm_s16le", "-c:a", "pcm_s16le"),
        OGG_VORBIS("ogg", "ogg", "vorbis", "-c:a", "libvorbis"),
        OGG_OPUS("opus", "ogg", "opus", "-c:a", "libopus", "-f", "ogg"),
        FLAC("flac", "flac", "flac", "-c:a", "flac"),
        M4A("m4a", "m4a", "aac", "-c:a", "aac");

        final String extension;
        final String format;
        final String codec;
        final List<String> encoderArguments;

        Upload(String extension, String format, String codec, String... encoderArguments) {
            this.extension = extension;
            this.format = format;
            this.codec = codec;
            this.encoderArguments = List.of(encoderArguments);
        }
    }

    private final FfmpegRunner ffmpeg = new FfmpegRunner(Ffmpeg.bundled());
    private final Path dir;

    AudioFixtures(Path dir) {
        this.dir = dir;
    }

    /**
     * Stereo 16-bit 44.1 kHz: a tone gliding from 300 to 1200 Hz plus its octave, at the given peak
     * amplitude (0..1), the right channel slightly delayed so it is really stereo.
     */
    Path wav(String name, double seconds, double amplitude) throws IOException {
        int frames = (int) Math.round(seconds * RATE);
        ByteBuffer pcm = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        double phase = 0;
        double[] history = new double[8];
        for (int i = 0; i < frames; i++) {
            double t = (double) i / RATE;
            double freq = 300 + 900 * ((t % 4.0) / 4.0);
            phase += 2 * Math.PI * freq / RATE;
            double sample = amplitude * (0.7 * Math.sin(phase) + 0.3 * Math.sin(2 * phase));
            double delayed = history[i % history.length];
            history[i % history.length] = sample;
            pcm.putShort((short) Math.round(sample * 32767));
            pcm.putShort((short) Math.round(delayed * 32767));
        }
        Path file = dir.resolve(name + ".wav");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(wavHeader(pcm.capacity()));
            out.write(pcm.array());
        }
        return file;
    }

    Path silentWav(String name, double seconds) throws IOException {
        return wav(name, seconds, 0.0);
    }

    /** Encodes a 5 s tone into the upload format. */
    Path upload(Upload format) throws IOException {
        return encode(wav("tone-" + format.name(), 5, 0.5), format);
    }

    Path encode(Path wav, Upload format) throws IOException {
        if (format == Upload.WAV) return wav;
        Path out = dir.resolve(wav.getFileName().toString().replace(".wav", "") + "." + format.extension);
        List<String> args = new ArrayList<>(List.of("-nostdin", "-v", "error", "-i", wav.toString()));
        args.addAll(format.encoderArguments);
        args.addAll(List.of("-y", out.toString()));
        ffmpeg(args);
        return out;
    }

    /** Runs the bundled ffmpeg with these arguments, failing the test when it fails. */
    void ffmpeg(List<String> arguments) throws IOException {
        StringBuilder log = new StringBuilder();
        int exit = ffmpeg.run(arguments, java.time.Duration.ofMinutes(2), line -> log.append(line).append('\n')).exitCode();
        if (exit != 0) throw new IOException("fixture ffmpeg failed: " + arguments + "\n" + log);
    }

    /** A named pipe that nobody writes to: a read of it never ends, like a decoder stuck on a hostile file. */
    Path fifo(String name) throws IOException, InterruptedException {
        Path out = dir.resolve(name);
        Files.deleteIfExists(out);
        Process mkfifo = new ProcessBuilder("mkfifo", out.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) throw new IOException("mkfifo failed for " + out);
        return out;
    }

    /** The first {@code bytes} bytes of a file: an upload cut short. */
    Path truncated(Path file, int bytes) throws IOException {
        Path out = dir.resolve("truncated-" + file.getFileName());
        byte[] all = Files.readAllBytes(file);
        Files.write(out, java.util.Arrays.copyOf(all, Math.min(bytes, all.length)));
        return out;
    }

    Path bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] wavHeader(int dataBytes) {
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        h.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2)
                .putInt(RATE).putInt(RATE * 4).putShort((short) 4).putShort((short) 16);
        h.put("data".getBytes()).putInt(dataBytes);
        return h.array();
    }
}
