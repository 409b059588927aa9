package vg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load over loopback: a few client threads, each sending its next request when the last is answered.
 * Any 2xx answer counts as done (the switch's resolve answers 204 for ordinary beeps); anything else is an error.
 */
final class HttpLoad {
    /** {@code latency} holds every answered request's client-side time (send to body read), all threads together. */
    record Result(double requestsPerSecond, long errors, Percentiles latency) {
    }

    /** Per-thread sample room: far more than a thread can send in one measured run. */
    private static final int SAMPLES_PER_THREAD = 2_000_000;

    static Result run(int port, List<String> paths, int threads, Duration duration) throws InterruptedException {
        return run(port, paths, Map.of(), threads, duration, false);
    }

    /** As {@link #run(int, List, int, Duration)}, with {@code headers} on every request and, if asked, each latency recorded. */
    static Result run(int port, List<String> paths, Map<String, String> headers, int threads, Duration duration,
                      boolean recordLatency) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> requests = new ArrayList<>(paths.size());
        for (String path : paths) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            headers.forEach(b::header);
            requests.add(b.build());
        }
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Percentiles> perThread = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Percentiles mine = recordLatency ? new Percentiles(SAMPLES_PER_THREAD) : null;
            if (mine != null) perThread.add(mine);
            workers[t] = new Thread(() -> {
                int i = offset;
                long ok = 0, failed = 0;
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.get(i++ % requests.size());
                    try {
                        long start = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (r.statusCode() / 100 == 2) {
                            ok++;
                            if (mine != null) mine.add(took);
                        } else {
                            failed++;
                        }
                    } catch (Exception e) {
                        failed++;
                    }
                }
                done.addAndGet(ok);
                errors.addAndGet(failed);
            });
            workers[t].start();
        }
        for (Thread w : workers) w.join();
        return new Result(done.get() / (duration.toMillis() / 1000.0), errors.get(),
                recordLatency ? Percentiles.merge(perThread) : null);
    }
}
