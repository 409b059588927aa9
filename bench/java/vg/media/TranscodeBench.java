package vg.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * The service's transcode of a 3-minute MP3 against the very same ffmpeg command run by hand, median of several runs,
 * for the bundled ffmpeg and for Debian's where it is installed. Each binary is compared with itself, so each ratio is
 * the service's own overhead.
 */
public final class TranscodeBench {
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("vg-bench-transcode");
        String ffmpeg = new DefaultFFMPEGLocator().getExecutablePath();
        Path mp3 = work.resolve("three-minutes.mp3");
        exec(List.of(ffmpeg, "-v", "error", "-y", "-f", "lavfi", "-i",
                "aevalsrc=0.3*sin(2*PI*(220+110*floor(mod(t\\,4)))*t)+0.2*sin(2*PI*330*t)|0.3*sin(2*PI*(330+55*floor(mod(t\\,3)))*t):s=44100:d=180",
                "-c:a", "libmp3lame", "-b:a", "192k", mp3.toString()));

        List<Ffmpeg> binaries = new ArrayList<>(List.of(Ffmpeg.bundled()));
        // the binary VG_FFMPEG would name on Debian, measured the same way against itself
        Path debian = Path.of("/usr/bin/ffmpeg");
        if (Files.isExecutable(debian)) binaries.add(Ffmpeg.at(debian));
        System.out.println();
        System.out.println("### Transcoding a 3-minute MP3 (bench/run transcode), median of " + RUNS);
        System.out.println();
        System.out.println("| ffmpeg | measure | figure | target |");
        System.out.println("|---|---|---|---|");
        for (Ffmpeg binary : binaries) measure(binary, mp3, work);
        if (binaries.size() == 1) System.out.println("| Debian's | skipped: /usr/bin/ffmpeg is not installed (apt-get install ffmpeg) | — | — |");
        System.out.println();
    }

    private static void measure(Ffmpeg binary, Path mp3, Path work) throws Exception {
        String ffmpeg = binary.executable();
        String name = binary.version().replaceFirst("^ffmpeg version (\\S+).*", "$1");
        AudioProbe probe = new AudioProbe(binary);
        Transcoder transcoder = new Transcoder(binary);
        SourceInfo info = probe.probe(mp3);
        long outMs = Math.min(info.durationMs(), ToneFormat.MAX_DURATION_MS);

        long[] service = new long[RUNS];
        long[] serviceWithProbe = new long[RUNS];
        long[] plain = new long[RUNS];
        // one warm-up of each, then alternate so drift hits both alike
        transcoder.transcode(mp3, info, work.resolve("w.wav"), work.resolve("w.mp3"), p -> { });
        exec(command(ffmpeg, mp3, outMs, work.resolve("p.wav"), work.resolve("p.mp3")));
        for (int i = 0; i < RUNS; i++) {
            long a = System.nanoTime();
            SourceInfo probed = probe.probe(mp3);
            long b = System.nanoTime();
            transcoder.transcode(mp3, probed, work.resolve("s" + i + ".wav"), work.resolve("s" + i + ".mp3"), p -> { });
            long c = System.nanoTime();
            service[i] = c - b;
            serviceWithProbe[i] = c - a;
            long d = System.nanoTime();
            exec(command(ffmpeg, mp3, outMs, work.resolve("p" + i + ".wav"), work.resolve("p" + i + ".mp3")));
            plain[i] = System.nanoTime() - d;
        }
        double s = median(service), sp = median(serviceWithProbe), p = median(plain);
        System.out.printf("| %s | plain ffmpeg, same command (baseline) | %,.0f ms | baseline |%n", name, p);
        System.out.printf("| %s | vg Transcoder | %,.0f ms | — |%n", name, s);
        System.out.printf("| %s | vg Transcoder ÷ plain ffmpeg | %.2f | ≤ 1.2 |%n", name, s / p);
        System.out.printf("| %s | vg probe + Transcoder (the whole upload path) ÷ plain ffmpeg | %.2f | — |%n", name, sp / p);
    }

    private static List<String> command(String ffmpeg, Path src, long outMs, Path wav, Path mp3) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ffmpeg);
        cmd.addAll(TranscodeArguments.of(src, outMs, wav, mp3));
        return cmd;
    }

    private static void exec(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("ffmpeg failed: " + cmd);
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
