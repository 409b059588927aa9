package vg.sms;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsmpp.bean.AbstractSmCommand;
import org.jsmpp.bean.OptionalParameter;

/**
 * Turns the octets of a subscriber's SMS back into text: message_payload when present, else short_message,
 * without a user data header, decoded by data_coding (GSM default, IA5, Latin-1, Cyrillic, UCS-2).
 * Concatenated parts are not reassembled: a subscriber's commands are a word or a digit.
 */
final class ShortMessageText {
    private static final Charset CYRILLIC = Charset.forName("ISO-8859-5");

    private ShortMessageText() {
    }

    static String of(AbstractSmCommand command, byte[] shortMessage) {
        OptionalParameter payload = command.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        byte[] octets = payload instanceof OptionalParameter.OctetString p ? p.getValue() : shortMessage;
        if (octets == null) octets = new byte[0];
        if (AbstractSmCommand.isUdhi(command.getEsmClass())) octets = withoutHeader(octets);
        return decode(command.getDataCoding(), octets);
    }

    static String decode(byte dataCoding, byte[] octets) {
        int dc = dataCoding & 0xFF;
        return switch (alphabet(dc)) {
            case UCS2 -> new String(octets, StandardCharsets.UTF_16BE);
            case LATIN1, EIGHT_BIT -> new String(octets, StandardCharsets.ISO_8859_1);
            case IA5 -> new String(octets, StandardCharsets.US_ASCII);
            case CYRILLIC -> new String(octets, CYRILLIC);
            case GSM -> GsmAlphabet.decode(octets);
        };
    }

    private enum Alphabet { GSM, IA5, LATIN1, CYRILLIC, UCS2, EIGHT_BIT }

    private static Alphabet alphabet(int dc) {
        if (dc >= 0x10 && dc <= 0x7F) return generalGroup(dc); // GSM 03.38 general coding groups 00xx and 01xx
        if ((dc & 0xF0) == 0xF0) return (dc & 0x04) != 0 ? Alphabet.EIGHT_BIT : Alphabet.GSM;
        if ((dc & 0xF0) == 0xE0) return Alphabet.UCS2;
        return switch (dc) {
            case 0x01 -> Alphabet.IA5;
            case 0x03 -> Alphabet.LATIN1;
            case 0x02, 0x04 -> Alphabet.EIGHT_BIT;
            case 0x06 -> Alphabet.CYRILLIC;
            case 0x08 -> Alphabet.UCS2;
            default -> Alphabet.GSM;
        };
    }

    private static Alphabet generalGroup(int dc) {
        return switch ((dc >> 2) & 0x03) {
            case 1 -> Alphabet.EIGHT_BIT;
            case 2 -> Alphabet.UCS2;
            default -> Alphabet.GSM;
        };
    }

    private static byte[] withoutHeader(byte[] octets) {
        if (octets.length == 0) return octets;
        int start = 1 + (octets[0] & 0xFF);
        return start >= octets.length ? new byte[0] : Arrays.copyOfRange(octets, start, octets.length);
    }
}
