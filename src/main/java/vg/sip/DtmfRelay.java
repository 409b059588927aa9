package vg.sip;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;

/** A key press sent in an INFO: {@code application/dtmf-relay} ({@code Signal=*}) or plain {@code application/dtmf}. */
final class DtmfRelay {
    private DtmfRelay() {
    }

    /** The key the INFO carries, or 0 if it carries none. */
    static char key(Request info) {
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        byte[] body = info.getRawContent();
        if (type == null || body == null || !"application".equalsIgnoreCase(type.getContentType())) return 0;
        String text = new String(body, StandardCharsets.UTF_8);
        String subtype = type.getContentSubType().toLowerCase(Locale.ROOT);
        if (subtype.equals("dtmf")) return single(text.strip());
        if (!subtype.equals("dtmf-relay")) return 0;
        for (String line : text.split("\r?\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equalsIgnoreCase("Signal")) return single(line.substring(eq + 1).strip());
        }
        return 0;
    }

    private static char single(String value) {
        if (value.equals("10")) return '*';
        return value.length() == 1 && "0123456789*#ABCD".indexOf(Character.toUpperCase(value.charAt(0))) >= 0 ? value.charAt(0) : 0;
    }
}
