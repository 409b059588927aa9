package vg.playback;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a rule holds on, both ends included: every year («31.12–01.01», across the New Year when {@code to} comes
 * before {@code from}; «29.02» only in leap years), or once, with years («30.12.2026–08.01.2027»).
 */
public record DateRange(MonthDay from, MonthDay to, Optional<Integer> fromYear, Optional<Integer> toYear) {
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?");

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (fromYear.isPresent() != toYear.isPresent()) throw new IllegalArgumentException("both ends have a year, or neither");
        if (fromYear.isPresent()) {
            LocalDate first = LocalDate.of(fromYear.get(), from.getMonth(), from.getDayOfMonth());
            LocalDate last = LocalDate.of(toYear.get(), to.getMonth(), to.getDayOfMonth());
            if (last.isBefore(first)) throw new IllegalArgumentException("a range that ends before it starts: " + first + "–" + last);
        }
    }

    /**
     * Reads the cabinet's «31.12» / «31.12.2026» pair; empty when either is not such a day (30.02, 29.02.2027, a year on
     * one end only, or an end before the start).
     */
    public static Optional<DateRange> parse(String from, String to) {
        if (from == null || to == null) return Optional.empty();
        Matcher f = DAY.matcher(from.strip());
        Matcher t = DAY.matcher(to.strip());
        if (!f.matches() || !t.matches()) return Optional.empty();
        try {
            return Optional.of(new DateRange(monthDay(f), monthDay(t), year(f), year(t)));
        } catch (java.time.DateTimeException | IllegalArgumentException e) { // a day no calendar has; an end before the start
            return Optional.empty();
        }
    }

    private static MonthDay monthDay(Matcher m) {
        MonthDay day = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        if (m.group(3) != null) LocalDate.of(Integer.parseInt(m.group(3)), day.getMonth(), day.getDayOfMonth());
        return day;
    }

    private static Optional<Integer> year(Matcher m) {
        return m.group(3) == null ? Optional.empty() : Optional.of(Integer.parseInt(m.group(3)));
    }

    public boolean yearly() {
        return fromYear.isEmpty();
    }

    /** yyyymmdd for a dated end, mmdd for a yearly one: the compiled rule compares these. */
    int encodedFrom() {
        return fromYear.orElse(0) * 10_000 + from.getMonthValue() * 100 + from.getDayOfMonth();
    }

    int encodedTo() {
        return toYear.orElse(0) * 10_000 + to.getMonthValue() * 100 + to.getDayOfMonth();
    }

    static int encode(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /** «31.12» or «31.12.2026», as the cabinet writes it. */
    public String fromText() {
        return text(from, fromYear);
    }

    public String toText() {
        return text(to, toYear);
    }

    private static String text(MonthDay day, Optional<Integer> year) {
        return String.format("%02d.%02d", day.getDayOfMonth(), day.getMonthValue()) + year.map(y -> "." + y).orElse("");
    }
}
