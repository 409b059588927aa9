package vg.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** An amount of roubles kept as whole kopecks, so sums never round. */
public record Money(long kopecks) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public Money {
        if (kopecks < 0) throw new IllegalArgumentException("money cannot be negative: " + kopecks);
    }

    public static Money kopecks(long kopecks) {
        return new Money(kopecks);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(kopecks, other.kopecks));
    }

    @JsonValue
    public long asJson() {
        return kopecks;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(kopecks, other.kopecks);
    }

    @Override
    public String toString() {
        return String.format("%d.%02d ₽", kopecks / 100, kopecks % 100);
    }
}
