package vg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import vg.app.App;
import vg.app.Config;
import vg.common.PasswordHasher;
import vg.support.SmsInbox;

/**
 * Logins under load, in process on SQLite: what one bcrypt check costs; 50 concurrent logins of one number and of 50
 * numbers against the CPU time of 50 checks on this machine's cores; and the switch's resolve latency alone and while
 * logins flood the server.
 */
public final class LoginBench {
    static final String TOKEN = "bench-gateway-token";
    /** vg's cost factor (vg.app.App.PASSWORD_HASH_COST). */
    static final int COST = 11;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("vg-bench-login");
        Map<String, String> env = Map.of("VG_DATA", data.toString(), "VG_PORT", "0", "VG_DEMO", "false",
                "VG_EDITOR_PASSWORD", "bench-editor", "VG_GATEWAY_TOKEN", TOKEN, "VG_SIP_PORT", "0");
        App app = App.start(Config.fromEnvironment(env), Clock.systemUTC());
        Table table = new Table("Logins, bcrypt cost " + COST + ", " + Runtime.getRuntime().availableProcessors() + " cores (LoginBench)");
        try {
            int port = app.port();
            HttpClient client = HttpClient.newHttpClient();
            SmsInbox sms = new SmsInbox(data.resolve("sms-outbox.jsonl"));
            List<String> phones = new ArrayList<>();
            List<String> passwords = new ArrayList<>();
            for (int i = 0; i < 51; i++) {
                String phone = Long.toString(9_140_000_000L + i);
                get(client, port, "/sms/inbound?from=" + phone + "&to=1090&text=5");
                phones.add(phone);
                passwords.add(sms.awaitPassword(phone, 0));
            }

            PasswordHasher hasher = new PasswordHasher(COST);
            String hash = hasher.hash("warm-up");
            for (int i = 0; i < 5; i++) hasher.matches("warm-up", hash);
            long h0 = System.nanoTime();
            for (int i = 0; i < 20; i++) hasher.matches("warm-up", hash);
            double hashMs = (System.nanoTime() - h0) / 20 / 1e6;
            int cores = Runtime.getRuntime().availableProcessors();
            ExecutorService straight = Executors.newFixedThreadPool(cores);
            List<Callable<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 50; i++) checks.add(() -> hasher.matches("warm-up", hash));
            straight.invokeAll(checks); // warm-up
            long p0 = System.nanoTime();
            straight.invokeAll(checks);
            double fiftyOnCores = (System.nanoTime() - p0) / 1e6;
            straight.shutdown();
            table.row("one bcrypt check", String.format("%.1f ms", hashMs), "—");
            table.row("50 × one check ÷ " + cores + " cores", String.format("%.0f ms", 50 * hashMs / cores), "—");
            table.row("50 checks straight on " + cores + " threads, no HTTP (measured)", String.format("%.0f ms", fiftyOnCores), "baseline");

            for (boolean oneNumber : new boolean[] {true, false}) {
                loginsAtOnce(client, port, phones, passwords, oneNumber); // warm-up
                long t0 = System.nanoTime();
                List<Integer> statuses = loginsAtOnce(client, port, phones, passwords, oneNumber);
                double ms = (System.nanoTime() - t0) / 1e6;
                long ok = statuses.stream().filter(s -> s == 200).count();
                table.row("50 concurrent logins of " + (oneNumber ? "one number" : "50 numbers"),
                        String.format("%.0f ms, %d of 50 in, %.2f× the 50 checks", ms, ok, ms / fiftyOnCores), "≈ 1×, all in");
            }

            List<String> resolve = new ArrayList<>();
            for (int i = 0; i < 1000; i++) resolve.add("/api/playback/resolve?caller=" + (9_000_000_000L + i) + "&callee=" + phones.get(i % 50));
            Map<String, String> gateway = Map.of("X-Gateway-Token", TOKEN);
            HttpLoad.run(port, resolve, gateway, 2, Duration.ofSeconds(5), false);
            HttpLoad.Result alone = HttpLoad.run(port, resolve, gateway, 2, Duration.ofSeconds(10), true);
            AtomicBoolean flooding = new AtomicBoolean(true);
            ExecutorService flood = Executors.newFixedThreadPool(16);
            for (int t = 0; t < 16; t++) {
                int me = t;
                flood.submit(() -> {
                    while (flooding.get()) {
                        int i = me % 50;
                        post(client, port, "/api/session", "{\"phone\":\"" + phones.get(i) + "\",\"password\":\"" + passwords.get(i) + "\"}");
                    }
                    return null;
                });
            }
            HttpLoad.Result flooded = HttpLoad.run(port, resolve, gateway, 2, Duration.ofSeconds(10), true);
            flooding.set(false);
            flood.shutdown();
            table.row("resolve, 2 clients, alone", String.format("%,.0f req/s, p50 %.2f ms, p99 %.2f ms", alone.requestsPerSecond(),
                    alone.latency().ms(0.5), alone.latency().ms(0.99)), "baseline");
            table.row("resolve, 2 clients, while 16 clients log in without pause", String.format("%,.0f req/s, p50 %.2f ms, p99 %.2f ms",
                    flooded.requestsPerSecond(), flooded.latency().ms(0.5), flooded.latency().ms(0.99)), "p99 < 5 ms");
        } finally {
            app.close();
        }
        table.print();
    }

    static List<Integer> loginsAtOnce(HttpClient client, int port, List<String> phones, List<String> passwords, boolean oneNumber)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Integer>> logins = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int who = oneNumber ? 50 : i;
            logins.add(() -> post(client, port, "/api/session",
                    "{\"phone\":\"" + phones.get(who) + "\",\"password\":\"" + passwords.get(who) + "\"}"));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(logins)) statuses.add(f.get());
        pool.shutdown();
        return statuses;
    }

    static int get(HttpClient client, int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-Gateway-Token", TOKEN)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int post(HttpClient client, int port, String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
