package vg.catalogue;

import vg.common.Money;

/** What an editor gives for a tone: everything but the audio. */
public record ToneDetails(String title, String artist, String themeId, ToneKind kind, Money price, String tags) {
}
