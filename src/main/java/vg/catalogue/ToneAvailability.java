package vg.catalogue;

import vg.common.ToneId;

/** Told when a tone enters or leaves the public catalogue, so what plays follows at once. */
@FunctionalInterface
public interface ToneAvailability {
    void changed(ToneId id, boolean published);
}
