package vg.sip;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The switch's addresses ({@code VG_SIP_TRUSTED}): SIP from anywhere else is dropped unread. */
public record TrustedAddresses(List<Cidr> blocks) {
    public TrustedAddresses {
        blocks = List.copyOf(blocks);
    }

    /** Comma-separated blocks; empty if any of them is not an address block. */
    public static Optional<TrustedAddresses> parse(String text) {
        List<Cidr> blocks = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) continue;
            Optional<Cidr> block = Cidr.parse(part);
            if (block.isEmpty()) return Optional.empty();
            blocks.add(block.get());
        }
        return blocks.isEmpty() ? Optional.empty() : Optional.of(new TrustedAddresses(blocks));
    }

    public boolean trusts(InetAddress address) {
        for (Cidr c : blocks) if (c.contains(address)) return true;
        return false;
    }

    @Override
    public String toString() {
        return String.join(",", blocks.stream().map(Cidr::toString).toList());
    }
}
