package vg.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"9121234567", "89121234567", "+79121234567", "+7 (912) 123-45-67", "8 912 123 45 67", " 9121234567 "})
    void everyContractSpellingNormalisesToTenDigits(String spelling) {
        assertThat(PhoneNumber.parse(spelling)).contains(new PhoneNumber("9121234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "912123456", "91212345678", "79121234567", "+89121234567", "+7912123456", "4951234567",
            "8 495 123 45 67", "912-123-45-6x", "+7 912 123 45 67 8", "９１２１２３４５６７", "12345678901234567890123456789012345"})
    void anythingElseIsRejected(String spelling) {
        assertThat(PhoneNumber.parse(spelling)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullIsRejected() {
        assertThat(PhoneNumber.parse(null)).isEmpty();
    }
}
