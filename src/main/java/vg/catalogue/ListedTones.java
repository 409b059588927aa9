package vg.catalogue;

import java.util.List;

/** One page of the editor's list and how many tones match in all. */
public record ListedTones(long total, List<Tone> tones) {
}
