package vg.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogParsersTest {
    @ParameterizedTest
    @CsvSource({"mono,1", "stereo,2", "5.1,6", "5.1(side),6", "7.1,8", "quad,4", "3 channels,3", "1 channels,1", "weird,0"})
    void channelLayoutsCountTheirChannels(String layout, int channels) {
        assertThat(ChannelLayouts.count(layout)).isEqualTo(channels);
    }

    @Test
    void theLastEbur128SummaryOfEachMeterWins() {
        Ebur128Summaries summaries = new Ebur128Summaries();
        List.of("[ebur128@source @ 0x1] Summary:", "", "  Integrated loudness:", "    I:         -70.0 LUFS",
                "[ebur128@source @ 0x2] Summary:", "", "  Integrated loudness:", "    I:         -24.5 LUFS",
                "    Threshold: -34.5 LUFS",
                "[ebur128@output @ 0x3] Summary:", "  Integrated loudness:", "    I:         -16.1 LUFS")
                .forEach(summaries::accept);

        assertThat(summaries.integratedLufs("source")).hasValue(-24.5);
        assertThat(summaries.integratedLufs("output")).hasValue(-16.1);
        assertThat(summaries.integratedLufs("other")).isEmpty();
    }

    @Test
    void progressIsAPercentOfTheExpectedLengthCappedAt99UntilFinished() {
        List<Integer> seen = new ArrayList<>();
        TranscodeProgress progress = new TranscodeProgress(10_000, seen::add);

        progress.started();
        List.of("out_time_us=N/A", "out_time_us=2500000", "out_time_us=2500000", "bitrate=64.0kbits/s",
                "out_time_us=1000000", "out_time_us=12000000").forEach(progress::accept);
        progress.finished();

        assertThat(seen).containsExactly(0, 25, 99, 100);
    }

    @Test
    void theProbeReportReadsOnlyTheInputSection() {
        ProbeReport report = new ProbeReport();
        List.of("Input #0, ogg, from '/tmp/a, b.ogg':",
                "  Duration: 00:01:02.50, start: 0.000000, bitrate: 112 kb/s",
                "    Stream #0:0(eng): Audio: vorbis, 48000 Hz, stereo, fltp, 112 kb/s",
                "Stream mapping:",
                "Output #0, null, to 'pipe:':",
                "    Stream #0:0: Audio: pcm_s16le, 8000 Hz, mono, s16, 128 kb/s",
                "out_time_us=900000",
                "[ogg @ 0x1] something went wrong")
                .forEach(report::accept);

        assertThat(report.format()).hasValue("ogg");
        assertThat(report.durationMs()).hasValue(62_500L);
        assertThat(report.audio()).hasValue(new ProbeReport.AudioStream("vorbis", 48_000, 2));
        assertThat(report.decodedTailMs()).isEqualTo(900);
        assertThat(report.lastMessage()).hasValue("[ogg @ 0x1] something went wrong");
    }
}
