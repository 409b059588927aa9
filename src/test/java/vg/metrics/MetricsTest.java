package vg.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.FreePort;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.Seed;

/** /metrics: Prometheus text behind the gateway token, with vg's meters beside the JVM's and Jetty's. */
class MetricsTest {
    @TempDir
    Path dir;
    RunningApp vg;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir.resolve("data"), Map.of("VG_SIP_PORT", Integer.toString(FreePort.udpAndTcp())));
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private String scrape() {
        Http.Response r = vg.gateway().get("/metrics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type").orElse("")).startsWith("text/plain");
        return r.text();
    }

    @Test
    void metricsNeedTheGatewayToken() {
        assertThat(vg.http().get("/metrics").status()).isEqualTo(401);
        assertThat(vg.http().get("/metrics", "X-Gateway-Token", "not-the-token").status()).isEqualTo(401);
    }

    @Test
    void requestsAreCountedByRouteTemplateAndStatusWithLatencyBuckets() {
        for (int i = 0; i < 3; i++) assertThat(vg.http().get("/api/tones/" + (900_000 + i)).status()).isEqualTo(404);
        vg.http().get("/no/such/page");
        String text = scrape();
        assertThat(text).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/tones/{id}\",status=\"404\"} 3");
        assertThat(text).contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/tones/{id}\",status=\"404\",le=");
        assertThat(text).contains("route=\"unmatched\",status=\"404\"");
        assertThat(text).doesNotContain("route=\"/api/tones/900000\"");
    }

    @Test
    void decisionsChargesAndSmsAreCountedAsTheyHappen() {
        Http callee = Seed.subscriber(vg, "9121234567");
        assertThat(callee.get("/api/me").status()).isEqualTo(200);
        assertThat(vg.gateway().get("/api/playback/resolve?caller=9120000001&callee=9121234567").status()).isEqualTo(204);
        String text = scrape();
        assertThat(text).contains("vg_playback_decisions_total{outcome=\"beeps\"} 1.0");
        assertThat(text).contains("vg_playback_decisions_total{outcome=\"tone\"} 0.0");
        assertThat(text).as("the first visit is billed").contains("vg_charges_written_total{kind=\"subscription\"} 1.0");
        assertThat(text).contains("vg_sms_sent_total 1.0");
        assertThat(text).containsPattern("vg_sms_outbox_waiting [0-9.]+");
        assertThat(text).contains("vg_sms_send_failures_total{reason=\"link_down\"} 0.0");
    }

    @Test
    void theMediaPipelineEarlyMediaJvmAndJettyAreThere() {
        String text = scrape();
        for (String meter : new String[] {"vg_transcode_queued", "vg_transcode_running", "vg_transcode_duration_seconds_count{result=\"ready\"}",
                "vg_earlymedia_calls_active", "vg_earlymedia_calls_setup_total", "vg_rtp_streams_active", "vg_rtp_send_lateness_seconds_count",
                "vg_rtp_packets_sent_total", "jvm_memory_used_bytes", "jvm_gc_max_data_size_bytes", "process_cpu_usage", "jetty_threads_busy",
                "jetty_connections_current"})
            assertThat(text).as(meter).contains(meter);
    }
}
