package vg.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import vg.db.Database;
import vg.db.DatabaseUrl;
import vg.search.IndexedTone;
import vg.support.Http;
import vg.support.NodeProcess;
import vg.support.RunningApp;
import vg.support.TestDb;

/**
 * Several nodes on one machine: resolve and search throughput of one node on SQLite, one on PostgreSQL and two behind
 * HAProxy, each against the bare /api/health of the same setup in the same run, with wrk in its own process; how long
 * a cabinet change on one node takes to be heard on the other; and the start-up and heap of a node with 1,000,000
 * subscribers on PostgreSQL. The PostgreSQL is the tests' embedded one (fsync off), or VG_TEST_POSTGRES.
 */
public final class ClusterBench {
    static final int SUBSCRIBERS = 20_000;
    static final int TONES = 2_000;
    static final int BIG = 1_000_000;
    static final int SECONDS = 10;
    static final int CONNECTIONS = 16;
    static final List<String> JVM = List.of("-Xmx1g");

    public static void main(String[] args) throws Exception {
        System.setProperty("vg.test.db", "postgresql");
        if (!Wrk.installed()) {
            System.err.println("bench/run cluster needs wrk: apt-get install wrk");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("vg-bench-cluster");
        Table throughput = new Table("Several nodes on one machine: " + String.format("%,d", SUBSCRIBERS) + " subscribers, "
                + String.format("%,d", TONES) + " tones; wrk -t2 -c" + CONNECTIONS + " for " + SECONDS + " s per row (ClusterBench)");
        List<String> resolve = resolvePaths();
        List<String> search = searchPaths();

        // one node on SQLite
        Path sqliteData = work.resolve("sqlite");
        try (Database db = Database.open(sqliteData)) {
            seed(db);
        }
        try (NodeProcess node = NodeProcess.start("solo", sqliteData, "sqlite", sqliteData.resolve("media"), Map.of(), JVM)) {
            measure(throughput, "one node, SQLite", node.port(), resolve, search);
        }

        // one node on PostgreSQL, then a second and HAProxy in front
        DatabaseUrl pg = TestDb.fresh();
        try (Database db = Database.open(pg, work.resolve("seed"))) {
            seed(db);
        }
        Path media = work.resolve("media");
        try (NodeProcess a = NodeProcess.start("node-a", work.resolve("a"), pg.jdbcUrl().orElseThrow(), media, Map.of(), JVM)) {
            measure(throughput, "one node, PostgreSQL", a.port(), resolve, search);
            try (NodeProcess b = NodeProcess.start("node-b", work.resolve("b"), pg.jdbcUrl().orElseThrow(), media, Map.of(), JVM)) {
                Haproxy haproxy = Haproxy.start(work, a.port(), b.port());
                if (haproxy == null) {
                    throughput.row("two nodes behind HAProxy", "skipped: haproxy is not installed (apt-get install haproxy)", "—");
                } else {
                    try (haproxy) {
                        measure(throughput, "two nodes behind HAProxy, PostgreSQL", haproxy.port(), resolve, search);
                    }
                }
                propagation(throughput, a, b);
            }
        }
        throughput.print();

        Table big = new Table("A node with " + String.format("%,d", BIG) + " subscribers on PostgreSQL (ClusterBench)");
        startUp(big, work);
        big.print();
        System.out.println("Each throughput row is wrk's requests per second; the ratio is to the bare /api/health of the same"
                + " setup (the mean of one run before and one after), so the setups' own overheads (the proxy, the database) show in"
                + " the ratio. wrk, every node, HAProxy and PostgreSQL share the machine's two cores.");
    }

    // ---------------------------------------------------------------------------------------------------------------

    static List<String> resolvePaths() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // 80 % subscribers, 20 % numbers without the service
            long callee = random.nextInt(10) < 8 ? phone(random.nextInt(SUBSCRIBERS)) : 9_500_000_000L + random.nextInt(1_000_000);
            out.add("/api/playback/resolve?caller=" + (9_000_000_000L + random.nextInt(1_000_000)) + "&callee=" + callee);
        }
        return out;
    }

    static List<String> searchPaths() {
        List<String> out = new ArrayList<>();
        for (String q : SyntheticCatalogue.QUERIES) out.add("/api/tones?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return out;
    }

    static long phone(int i) {
        return 9_100_000_000L + i * 37L;
    }

    static void seed(Database db) throws Exception {
        List<IndexedTone> tones = SyntheticCatalogue.generate(TONES, 42);
        db.jdbi().useHandle(h -> {
            Connection c = h.getConnection();
            c.setAutoCommit(false);
            try (PreparedStatement t = c.prepareStatement("INSERT INTO tones (id, title, artist, theme_id, kind, price, tags, status,"
                    + " duration_ms, play_count, created_at, published_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, 1, ?, 1)")) {
                for (IndexedTone tone : tones) {
                    t.setLong(1, tone.id());
                    t.setString(2, tone.title());
                    t.setString(3, tone.artist());
                    t.setString(4, tone.themeId());
                    t.setString(5, tone.kind());
                    t.setLong(6, tone.priceKopecks());
                    t.setString(7, tone.tags());
                    t.setLong(8, tone.durationSec() * 1000L);
                    t.setLong(9, tone.popularity());
                    t.setLong(10, tone.publishedAt());
                    t.addBatch();
                }
                t.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO subscribers (phone, status, connected_at, updated_at,"
                    + " default_tone_id) VALUES (?, 'active', 1, 1, ?)")) {
                for (int i = 0; i < SUBSCRIBERS; i++) {
                    s.setString(1, Long.toString(phone(i)));
                    s.setLong(2, 1 + (i % 50));
                    s.addBatch();
                }
                s.executeBatch();
            }
            // written behind the nodes' backs: not in the change feed, so each node builds its index afresh
            try (var s = c.createStatement()) {
                s.execute("UPDATE counters SET value = value + 1 WHERE name = 'changes'");
            }
            c.commit();
            c.setAutoCommit(true);
        });
    }

    static void measure(Table table, String setup, int port, List<String> resolve, List<String> search) throws Exception {
        String token = RunningApp.GATEWAY_TOKEN;
        // warm-up: the JIT, the index's page cache, and every callee's plan read once (a cold read is its own row below)
        Wrk.run(port, List.of("/api/health"), token, CONNECTIONS, 5);
        Wrk.run(port, resolve, token, CONNECTIONS, 15);
        Wrk.run(port, search, token, CONNECTIONS, 3);
        // the bare endpoint before and after, averaged, so a drift of the machine during the rows shows less
        Wrk.Result bareBefore = Wrk.run(port, List.of("/api/health"), token, CONNECTIONS, SECONDS);
        Wrk.Result r = Wrk.run(port, resolve, token, CONNECTIONS, SECONDS);
        Wrk.Result s = Wrk.run(port, search, token, CONNECTIONS, SECONDS);
        Wrk.Result bareAfter = Wrk.run(port, List.of("/api/health"), token, CONNECTIONS, SECONDS);
        double bare = (bareBefore.requestsPerSecond() + bareAfter.requestsPerSecond()) / 2;
        table.row(setup + ": bare /api/health, before and after", String.format("%,.0f and %,.0f req/s, p99 %.2f and %.2f ms",
                bareBefore.requestsPerSecond(), bareAfter.requestsPerSecond(), bareBefore.p99Ms(), bareAfter.p99Ms()), "baseline");
        table.row(setup + ": resolve", figure(r) + String.format(", %.2f× bare", r.requestsPerSecond() / bare), "—");
        table.row(setup + ": search (the fixed query mix)", figure(s) + String.format(", %.2f× bare", s.requestsPerSecond() / bare), "—");
    }

    static String figure(Wrk.Result r) {
        return String.format("%,.0f req/s, p50 %.2f ms, p99 %.2f ms%s", r.requestsPerSecond(), r.p50Ms(), r.p99Ms(),
                r.errors() > 0 ? ", " + r.errors() + " errors" : "");
    }

    /** A default tone set on A, and B's resolve polled until it answers with it. */
    static void propagation(Table table, NodeProcess a, NodeProcess b) throws Exception {
        String phone = "9990009999";
        a.gateway().get("/sms/inbound?from=" + phone + "&to=1090&text=5");
        String password = new vg.support.SmsInbox(a.smsFile(), b.smsFile()).awaitPassword(phone, 0);
        Http me = a.http().withCookies();
        me.postJson("/api/session", Map.of("phone", phone, "password", password));
        me.postJson("/api/me/tones", Map.of("toneId", 1));
        me.postJson("/api/me/tones", Map.of("toneId", 2));
        Http switchOnB = b.gateway();
        String ask = "/api/playback/resolve?caller=9000000001&callee=" + phone;
        int rounds = 200;
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long tone = 1 + i % 2;
            me.putJson("/api/me/default", Map.of("toneId", tone));
            long t0 = System.nanoTime();
            while (true) {
                Http.Response r = switchOnB.get(ask);
                if (r.status() == 200 && r.json().get("toneId").asLong() == tone) break;
                if (System.nanoTime() - t0 > 10_000_000_000L) throw new IllegalStateException("not heard on B within 10 s");
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        table.row("a cabinet change on A heard by B's next decision (" + rounds + " changes)",
                String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", ms[rounds / 2], ms[(int) (rounds * 0.99) - 1], ms[rounds - 1]),
                "p99 < 1 s");
    }

    /** 1,000,000 subscribers (every tenth with a rule for two callers), the node's start-up and heap. */
    static void startUp(Table table, Path work) throws Exception {
        DatabaseUrl pg = TestDb.fresh();
        long f0 = System.nanoTime();
        try (Database db = Database.open(pg, work.resolve("big-seed"))) {
            seed(db);
            db.jdbi().useHandle(h -> {
                CopyManager copy = new CopyManager(h.getConnection().unwrap(BaseConnection.class));
                StringBuilder subscribers = new StringBuilder();
                StringBuilder rules = new StringBuilder();
                StringBuilder ruleTones = new StringBuilder();
                StringBuilder ruleCallers = new StringBuilder();
                for (int i = SUBSCRIBERS; i < BIG; i++) {
                    String phone = Long.toString(phone(i));
                    subscribers.append(phone).append(",active,1,1,").append(1 + i % 50).append('\n');
                    if (i % 10 == 0) {
                        rules.append(i).append(',').append(phone).append(",\"\",1\n");
                        ruleTones.append(i).append(',').append(1 + i % 50).append(",0\n");
                        ruleCallers.append(i).append(',').append(9_000_000_000L + i).append('\n')
                                .append(i).append(',').append(9_000_000_001L + i).append('\n');
                    }
                }
                copy.copyIn("COPY subscribers (phone, status, connected_at, updated_at, default_tone_id) FROM STDIN WITH (FORMAT csv)",
                        new StringReader(subscribers.toString()));
                copy.copyIn("COPY rules (id, phone, days, created_at) FROM STDIN WITH (FORMAT csv)", new StringReader(rules.toString()));
                copy.copyIn("COPY rule_tones (rule_id, tone_id, position) FROM STDIN WITH (FORMAT csv)", new StringReader(ruleTones.toString()));
                copy.copyIn("COPY rule_callers (rule_id, caller) FROM STDIN WITH (FORMAT csv)", new StringReader(ruleCallers.toString()));
                h.execute("ANALYZE");
            });
        }
        table.row("data fill (COPY)", String.format("%.1f s", (System.nanoTime() - f0) / 1e9), "—");
        long s0 = System.nanoTime();
        try (NodeProcess node = NodeProcess.start("big", work.resolve("big"), pg.jdbcUrl().orElseThrow(), work.resolve("big-media"),
                Map.of(), JVM)) {
            double ready = (System.nanoTime() - s0) / 1e9;
            table.row("process start to /api/ready 200", String.format("%.1f s", ready), "< 10 s");
            long afterStart = usedHeapKb(node.pid());
            SplittableRandom random = new SplittableRandom(3);
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < 50_000; i++)
                paths.add("/api/playback/resolve?caller=" + (9_000_000_000L + random.nextInt(BIG)) + "&callee=" + phone(random.nextInt(BIG)));
            Wrk.Result cold = Wrk.run(node.port(), paths, RunningApp.GATEWAY_TOKEN, CONNECTIONS, SECONDS);
            table.row("resolve over 1,000,000 callees, most read from the database on first call", figure(cold), "—");
            Wrk.Result warm = Wrk.run(node.port(), paths.subList(0, 5_000), RunningApp.GATEWAY_TOKEN, CONNECTIONS, SECONDS);
            table.row("resolve over 5,000 callees already cached", figure(warm), "—");
            long afterLoad = usedHeapKb(node.pid());
            table.row("heap after start, and after " + String.format("%,d", paths.size()) + " distinct callees (used after a full GC)",
                    String.format("%.0f MB, %.0f MB (the plan cache may take %d MB)", afterStart / 1024.0, afterLoad / 1024.0,
                            vg.playback.PlanCache.DEFAULT_MEGABYTES), "bounded");
        }
    }

    /** The node's used heap after a full GC, from jcmd. */
    static long usedHeapKb(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Debian's HAProxy with deploy/haproxy.cfg in front of two nodes. */
    static final class Haproxy implements AutoCloseable {
        private final Process process;
        private final int port;

        private Haproxy(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Haproxy start(Path work, int a, int b) throws Exception {
            if (!Files.isExecutable(Path.of("/usr/sbin/haproxy"))) return null;
            int port;
            try (var s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            ProcessBuilder pb = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", Path.of("deploy/haproxy.cfg").toAbsolutePath().toString());
            pb.environment().put("VG_LISTEN", "127.0.0.1:" + port);
            pb.environment().put("VG_NODE_A", "127.0.0.1:" + a);
            pb.environment().put("VG_NODE_B", "127.0.0.1:" + b);
            pb.redirectErrorStream(true).redirectOutput(work.resolve("haproxy.log").toFile());
            Process process = pb.start();
            Haproxy h = new Haproxy(process, port);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    if (new Http(port).get("/api/ready").status() == 200) return h;
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            h.close();
            throw new IllegalStateException("HAProxy did not come up: " + Files.readString(work.resolve("haproxy.log")));
        }

        int port() {
            return port;
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
