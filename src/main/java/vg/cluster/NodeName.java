package vg.cluster;

import java.util.Optional;
import java.util.regex.Pattern;

/** The node's name in logs, metrics, claims and partial file names: letters, digits, dot, dash, underscore. */
public record NodeName(String value) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,63}");

    public NodeName {
        if (!VALID.matcher(value).matches()) throw new IllegalArgumentException("not a node name: " + value);
    }

    public static Optional<NodeName> parse(String text) {
        return VALID.matcher(text).matches() ? Optional.of(new NodeName(text)) : Optional.empty();
    }

    /** The host name, made safe for a file name; "vg" when the host has none. */
    public static String ofHost() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "vg");
        }
        String safe = host.replaceAll("[^A-Za-z0-9._-]", "-");
        if (safe.isEmpty()) return "vg";
        return safe.length() > 63 ? safe.substring(0, 63) : safe;
    }

    @Override
    public String toString() {
        return value;
    }
}
