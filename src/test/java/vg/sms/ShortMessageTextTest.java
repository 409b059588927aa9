package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

class ShortMessageTextTest {
    @Test
    void theGsmDefaultAlphabetHasAllOneHundredTwentyEightCharacters() {
        assertThat(GsmAlphabet.basicSize()).isEqualTo(128);
    }

    @Test
    void gsmDefaultDecodesItsOwnCharactersAndTheEscapeTable() {
        byte[] septets = {0x00, 0x02, 0x11, 0x1B, 0x65, 0x20, 0x53, 0x54, 0x4F, 0x50};

        assertThat(ShortMessageText.decode((byte) 0x00, septets)).isEqualTo("@$_€ STOP");
    }

    @Test
    void eachDataCodingIsDecodedWithItsAlphabet() {
        assertThat(ShortMessageText.decode((byte) 0x08, "Стоп".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("Стоп");
        assertThat(ShortMessageText.decode((byte) 0x18, "Стоп".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("Стоп");
        assertThat(ShortMessageText.decode((byte) 0x03, "Ça va".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("Ça va");
        assertThat(ShortMessageText.decode((byte) 0x01, "stop".getBytes(StandardCharsets.US_ASCII))).isEqualTo("stop");
        assertThat(ShortMessageText.decode((byte) 0x06, "стоп".getBytes(Charset.forName("ISO-8859-5")))).isEqualTo("стоп");
        assertThat(ShortMessageText.decode((byte) 0xF0, "5".getBytes(StandardCharsets.US_ASCII))).isEqualTo("5");
    }

    @Test
    void aUserDataHeaderIsNotPartOfTheText() {
        DeliverSm sm = new DeliverSm();
        sm.setEsmClass((byte) 0x40);
        sm.setDataCoding((byte) 0x08);
        byte[] header = {0x05, 0x00, 0x03, 0x2A, 0x01, 0x01};
        byte[] text = "стоп".getBytes(StandardCharsets.UTF_16BE);
        byte[] octets = new byte[header.length + text.length];
        System.arraycopy(header, 0, octets, 0, header.length);
        System.arraycopy(text, 0, octets, header.length, text.length);

        assertThat(ShortMessageText.of(sm, octets)).isEqualTo("стоп");
    }

    @Test
    void theMessagePayloadWinsOverAnEmptyShortMessage() {
        DeliverSm sm = new DeliverSm();
        sm.setDataCoding((byte) 0x08);
        sm.setOptionalParameters(new OptionalParameter.Message_payload("длинный текст".getBytes(StandardCharsets.UTF_16BE)));

        assertThat(ShortMessageText.of(sm, new byte[0])).isEqualTo("длинный текст");
    }

    @Test
    void outgoingTextUpToOneUcs2SegmentGoesInShortMessageAndLongerInThePayload() {
        assertThat(OutgoingText.of("ж".repeat(70)).optionalParameters()).isEmpty();
        OutgoingText longer = OutgoingText.of("ж".repeat(71));
        assertThat(longer.shortMessage()).isEmpty();
        assertThat(longer.optionalParameters()).hasSize(1);
    }
}
