package vg.rtp;

import java.util.Optional;

/** The UDP ports the streams may use, as {@code VG_RTP_PORTS} gives them ({@code 20000-29999}); streams take even ones. */
public record PortRange(int first, int last) {
    public PortRange {
        if (first < 1024 || last > 65534 || first > last) throw new IllegalArgumentException("not a port range: " + first + "-" + last);
        if (evenPorts(first, last) == 0) throw new IllegalArgumentException("no even port in " + first + "-" + last);
    }

    public static Optional<PortRange> parse(String text) {
        String[] parts = text.strip().split("-", -1);
        if (parts.length != 2) return Optional.empty();
        try {
            return Optional.of(new PortRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public int evenPorts() {
        return evenPorts(first, last);
    }

    private static int evenPorts(int first, int last) {
        int start = first + (first & 1);
        return start > last ? 0 : (last - start) / 2 + 1;
    }

    public int evenPort(int index) {
        return first + (first & 1) + 2 * index;
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
