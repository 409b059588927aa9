package vg.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vg node as its own operating-system process ({@code java vg.Main} on the test classpath), so a cluster test has
 * several real nodes and can kill one with SIGKILL. Its output goes to {@code node.log} in its data folder.
 */
public final class NodeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("is serving at https?://localhost:(\\d+)");

    /** Small and quick to start, for tests; benchmarks pass their own. */
    public static final List<String> TEST_JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    private final Path dataDir;
    private final Map<String, String> env;
    private final List<String> jvm;
    private Process process;
    private int port;

    private NodeProcess(Path dataDir, Map<String, String> env, List<String> jvm) {
        this.dataDir = dataDir;
        this.env = env;
        this.jvm = jvm;
    }

    /** Starts a node of the cluster on {@code db}: its own data folder, the shared media folder and SMS key. */
    public static NodeProcess start(String name, Path dataDir, String jdbcUrl, Path media, Map<String, String> extra) {
        return start(name, dataDir, jdbcUrl, media, extra, TEST_JVM);
    }

    public static NodeProcess start(String name, Path dataDir, String jdbcUrl, Path media, Map<String, String> extra,
                                    List<String> jvm) {
        Map<String, String> env = new HashMap<>(Map.of(
                "VG_NODE", name, "VG_DATA", dataDir.toString(), "VG_DB", jdbcUrl, "VG_MEDIA", media.toString(),
                "VG_SMS_KEY", TestDb.SMS_KEY, "VG_PORT", "0", "VG_DEMO", "false", "VG_SIP_PORT", "0",
                "VG_EDITOR_PASSWORD", RunningApp.EDITOR_PASSWORD, "VG_GATEWAY_TOKEN", RunningApp.GATEWAY_TOKEN));
        env.put("VG_TRANSCODE_JOBS", "1");
        env.putAll(extra);
        NodeProcess node = new NodeProcess(dataDir, env, jvm);
        node.launch();
        return node;
    }

    private void launch() {
        try {
            Files.createDirectories(dataDir);
            Path log = log();
            List<String> command = new java.util.ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vg.Main"));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().clear();
            pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            pb.environment().putAll(env);
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            long logged = Files.exists(log) ? Files.size(log) : 0;
            process = pb.start();
            port = Await.until(Duration.ofSeconds(60), () -> portIn(log, logged), p -> p > 0 || !process.isAlive());
            if (port <= 0) throw new AssertionError("node in " + dataDir + " did not start:\n" + Files.readString(log));
            Await.until(Duration.ofSeconds(30), this::readiness, s -> s == 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status of /api/ready, 0 while nothing answers. */
    public int readiness() {
        try {
            return http().get("/api/ready").status();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static int portIn(Path log, long from) {
        try {
            if (!Files.exists(log)) return 0;
            String text = Files.readString(log);
            Matcher m = SERVING.matcher(text.substring((int) Math.min(from, text.length())));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return dataDir.resolve("node.log");
    }

    public int port() {
        return port;
    }

    public Http http() {
        return new Http(port);
    }

    public Http gateway() {
        return new Http(port, "X-Gateway-Token", RunningApp.GATEWAY_TOKEN);
    }

    public Http editor() {
        return http().withBasicAuth("editor", RunningApp.EDITOR_PASSWORD);
    }

    public Path smsFile() {
        return dataDir.resolve("sms-outbox.jsonl");
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed, as a power cut would leave it. */
    public void kill9() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM, as an operator's stop; the node ends its work and exits. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    /** Sends SIGTERM and returns at once; {@link #awaitExit()} waits for the process to end. */
    public void signalStop() {
        process.destroy();
    }

    /** Waits for the process to end and returns its exit code. */
    public int awaitExit() {
        waitFor();
        return process.exitValue();
    }

    public NodeProcess restart() {
        if (process.isAlive()) stop();
        launch();
        return this;
    }

    public boolean alive() {
        return process.isAlive();
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }
}
