package vg.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's sip-tester (SIPp 3.6) as the switch: it runs a scenario from {@code src/test/resources/sipp/} against vg
 * and exits 0 only if every call went as the scenario says. Keys reach the scenario as {@code [name]}.
 */
public final class Sipp {
    private static final Path BINARY = Path.of("/usr/bin/sipp");

    public record Result(int exitCode, String output) {
        public boolean passed() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return "sipp exit " + exitCode + "\n" + output;
        }
    }

    private final Process process;
    private final Path log;

    private Sipp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY),
                "SIPp is not installed (Debian's sip-tester): the SIP tests that use it as the switch are skipped; .ci/run installs it");
    }

    /** Starts a scenario as the switch on 127.0.0.1 calling {@code callee} at vg's SIP port. */
    public static Sipp start(Path workDir, String scenario, int sipPort, String callee, Map<String, String> keys,
                             String... options) {
        assumeInstalled();
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "127.0.0.1:" + sipPort, "-sf", scenarioFile(scenario),
                "-s", callee, "-i", "127.0.0.1", "-nostdin", "-timeout", "60s", "-timeout_error", "-max_recv_loops", "1000"));
        keys.forEach((k, v) -> {
            cmd.add("-key");
            cmd.add(k);
            cmd.add(v);
        });
        cmd.addAll(List.of(options));
        if (!cmd.contains("-m")) cmd.addAll(List.of("-m", "1"));
        try {
            Path log = Files.createTempFile(workDir, "sipp-", ".log");
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Sipp(p, log);
        } catch (IOException e) {
            throw new IllegalStateException("sipp did not start", e);
        }
    }

    public static Result run(Path workDir, String scenario, int sipPort, String callee, Map<String, String> keys, String... options) {
        return start(workDir, scenario, sipPort, callee, keys, options).await();
    }

    public Result await() {
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "sipp did not finish in 90 s\n" + output());
            }
            return new Result(process.exitValue(), output());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void kill() {
        process.destroyForcibly();
    }

    private String output() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            // the statistics screen is long; its tail says which message failed
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static String scenarioFile(String name) {
        try {
            return Path.of(Sipp.class.getResource("/sipp/" + name + ".xml").toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no scenario " + name, e);
        }
    }
}
