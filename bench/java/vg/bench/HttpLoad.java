package vg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Closed-loop load over loopback: a few client threads, each sending its next request when the last is answered. */
final class HttpLoad {
    record Result(double requestsPerSecond, long errors) {
    }

    static Result run(int port, List<String> paths, int threads, Duration duration) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers[t] = new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    String path = paths.get(i++ % paths.size());
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200) done.incrementAndGet();
                        else errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) w.join();
        return new Result(done.get() / (duration.toMillis() / 1000.0), errors.get());
    }
}
