package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.SmsInbox;

class SmsCommandsTest {
    static final String PHONE = "9121234567";

    @TempDir
    Path dir;
    RunningApp vg;
    Http gateway;
    SmsInbox inbox;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir);
        gateway = vg.gateway();
        inbox = vg.sms();
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private void sms(String from, String to, String text) {
        Http.Response r = gateway.get("/sms/inbound?from=" + Http.q(from) + "&to=" + to + "&text=" + Http.q(text));
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
    }

    private int login(String phone, String password) {
        return vg.http().postJson("/api/session", Map.of("phone", phone, "password", password)).status();
    }

    @Test
    void fiveTo1090ConnectsAndSendsAPasswordThatOpensTheCabinet() {
        sms("+7 (912) 123-45-67", "1090", "5");
        JsonNode reply = inbox.await(PHONE, 1);
        assertThat(reply.get("from").asText()).isEqualTo("1090");
        assertThat(reply.get("text").asText()).contains("подключено");
        assertThat(reply.get("text").asText().length()).isLessThanOrEqualTo(70);
        String password = SmsInbox.passwordIn(reply);
        assertThat(password).hasSizeGreaterThanOrEqualTo(6);
        assertThat(login(PHONE, password)).isEqualTo(200);
    }

    @Test
    void fiveAgainSendsANewPasswordThatReplacesTheOldOne() {
        sms(PHONE, "1090", "5");
        String first = SmsInbox.passwordIn(inbox.await(PHONE, 1));
        sms("8" + PHONE, "1090", " 5 ");
        String second = SmsInbox.passwordIn(inbox.await(PHONE, 2));
        assertThat(second).isNotEqualTo(first);
        assertThat(login(PHONE, first)).isEqualTo(401);
        assertThat(login(PHONE, second)).isEqualTo(200);
    }

    @Test
    void zeroOrStopTo1090DisconnectsAndFiveBringsTheSubscriberBack() {
        sms(PHONE, "1090", "5");
        inbox.await(PHONE, 1);
        sms(PHONE, "1090", "stop");
        assertThat(inbox.await(PHONE, 2).get("text").asText()).contains("отключено");
        sms(PHONE, "1090", "0");
        assertThat(inbox.await(PHONE, 3).get("text").asText()).contains("не подключена");
        sms(PHONE, "1090", "5");
        String password = SmsInbox.passwordIn(inbox.await(PHONE, 4));
        Http me = vg.http().withCookies();
        assertThat(me.postJson("/api/session", Map.of("phone", PHONE, "password", password)).status()).isEqualTo(200);
        assertThat(me.get("/api/me").json().get("status").asText()).isEqualTo("active");
    }

    @Test
    void anySmsTo1070SendsANewPasswordEvenAnEmptyOne() {
        sms(PHONE, "1090", "5");
        String first = SmsInbox.passwordIn(inbox.await(PHONE, 1));
        sms(PHONE, "1070", "");
        JsonNode reply = inbox.await(PHONE, 2);
        assertThat(reply.get("from").asText()).isEqualTo("1070");
        String second = SmsInbox.passwordIn(reply);
        assertThat(login(PHONE, first)).isEqualTo(401);
        assertThat(login(PHONE, second)).isEqualTo(200);
        assertThat(gateway.get("/sms/inbound?from=" + PHONE + "&to=1070").status()).as("no text at all").isEqualTo(202);
        SmsInbox.passwordIn(inbox.await(PHONE, 3));
    }

    @Test
    void aCorporateSubscriberIsSentToTheSubscriberDepartmentAndKeepsItsPassword() {
        sms(PHONE, "1090", "5");
        String password = SmsInbox.passwordIn(inbox.await(PHONE, 1));
        Http.Response mark = gateway.putJson("/api/operator/subscribers/8" + PHONE, Map.of("corporate", true));
        assertThat(mark.status()).as(mark.toString()).isEqualTo(200);
        assertThat(mark.json().get("corporate").asBoolean()).isTrue();
        sms(PHONE, "1070", "пароль");
        JsonNode reply = inbox.await(PHONE, 2);
        assertThat(reply.get("text").asText()).contains("абонентский отдел");
        assertThat(login(PHONE, password)).isEqualTo(200);
        sms(PHONE, "1090", "5");
        assertThat(inbox.await(PHONE, 3).get("text").asText()).as("not by «5» either").contains("абонентский отдел");
        assertThat(login(PHONE, password)).isEqualTo(200);
        assertThat(vg.http().putJson("/api/operator/subscribers/" + PHONE, Map.of("corporate", false)).status())
                .as("the operator's call needs the gateway token").isEqualTo(401);
        assertThat(gateway.putJson("/api/operator/subscribers/9990001122", Map.of("corporate", true)).status()).isEqualTo(404);
    }

    @Test
    void aNumberWithoutTheServiceAsking1070IsToldToConnectFirst() {
        sms(PHONE, "1070", "");
        assertThat(inbox.await(PHONE, 1).get("text").asText()).contains("5 на 1090");
    }

    @Test
    void anythingElseGetsTheHelpAndChangesNothing() {
        sms(PHONE, "1090", "привет");
        sms(PHONE, "5555", "5");
        assertThat(inbox.await(PHONE, 1).get("text").asText()).contains("5 на 1090").contains("1070");
        assertThat(inbox.await(PHONE, 2).get("from").asText()).isEqualTo("5555");
        assertThat(login(PHONE, "anything")).isEqualTo(401);
    }

    @Test
    void theSmscMustShowTheGatewayTokenAndSendAValidNumber() {
        Http anonymous = vg.http();
        assertThat(anonymous.get("/sms/inbound?from=" + PHONE + "&to=1090&text=5").status()).isEqualTo(401);
        assertThat(anonymous.get("/sms/inbound?from=" + PHONE + "&to=1090&text=5&token=wrong").status()).isEqualTo(401);
        assertThat(anonymous.get("/sms/inbound?from=" + PHONE + "&to=1090&text=5", "X-Gateway-Token", "wrong").json()
                .get("error").asText()).isEqualTo("bad_gateway_token");
        assertThat(anonymous.get("/sms/inbound?from=" + PHONE + "&to=1090&text=5&token=" + RunningApp.GATEWAY_TOKEN).status())
                .isEqualTo(202);
        Http.Response bad = gateway.get("/sms/inbound?from=12345&to=1090&text=5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).isEqualTo("invalid_phone");
        assertThat(inbox.await(PHONE, 1).get("text").asText()).contains("подключено");
        assertThat(inbox.all()).hasSize(1);
    }

    @Test
    void theSmscMayPostTheFieldsAsAForm() {
        Http.Response r = gateway.postForm("/sms/inbound", Map.of("from", "+7" + PHONE, "to", "1090", "text", "5"));
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        assertThat(inbox.await(PHONE, 1).get("text").asText()).contains("подключено");
    }
}
