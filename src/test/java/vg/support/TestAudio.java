package vg.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/** Makes real audio files for tests: a two-note stereo tone as PCM WAV, re-encoded by the bundled ffmpeg when asked. */
public final class TestAudio {
    private TestAudio() {
    }

    public static byte[] wav(double seconds) {
        int rate = 44_100;
        int frames = (int) (seconds * rate);
        ByteBuffer pcm = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            double t = (double) i / rate;
            double f = (int) (t * 2) % 2 == 0 ? 440 : 660;
            short s = (short) (Math.sin(2 * Math.PI * f * t) * 9000);
            pcm.putShort(s).putShort(s);
        }
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + pcm.capacity()).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(rate)
                .putInt(rate * 4).putShort((short) 4).putShort((short) 16)
                .put("data".getBytes()).putInt(pcm.capacity());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(pcm.array());
        return out.toByteArray();
    }

    /** Encodes {@link #wav} of the given length with ffmpeg's codec arguments, e.g. {@code "-c:a", "libmp3lame"}, into {@code ext}. */
    public static byte[] encoded(Path workDir, double seconds, String ext, String... codecArgs) {
        try {
            Path in = Files.createTempFile(workDir, "src", ".wav");
            Files.write(in, wav(seconds));
            Path out = workDir.resolve("enc-" + System.nanoTime() + "." + ext);
            List<String> cmd = new ArrayList<>(List.of(new DefaultFFMPEGLocator().getExecutablePath(), "-v", "error", "-y", "-i", in.toString()));
            cmd.addAll(List.of(codecArgs));
            cmd.add(out.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("ffmpeg failed: " + log);
            byte[] bytes = Files.readAllBytes(out);
            Files.delete(in);
            Files.delete(out);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] mp3(Path workDir, double seconds) {
        return encoded(workDir, seconds, "mp3", "-c:a", "libmp3lame", "-b:a", "128k");
    }
}
