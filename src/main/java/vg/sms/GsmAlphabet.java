package vg.sms;

/** The GSM 03.38 default alphabet, one septet per octet as SMPP carries it unpacked. */
final class GsmAlphabet {
    private static final char ESCAPE = 0x1B;
    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    private GsmAlphabet() {
    }

    static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int code = septets[i] & 0xFF;
            if (code > 0x7F) {
                text.append('?');
            } else if (code == ESCAPE && i + 1 < septets.length) {
                text.append(extension(septets[++i] & 0x7F));
            } else {
                text.append(BASIC.charAt(code));
            }
        }
        return text.toString();
    }

    private static char extension(int code) {
        return switch (code) {
            case 0x0A -> '\f';
            case 0x14 -> '^';
            case 0x28 -> '{';
            case 0x29 -> '}';
            case 0x2F -> '\\';
            case 0x3C -> '[';
            case 0x3D -> '~';
            case 0x3E -> ']';
            case 0x40 -> '|';
            case 0x65 -> '€';
            default -> ' ';
        };
    }

    static int basicSize() {
        return BASIC.length();
    }
}
