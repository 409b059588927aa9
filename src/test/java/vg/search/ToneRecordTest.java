package vg.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneRecordTest {
    @Test
    void everyFieldSurvivesTheTrip() {
        IndexedTone full = new IndexedTone(Long.MAX_VALUE, "Звёздная ночь 🎵", "Кино", "рок ночь", "rock", "Рок", "melody",
                -1, Integer.MAX_VALUE, Long.MIN_VALUE, 42, 1_700_000_000_000L);
        assertThat(ToneRecord.decode(ToneRecord.encode(full))).isEqualTo(full);
    }

    @Test
    void absentAndEmptyTextsStayApart() {
        IndexedTone sparse = new IndexedTone(0, "", null, null, null, "", null, 0, 0, 0, 0, 0);
        assertThat(ToneRecord.decode(ToneRecord.encode(sparse))).isEqualTo(sparse);
    }
}
