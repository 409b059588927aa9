package vg.rtp;

/** The A-law samples of one tone's network file, 8000 a second, shared read-only by every call that plays it. */
public final class ToneAudio {
    private final long toneId;
    private final byte[] samples;

    public ToneAudio(long toneId, byte[] samples) {
        if (samples.length == 0) throw new IllegalArgumentException("a tone without samples");
        this.toneId = toneId;
        this.samples = samples;
    }

    public long toneId() {
        return toneId;
    }

    public int length() {
        return samples.length;
    }

    /** Copies {@code count} samples starting at {@code position} into {@code to}, going round to the start at the end. */
    void copyLooped(int position, byte[] to, int at, int count) {
        int done = 0;
        while (done < count) {
            int p = (position + done) % samples.length;
            int n = Math.min(count - done, samples.length - p);
            System.arraycopy(samples, p, to, at + done, n);
            done += n;
        }
    }
}
