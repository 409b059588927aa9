package vg.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwitchDemandTest {
    @Test
    void theSwitchCountsAsAskingForASecondAfterItsLastQuestion() throws InterruptedException {
        SwitchDemand demand = new SwitchDemand();
        assertThat(demand.asking()).isFalse();
        demand.asked();
        assertThat(demand.asking()).isTrue();
        Thread.sleep(1_100);
        assertThat(demand.asking()).isFalse();
    }
}
