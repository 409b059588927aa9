package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmsTextsTest {
    @Test
    void everyReplyFitsOneCyrillicSmsOfSeventyCharacters() {
        String password = "Ab3dEf7h";
        for (String text : List.of(SmsTexts.connected(password), SmsTexts.newPassword(password), SmsTexts.disconnected(),
                SmsTexts.alreadyDisconnected(), SmsTexts.corporateRefusal(), SmsTexts.notConnected())) {
            assertThat(text.length()).as(text).isLessThanOrEqualTo(70);
        }
        assertThat(SmsTexts.connected(password)).contains(password);
        assertThat(SmsTexts.newPassword(password)).contains(password);
    }

    @Test
    void theHelpNamesEveryCommandEvenIfItTakesTwoSegments() {
        assertThat(SmsTexts.help()).contains("5 на 1090").contains("0 на 1090").contains("1070");
        assertThat(SmsTexts.help().length()).isLessThanOrEqualTo(134);
    }
}
