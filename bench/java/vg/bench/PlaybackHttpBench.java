package vg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vg.app.App;
import vg.app.Config;
import vg.db.Database;

/**
 * The switch's question over HTTP at 1,000,000 subscribers (10 % with 10 rules each), against the real App on a real
 * SQLite database: the data fill, start-up (plans are read on each callee's first call), the heap, resolve throughput and
 * latency against the bare health endpoint of the same server in the same run, and a cabinet change seen by the next call.
 */
public final class PlaybackHttpBench {
    static final int SUBSCRIBERS = 1_000_000;
    static final int RULES_EVERY = 10;
    static final int RULES_EACH = 10;
    static final int GROUPS_EACH = 3;
    static final int KNOWN_PER_RULED = 4;
    static final int TONES = 50;
    static final int PATHS = 1 << 16;
    static final int CLIENTS = 4;
    static final String TOKEN = "bench-gateway-token";
    static final String GATEWAY_HEADER = "X-Gateway-Token";
    static final long NOW = 1_780_000_000_000L;
    static final ObjectMapper JSON = new ObjectMapper();

    static long phone(int i) {
        return 9_100_000_000L + i * 37L;
    }

    static long randomMobile(SplittableRandom random) {
        return 9_000_000_000L + random.nextLong(1_000_000_000L);
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("vg-bench-playback");
        Path data = work.resolve("data");
        Table table = new Table("Playback over HTTP, " + String.format("%,d", SUBSCRIBERS) + " subscribers, "
                + 100 / RULES_EVERY + " % with " + RULES_EACH + " rules (PlaybackHttpBench)");

        long[] known = new long[SUBSCRIBERS / RULES_EVERY * KNOWN_PER_RULED];
        Fill fill = fillDatabase(data, known);
        table.row("data fill (SQLite, direct): " + fill.summary, String.format("%.1f s (%s)", fill.totalSec, fill.steps), "—");
        List<String> resolvePaths = resolveMix(new SplittableRandom(7), known);

        Map<String, String> env = Map.of("VG_DATA", data.toString(), "VG_PORT", "0", "VG_DEMO", "false",
                "VG_EDITOR_PASSWORD", "bench-editor", "VG_GATEWAY_TOKEN", TOKEN, "VG_SIP_PORT", "0");
        long baseline = Heap.usedAfterGc();
        long s0 = System.nanoTime();
        App app = App.start(Config.fromEnvironment(env), Clock.systemUTC());
        double startSec = (System.nanoTime() - s0) / 1e9;
        try {
            long afterStart = Heap.usedAfterGc();
            table.row("start-up with " + String.format("%,d", SUBSCRIBERS) + " subscribers (plans are read on each callee's first call)",
                    String.format("%.1f s", startSec), "—");
            table.row("heap after start (GC'd used heap after start − before; the app's own few MB)",
                    String.format("%.0f MB", Heap.mb(afterStart - baseline)), "—");

            sanity(app.port(), known);
            httpLoad(app.port(), resolvePaths, table);
            cabinetChange(app.port(), data, table);
        } finally {
            app.close();
        }
        table.print();
        System.out.println("Resolve mix: callee 70 % any subscriber, 20 % one with rules, 10 % a number without the service; for a callee"
                + " with rules the caller is one its rules name 60 % of the time. " + CLIENTS + " closed-loop client threads (java.net.http)"
                + " in the same JVM as the server; 2xx counts as done (204 = ordinary beeps), anything else as an error."
                + " Measured rounds alternate: bare, resolve, resolve, bare, 10 s each, after 15 s warm-up of both;"
                + " req/s is the mean of the two rounds, latency is client-side over both resolve rounds.");
        if (Boolean.getBoolean("vg.bench.keep")) System.out.println("Data folder kept: " + data);
        else deleteTree(work);
    }

    /** The filled folder is about half a gigabyte; -Dvg.bench.keep=true keeps it for a look afterwards. */
    static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the data

    record Fill(double totalSec, String steps, String summary) {
    }

    /** Fills a fresh data folder through Database.open (so the migrations run), one big transaction per step. */
    static Fill fillDatabase(Path data, long[] known) throws SQLException {
        SplittableRandom random = new SplittableRandom(42);
        List<String> steps = new ArrayList<>();
        long[] counts = new long[6];
        long start = System.nanoTime();
        try (Database db = Database.open(data)) {
            db.jdbi().useHandle(h -> {
                // the bench builds consistent rows itself; checking every reference would only slow the fill
                h.execute("PRAGMA foreign_keys = OFF");
                Connection c = h.getConnection();
                step(steps, "tones", () -> inTransaction(c, () -> {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO tones (id, title, artist, theme_id, kind, price, tags,"
                            + " status, duration_ms, play_count, created_at, published_at, updated_at)"
                            + " VALUES (?, ?, 'Bench', 'pop', 'melody', 1000, '', 'published', 20000, 0, ?, ?, ?)")) {
                        for (int t = 1; t <= TONES; t++) {
                            p.setLong(1, t);
                            p.setString(2, "Мелодия " + t);
                            p.setLong(3, NOW);
                            p.setLong(4, NOW);
                            p.setLong(5, NOW);
                            p.addBatch();
                        }
                        p.executeBatch();
                    }
                    try (var s = c.createStatement()) {
                        s.execute("UPDATE counters SET value = value + 1 WHERE name = 'changes'"); // not in the feed: the index rebuilds
                    }
                }));
                long[] defaults = new long[SUBSCRIBERS];
                step(steps, "subscribers", () -> inTransaction(c, () -> {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO subscribers (phone, status, connected_at, updated_at,"
                            + " default_tone_id) VALUES (?, 'active', ?, ?, ?)")) {
                        for (int i = 0; i < SUBSCRIBERS; i++) {
                            defaults[i] = 1 + random.nextInt(TONES);
                            p.setString(1, Long.toString(phone(i)));
                            p.setLong(2, NOW);
                            p.setLong(3, NOW);
                            p.setLong(4, defaults[i]);
                            p.addBatch();
                            if (i % 10_000 == 9_999) p.executeBatch();
                        }
                        p.executeBatch();
                    }
                    counts[0] = SUBSCRIBERS;
                }));
                step(steps, "groups, rules and the subscribers' tones", () -> inTransaction(c, () ->
                        fillRules(c, random, defaults, known, counts)));
            });
        }
        double total = (System.nanoTime() - start) / 1e9;
        String summary = String.format("%,d subscribers, %,d subscriber_tones, %,d groups with %,d members, %,d rules with"
                + " %,d callers and %,d tones", counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], ruleTonesCount);
        return new Fill(total, String.join(", ", steps), summary);
    }

    static long ruleTonesCount;

    /** Groups, rules and their callers and tones for every tenth subscriber; every subscriber's tones (default and rule tones). */
    static void fillRules(Connection c, SplittableRandom random, long[] defaults, long[] known, long[] counts) throws SQLException {
        try (PreparedStatement owned = c.prepareStatement("INSERT INTO subscriber_tones (phone, tone_id, added_at) VALUES (?, ?, ?)");
             PreparedStatement group = c.prepareStatement("INSERT INTO caller_groups (id, phone, name, created_at) VALUES (?, ?, ?, ?)");
             PreparedStatement member = c.prepareStatement("INSERT INTO caller_group_members (group_id, caller) VALUES (?, ?)");
             PreparedStatement rule = c.prepareStatement("INSERT INTO rules (id, phone, group_id, days, time_from, time_to, created_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ruleCaller = c.prepareStatement("INSERT INTO rule_callers (rule_id, caller) VALUES (?, ?)");
             PreparedStatement ruleTone = c.prepareStatement("INSERT INTO rule_tones (rule_id, tone_id, position) VALUES (?, ?, ?)")) {
            long groupId = 0, ruleId = 0;
            String[] groupNames = {"Семья", "Друзья", "Работа"};
            for (int i = 0; i < SUBSCRIBERS; i++) {
                String phone = Long.toString(phone(i));
                Set<Long> tones = new LinkedHashSet<>();
                tones.add(defaults[i]);
                if (i % RULES_EVERY == 0) {
                    List<Long> everyone = new ArrayList<>();
                    long[] groupIds = new long[GROUPS_EACH];
                    for (int g = 0; g < GROUPS_EACH; g++) {
                        groupIds[g] = ++groupId;
                        group.setLong(1, groupId);
                        group.setString(2, phone);
                        group.setString(3, groupNames[g]);
                        group.setLong(4, NOW);
                        group.addBatch();
                        counts[2]++;
                        Set<Long> members = new LinkedHashSet<>();
                        for (int m = 3 + random.nextInt(10); m > 0; m--) members.add(randomMobile(random));
                        for (long n : members) {
                            member.setLong(1, groupId);
                            member.setString(2, Long.toString(n));
                            member.addBatch();
                            everyone.add(n);
                            counts[3]++;
                        }
                    }
                    for (int r = 0; r < RULES_EACH; r++) {
                        ++ruleId;
                        boolean forGroup = random.nextBoolean();
                        rule.setLong(1, ruleId);
                        rule.setString(2, phone);
                        if (forGroup) rule.setLong(3, groupIds[random.nextInt(GROUPS_EACH)]);
                        else rule.setNull(3, java.sql.Types.INTEGER);
                        rule.setString(4, days(random));
                        if (random.nextInt(10) < 4) {
                            int from = random.nextInt(48) * 30;
                            int to = (from + 30 * (1 + random.nextInt(47))) % (24 * 60); // some cross midnight, never empty
                            rule.setString(5, hhmm(from));
                            rule.setString(6, hhmm(to));
                        } else {
                            rule.setNull(5, java.sql.Types.VARCHAR);
                            rule.setNull(6, java.sql.Types.VARCHAR);
                        }
                        rule.setLong(7, NOW);
                        rule.addBatch();
                        counts[4]++;
                        if (!forGroup) {
                            Set<Long> callers = new LinkedHashSet<>();
                            for (int k = 1 + random.nextInt(3); k > 0; k--)
                                callers.add(random.nextInt(3) == 0 ? everyone.get(random.nextInt(everyone.size())) : randomMobile(random));
                            for (long n : callers) {
                                ruleCaller.setLong(1, ruleId);
                                ruleCaller.setString(2, Long.toString(n));
                                ruleCaller.addBatch();
                                everyone.add(n);
                                counts[5]++;
                            }
                        }
                        Set<Long> ruleTones = new LinkedHashSet<>();
                        int count = random.nextInt(10) < 3 ? 2 + random.nextInt(2) : 1; // shuffles of 2–3 tones
                        while (ruleTones.size() < count) ruleTones.add(1L + random.nextInt(TONES));
                        int position = 0;
                        for (long t : ruleTones) {
                            ruleTone.setLong(1, ruleId);
                            ruleTone.setLong(2, t);
                            ruleTone.setInt(3, position++);
                            ruleTone.addBatch();
                            ruleTonesCount++;
                        }
                        tones.addAll(ruleTones);
                    }
                    int ruled = i / RULES_EVERY;
                    for (int k = 0; k < KNOWN_PER_RULED; k++) known[ruled * KNOWN_PER_RULED + k] = everyone.get(random.nextInt(everyone.size()));
                }
                for (long t : tones) {
                    owned.setString(1, phone);
                    owned.setLong(2, t);
                    owned.setLong(3, NOW);
                    owned.addBatch();
                    counts[1]++;
                }
                if (i % 5_000 == 4_999) {
                    for (PreparedStatement p : List.of(owned, group, member, rule, ruleCaller, ruleTone)) p.executeBatch();
                }
            }
            for (PreparedStatement p : List.of(owned, group, member, rule, ruleCaller, ruleTone)) p.executeBatch();
        }
    }

    /** 30 % of rules on 1–5 days (ISO digits, ascending), the rest every day (''). */
    static String days(SplittableRandom random) {
        if (random.nextInt(10) >= 3) return "";
        boolean[] on = new boolean[8];
        for (int d = 1 + random.nextInt(5); d > 0; d--) on[1 + random.nextInt(7)] = true;
        StringBuilder s = new StringBuilder();
        for (int d = 1; d <= 7; d++) if (on[d]) s.append(d);
        return s.toString();
    }

    static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    static void inTransaction(Connection c, SqlWork work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static void step(List<String> steps, String name, SqlWork work) throws SQLException {
        long t0 = System.nanoTime();
        work.run();
        steps.add(String.format("%s %.1f s", name, (System.nanoTime() - t0) / 1e9));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the load

    /** The switch's questions: callee 70 % any subscriber, 20 % one with rules, 10 % no service; callers a rule names 60 % for ruled callees. */
    static List<String> resolveMix(SplittableRandom random, long[] known) {
        List<String> paths = new ArrayList<>(PATHS);
        for (int i = 0; i < PATHS; i++) {
            int roll = random.nextInt(100);
            long callee;
            long caller = randomMobile(random);
            if (roll < 70) {
                int s = random.nextInt(SUBSCRIBERS);
                callee = phone(s);
                if (s % RULES_EVERY == 0 && random.nextInt(100) < 60) caller = knownCaller(random, known, s / RULES_EVERY);
            } else if (roll < 90) {
                int r = random.nextInt(SUBSCRIBERS / RULES_EVERY);
                callee = phone(r * RULES_EVERY);
                if (random.nextInt(100) < 60) caller = knownCaller(random, known, r);
            } else {
                callee = 9_800_000_000L + random.nextInt(100_000_000);
            }
            paths.add("/api/playback/resolve?caller=" + caller + "&callee=" + callee);
        }
        return paths;
    }

    static long knownCaller(SplittableRandom random, long[] known, int ruledIndex) {
        return known[ruledIndex * KNOWN_PER_RULED + random.nextInt(KNOWN_PER_RULED)];
    }

    /** A few answers that must hold before measuring anything: the token is checked, subscribers hear tones, strangers beep. */
    static void sanity(int port, long[] known) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        if (get(client, port, "/api/playback/resolve?caller=9000000001&callee=" + phone(1), false).statusCode() != 401)
            throw new IllegalStateException("resolve without the gateway token was not refused");
        HttpResponse<String> r = get(client, port, "/api/playback/resolve?caller=9000000001&callee=" + phone(1), true);
        if (r.statusCode() != 200) throw new IllegalStateException("a subscriber's caller got " + r.statusCode() + " " + r.body());
        r = get(client, port, "/api/playback/resolve?caller=" + known[0] + "&callee=" + phone(0), true);
        if (r.statusCode() != 200) throw new IllegalStateException("a ruled subscriber's caller got " + r.statusCode() + " " + r.body());
        r = get(client, port, "/api/playback/resolve?caller=9000000001&callee=9899999999", true);
        if (r.statusCode() != 204) throw new IllegalStateException("a number without the service got " + r.statusCode());
    }

    static HttpResponse<String> get(HttpClient client, int port, String path, boolean token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token) b.header(GATEWAY_HEADER, TOKEN);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void httpLoad(int port, List<String> resolvePaths, Table table) throws InterruptedException {
        Map<String, String> gateway = Map.of(GATEWAY_HEADER, TOKEN);
        List<String> bare = List.of("/api/health");
        // long enough for the JIT to settle on a 2-core machine: the first seconds of each path are far slower
        Duration warm = Duration.ofSeconds(15), each = Duration.ofSeconds(10);
        HttpLoad.run(port, resolvePaths, gateway, CLIENTS, warm, false);
        HttpLoad.run(port, bare, gateway, CLIENTS, warm, false);
        List<HttpLoad.Result> bares = new ArrayList<>(), resolves = new ArrayList<>();
        ThreadCpu bareCpu = new ThreadCpu(), resolveCpu = new ThreadCpu();
        bares.add(bareCpu.during(() -> HttpLoad.run(port, bare, gateway, CLIENTS, each, true)));
        resolves.add(resolveCpu.during(() -> HttpLoad.run(port, resolvePaths, gateway, CLIENTS, each, true)));
        resolves.add(resolveCpu.during(() -> HttpLoad.run(port, resolvePaths, gateway, CLIENTS, each, true)));
        bares.add(bareCpu.during(() -> HttpLoad.run(port, bare, gateway, CLIENTS, each, true)));
        double bareRps = bares.stream().mapToDouble(HttpLoad.Result::requestsPerSecond).average().orElseThrow();
        double resolveRps = resolves.stream().mapToDouble(HttpLoad.Result::requestsPerSecond).average().orElseThrow();
        Percentiles bareLatency = Percentiles.merge(bares.stream().map(HttpLoad.Result::latency).toList());
        Percentiles latency = Percentiles.merge(resolves.stream().map(HttpLoad.Result::latency).toList());
        long errors = bares.stream().mapToLong(HttpLoad.Result::errors).sum() + resolves.stream().mapToLong(HttpLoad.Result::errors).sum();
        table.row("HTTP bare endpoint (/api/health), " + CLIENTS + " clients", String.format("%,.0f req/s (rounds %,.0f / %,.0f; p50 %.2f ms, p99 %.2f ms)",
                bareRps, bares.get(0).requestsPerSecond(), bares.get(1).requestsPerSecond(), bareLatency.ms(0.50), bareLatency.ms(0.99)), "baseline");
        table.row("HTTP resolve (/api/playback/resolve), " + CLIENTS + " clients", String.format("%,.0f req/s (rounds %,.0f / %,.0f)",
                resolveRps, resolves.get(0).requestsPerSecond(), resolves.get(1).requestsPerSecond()), "—");
        table.row("HTTP resolve ÷ bare", String.format("%.0f %%", 100 * resolveRps / bareRps), "≥ 70 %");
        table.row("resolve latency p50 (client side)", String.format("%.2f ms", latency.ms(0.50)), "—");
        table.row("resolve latency p99 (client side)", String.format("%.2f ms", latency.ms(0.99)), "< 5 ms");
        table.row("errors (non-2xx or failed), all rounds", Long.toString(errors), "0");
        long bareCount = Math.round(bareRps * 2 * each.toSeconds()), resolveCount = Math.round(resolveRps * 2 * each.toSeconds());
        table.row("server CPU per request, bare: request threads", bareCpu.perRequest(ThreadCpu.REQUESTS, bareCount), "—");
        table.row("server CPU per request, resolve: request threads + heard log (SQLite write, tone reindex)",
                resolveCpu.perRequest(ThreadCpu.REQUESTS, resolveCount) + " + " + resolveCpu.perRequest(ThreadCpu.HEARD, resolveCount), "—");
    }

    /**
     * CPU time the server's threads used during some load rounds, by kind, from ThreadMXBean: Jetty's request threads,
     * and the heard log with the index work its flushes cause (vg-heard-log, tone-index-commit, Lucene merges).
     * A thread that ends within a round (a short Lucene merge thread) is missed, so the heard figure is a floor.
     */
    static final class ThreadCpu {
        static final String REQUESTS = "requests", HEARD = "heard";
        private final java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        private final Map<String, Long> nanos = new java.util.HashMap<>();

        interface Round {
            HttpLoad.Result run() throws InterruptedException;
        }

        HttpLoad.Result during(Round round) throws InterruptedException {
            Map<Long, Long> before = snapshot();
            HttpLoad.Result r = round.run();
            Map<Long, Long> after = snapshot();
            for (java.lang.management.ThreadInfo info : mx.getThreadInfo(after.keySet().stream().mapToLong(Long::longValue).toArray())) {
                if (info == null) continue;
                String kind = kind(info.getThreadName());
                if (kind == null) continue;
                long used = after.get(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L);
                nanos.merge(kind, used, Long::sum);
            }
            return r;
        }

        private Map<Long, Long> snapshot() {
            Map<Long, Long> cpu = new java.util.HashMap<>();
            for (long id : mx.getAllThreadIds()) {
                long t = mx.getThreadCpuTime(id);
                if (t >= 0) cpu.put(id, t);
            }
            return cpu;
        }

        private static String kind(String thread) {
            if (thread.startsWith("JettyServerThreadPool")) return REQUESTS;
            if (thread.equals("vg-heard-log") || thread.equals("tone-index-commit") || thread.startsWith("Lucene Merge")) return HEARD;
            return null;
        }

        String perRequest(String kind, long requests) {
            return String.format("%.0f µs", nanos.getOrDefault(kind, 0L) / 1e3 / Math.max(1, requests));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // a change in the cabinet

    private static final Pattern PASSWORD = Pattern.compile("(?:Пароль:|пароль) ([A-Za-z0-9]{6,})");

    /** Connects a new subscriber by SMS, logs in, adds two tones and switches the default: the very next resolve must follow. */
    static void cabinetChange(int port, Path data, Table table) throws Exception {
        String me = "9990000001", caller = "9000000002";
        HttpClient gateway = HttpClient.newHttpClient();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        expect(get(gateway, port, "/sms/inbound?from=" + me + "&to=1090&text=5", true), 202, "SMS 5 to 1090");
        String password = awaitPassword(data.resolve("sms-outbox.jsonl"), me);
        expect(send(browser, port, "POST", "/api/session", Map.of("phone", me, "password", password)), 200, "login");
        for (long tone : new long[] {1, 2}) expect(send(browser, port, "POST", "/api/me/tones", Map.of("toneId", tone)), 201, "add tone " + tone);
        expect(get(gateway, port, "/api/playback/resolve?caller=" + caller + "&callee=" + me, true), 204, "resolve before any default");

        boolean allVisible = true;
        List<String> delays = new ArrayList<>();
        for (long tone : new long[] {1, 2, 1}) {
            expect(send(browser, port, "PUT", "/api/me/default", Map.of("toneId", tone)), 200, "set default " + tone);
            long answered = System.nanoTime();
            HttpResponse<String> r = get(gateway, port, "/api/playback/resolve?caller=" + caller + "&callee=" + me, true);
            long heard = System.nanoTime();
            boolean visible = r.statusCode() == 200 && JSON.readTree(r.body()).get("toneId").asLong() == tone;
            allVisible &= visible;
            delays.add(String.format("%.2f ms", (heard - answered) / 1e6));
        }
        table.row("cabinet change (PUT /api/me/default) heard on the very next resolve, 3 switches",
                allVisible ? "yes (PUT answered → resolve answered with it: " + String.join(", ", delays) + ")" : "NO", "yes");
    }

    static HttpResponse<String> send(HttpClient client, int port, String method, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status)
            throw new IllegalStateException(what + ": expected " + status + ", got " + r.statusCode() + " " + r.body());
    }

    static String awaitPassword(Path outbox, String phone) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(outbox)) {
                for (String line : Files.readAllLines(outbox)) {
                    if (line.isBlank()) continue;
                    JsonNode sms = JSON.readTree(line);
                    Matcher m = PASSWORD.matcher(sms.get("text").asText());
                    if (sms.get("to").asText().endsWith(phone) && m.find()) return m.group(1);
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no password SMS for " + phone + " in " + outbox);
    }

}
