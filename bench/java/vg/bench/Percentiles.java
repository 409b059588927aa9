package vg.bench;

import java.util.Arrays;
import java.util.List;

/** Latency samples in nanoseconds, reported in milliseconds. One instance per thread; {@link #merge} joins them. */
final class Percentiles {
    private final long[] samples;
    private int n;

    Percentiles(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        if (n < samples.length) samples[n++] = nanos;
    }

    int count() {
        return n;
    }

    double ms(double quantile) {
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        int i = (int) Math.min(n - 1, Math.ceil(quantile * n) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** All the samples of {@code parts} in one (the per-thread recorders of a load run, or several runs). */
    static Percentiles merge(List<Percentiles> parts) {
        int total = 0;
        for (Percentiles p : parts) total += p.n;
        Percentiles all = new Percentiles(Math.max(1, total));
        for (Percentiles p : parts) {
            System.arraycopy(p.samples, 0, all.samples, all.n, p.n);
            all.n += p.n;
        }
        return all;
    }
}
