package vg.gifts;

import org.jspecify.annotations.Nullable;
/** A gift as both sides see it; {@code expiresAt} is when a pending gift lapses unanswered. */
public record GiftView(long id, String from, String to, long toneId, String title, String artist, long price, String status,
                       String createdAt, String expiresAt, @Nullable String answeredAt) {
}
