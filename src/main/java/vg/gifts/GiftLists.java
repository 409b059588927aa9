package vg.gifts;

import java.util.List;

/** The subscriber's gifts: those received and those given, newest first. */
public record GiftLists(List<GiftView> incoming, List<GiftView> outgoing) {
}
