package vg.sms;

import java.nio.charset.StandardCharsets;
import org.jsmpp.bean.OptionalParameter;

/**
 * The body of one submit_sm: always UCS-2 (data_coding 0x08), since the service writes Russian. Up to one segment
 * (140 octets = 70 UCS-2 units) travels in short_message; a longer text goes whole in the message_payload TLV and
 * the SMSC splits it for the handset. One PDU per SMS means one submit_sm_resp decides it: no half-sent SMS whose
 * resend would duplicate the first parts, as concatenated UDH segments would risk.
 */
record OutgoingText(byte[] shortMessage, OptionalParameter[] optionalParameters) {
    static final byte DATA_CODING_UCS2 = 0x08;
    static final int SEGMENT_OCTETS = 140;
    private static final byte[] NONE = new byte[0];

    static OutgoingText of(String text) {
        byte[] octets = text.getBytes(StandardCharsets.UTF_16BE);
        if (octets.length <= SEGMENT_OCTETS) return new OutgoingText(octets, new OptionalParameter[0]);
        return new OutgoingText(NONE, new OptionalParameter[] {new OptionalParameter.Message_payload(octets)});
    }
}
