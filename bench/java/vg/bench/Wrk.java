package vg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's wrk as a load generator in its own process, cycling through a file of paths (bench/wrk/paths.lua). */
final class Wrk {
    record Result(double requestsPerSecond, double p50Ms, double p99Ms, long errors) {
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    private static final int THREADS = 2;

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    static Result run(int port, List<String> paths, String token, int connections, int seconds) throws IOException, InterruptedException {
        Path file = Files.createTempFile("vg-wrk-paths", ".txt");
        Files.write(file, paths);
        ProcessBuilder pb = new ProcessBuilder("wrk", "-t" + THREADS, "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", Path.of("bench/wrk/paths.lua").toAbsolutePath().toString(), "http://127.0.0.1:" + port);
        pb.environment().put("VG_PATHS", file.toString());
        pb.environment().put("VG_TOKEN", token);
        pb.environment().put("VG_THREADS", Integer.toString(THREADS));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Files.deleteIfExists(file);
        Matcher rps = RPS.matcher(out);
        if (!rps.find()) throw new IllegalStateException("wrk said:\n" + out);
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) errors += Long.parseLong(non2xx.group(1));
        Matcher sock = SOCKET_ERRORS.matcher(out);
        if (sock.find()) for (int g = 1; g <= 4; g++) errors += Long.parseLong(sock.group(g));
        return new Result(Double.parseDouble(rps.group(1)), percentile(out, "50%"), percentile(out, "99%"), errors);
    }

    private static double percentile(String out, String which) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) return Double.NaN;
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
