package vg.rtp;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Each tone's samples are read from disk once, while any call plays them, and shared: a thousand callers of one
 * popular subscriber cost one copy. The last call to let go of a tone frees it, so memory follows what is playing,
 * not the size of the catalogue.
 */
public final class ToneAudioCache {
    /** Reads a tone's samples; for vg, the data chunk of its network file. */
    public interface Loader {
        byte[] samples(long toneId) throws IOException;
    }

    private record Held(ToneAudio audio, int users) {
    }

    private final Loader loader;
    private final Map<Long, Held> held = new HashMap<>();

    public ToneAudioCache(Loader loader) {
        this.loader = loader;
    }

    /** The tone's samples, counted as in use until {@link #release}. */
    public ToneAudio acquire(long toneId) throws IOException {
        synchronized (this) {
            Held h = held.get(toneId);
            if (h != null) {
                held.put(toneId, new Held(h.audio(), h.users() + 1));
                return h.audio();
            }
        }
        // read outside the lock: another call's disk read must not hold up calls of tones already in memory
        ToneAudio loaded = new ToneAudio(toneId, loader.samples(toneId));
        synchronized (this) {
            Held h = held.get(toneId);
            ToneAudio audio = h == null ? loaded : h.audio();
            held.put(toneId, new Held(audio, h == null ? 1 : h.users() + 1));
            return audio;
        }
    }

    public synchronized void release(ToneAudio audio) {
        Held h = held.get(audio.toneId());
        if (h == null) return;
        if (h.users() <= 1) held.remove(audio.toneId());
        else held.put(audio.toneId(), new Held(h.audio(), h.users() - 1));
    }

    public synchronized int tonesHeld() {
        return held.size();
    }
}
