package vg.playback;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vg.catalogue.ToneAvailability;
import vg.common.ToneId;

/** The tones that may play: those in the public catalogue. A withdrawn tone stops playing on the next call. */
public final class PlayableTones implements ToneAvailability {
    private final Set<Long> published = ConcurrentHashMap.newKeySet();

    public PlayableTones(Set<Long> publishedAtStart) {
        published.addAll(publishedAtStart);
    }

    public boolean playable(long toneId) {
        return published.contains(toneId);
    }

    @Override
    public void changed(ToneId id, boolean isPublished) {
        if (isPublished) published.add(id.value());
        else published.remove(id.value());
    }
}
