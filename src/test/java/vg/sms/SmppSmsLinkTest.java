package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vg.common.PhoneNumber;
import vg.support.Await;

class SmppSmsLinkTest {
    static final Duration LIMIT = Duration.ofSeconds(10);

    record Received(String from, String to, String text) {
    }

    TestSmsc smsc;
    SmppSmsLink link;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile RuntimeException handlerFailure;

    @BeforeEach
    void bind() throws Exception {
        smsc = new TestSmsc("vg", "secret").start();
        link = new SmppSmsLink(settings(smsc, "secret"));
        link.start((from, to, text) -> {
            if (handlerFailure != null) throw handlerFailure;
            received.add(new Received(from, to, text));
        });
        Await.until(LIMIT, link::isBound, b -> b);
    }

    @AfterEach
    void close() throws Exception {
        link.close();
        smsc.close();
    }

    static SmppSettings settings(TestSmsc smsc, String password) {
        return SmppSettings.of("127.0.0.1", smsc.port, "vg", password)
                .withTimers(Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofMillis(100), Duration.ofMillis(400));
    }

    static OutgoingSms sms(String text) {
        return new OutgoingSms(1, new PhoneNumber("9121234567"), "1090", text, 0);
    }

    @Test
    void bindsAsTransceiverWithTheConfiguredSystemIdAndPassword() {
        assertThat(smsc.binds()).containsExactly(new TestSmsc.Bind(BindType.BIND_TRX, "vg", "secret"));
    }

    @Test
    void aSubmitSmReachesTheSmscWithInternationalDestinationShortNumberSourceAndUcs2CyrillicText() throws Exception {
        link.send(sms("Ваш пароль: Ёж42"));

        TestSmsc.Submitted submitted = smsc.submitted().get(0);
        assertThat(submitted.destination()).isEqualTo("79121234567");
        assertThat(submitted.destTon()).isEqualTo((byte) 1);
        assertThat(submitted.destNpi()).isEqualTo((byte) 1);
        assertThat(submitted.source()).isEqualTo("1090");
        assertThat(submitted.sourceTon()).isEqualTo((byte) 2);
        assertThat(submitted.sourceNpi()).isEqualTo((byte) 1);
        assertThat(submitted.dataCoding()).isEqualTo((byte) 0x08);
        assertThat(submitted.payload()).isNull();
        assertThat(new String(submitted.shortMessage(), StandardCharsets.UTF_16BE)).isEqualTo("Ваш пароль: Ёж42");
    }

    @Test
    void aLongRussianTextArrivesWholeInTheMessagePayload() throws Exception {
        String text = "Мелодия «Кино — Группа крови» добавлена в ваши гудки. Списано 30 руб. "
                + "Чтобы отказаться от услуги «Вместо гудков», отправьте 0 на номер 1090. "
                + "Управлять мелодиями можно в личном кабинете.";
        assertThat(text.length()).isGreaterThan(140);

        link.send(sms(text));

        TestSmsc.Submitted submitted = smsc.submitted().get(0);
        assertThat(submitted.shortMessage()).isEmpty();
        assertThat(submitted.dataCoding()).isEqualTo((byte) 0x08);
        assertThat(submitted.text()).isEqualTo(text);
    }

    @Test
    void seventyCyrillicLettersStillFitOneShortMessage() throws Exception {
        String text = "ж".repeat(70);

        link.send(sms(text));

        assertThat(smsc.submitted().get(0).payload()).isNull();
        assertThat(smsc.submitted().get(0).text()).isEqualTo(text);
    }

    @Test
    void aDeliverSmInUcs2ReachesTheHandlerWithFromToAndCyrillicText() throws Exception {
        smsc.deliver("79121234567", "1090", (byte) 0x08, (byte) 0, "стоп".getBytes(StandardCharsets.UTF_16BE));

        assertThat(received).containsExactly(new Received("79121234567", "1090", "стоп"));
    }

    @Test
    void aDeliverSmInTheGsmDefaultAlphabetReachesTheHandlerWithLatinText() throws Exception {
        smsc.deliver("89121234567", "1070", (byte) 0x00, (byte) 0, "STOP 5".getBytes(StandardCharsets.US_ASCII));

        assertThat(received).containsExactly(new Received("89121234567", "1070", "STOP 5"));
    }

    @Test
    void aDeliverSmInLatin1AndOneWithAMessagePayloadAreDecodedToo() throws Exception {
        smsc.deliver("79121234567", "1090", (byte) 0x03, (byte) 0, "café".getBytes(StandardCharsets.ISO_8859_1));
        smsc.deliver("79121234567", "1090", (byte) 0x08, (byte) 0, new byte[0],
                new OptionalParameter.Message_payload("подключить".getBytes(StandardCharsets.UTF_16BE)));

        assertThat(received).extracting(Received::text).containsExactly("café", "подключить");
    }

    @Test
    void aDataSmFromAnSmscThatUsesItReachesTheHandlerToo() throws Exception {
        smsc.dataSm("79121234567", "1070", "пароль");

        assertThat(received).containsExactly(new Received("79121234567", "1070", "пароль"));
    }

    @Test
    void whenTheHandlerFailsTheSmscGetsAnErrorStatusSoItDeliversAgain() throws Exception {
        handlerFailure = new IllegalStateException("database is locked");

        assertThatThrownBy(() -> smsc.deliver("79121234567", "1090", (byte) 0x00, (byte) 0, "5".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(NegativeResponseException.class,
                        e -> assertThat(e.getCommandStatus()).isEqualTo(SMPPConstant.STAT_ESME_RX_T_APPN));

        handlerFailure = null;
        smsc.deliver("79121234567", "1090", (byte) 0x00, (byte) 0, "5".getBytes(StandardCharsets.US_ASCII));
        assertThat(received).containsExactly(new Received("79121234567", "1090", "5"));
    }

    @Test
    void aDeliveryReceiptIsAcknowledgedButNotTakenForASubscribersSms() throws Exception {
        byte receipt = 0x04;
        smsc.deliver("79121234567", "1090", (byte) 0x00, receipt,
                "id:1 sub:001 dlvrd:001 submit date:2501011200 done date:2501011201 stat:DELIVRD err:000 text:x"
                        .getBytes(StandardCharsets.US_ASCII));

        assertThat(received).isEmpty();
    }

    @Test
    void aPermanentRefusalIsARejectionAndThrottlingIsATemporaryOutage() {
        smsc.answerSubmitWith(SMPPConstant.STAT_ESME_RINVDSTADR);
        assertThatThrownBy(() -> link.send(sms("x"))).isInstanceOf(SmsRejected.class).hasMessageContaining("0x0000000B");

        smsc.answerSubmitWith(SMPPConstant.STAT_ESME_RTHROTTLED);
        assertThatThrownBy(() -> link.send(sms("x"))).isInstanceOf(SmsLinkDown.class);
    }

    @Test
    void aLinkThatIsNotBoundSaysSoInsteadOfLosingTheSms() throws Exception {
        SmppSmsLink unbound = new SmppSmsLink(settings(smsc, "secret"));

        assertThatThrownBy(() -> unbound.send(sms("x"))).isInstanceOf(SmsLinkDown.class).hasMessageContaining("not bound");
        assertThat(smsc.submitted()).isEmpty();
    }
}
