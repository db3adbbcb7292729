package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Regime;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;

/** The public sample transcripts are whole, closed, assessed by the real rules, and stable per seed. */
class SampleTranscriptsTest {

    @Test
    void secondarySampleHasGradesSixToNineAndIsClosed() {
        Transcript t = SampleTranscripts.secondary(42);

        assertThat(t.level()).isEqualTo(EducationLevel.LOWER_SECONDARY);
        assertThat(t.years()).extracting(TranscriptYear::grade)
                .containsExactly(GradeLevel.of(6), GradeLevel.of(7), GradeLevel.of(8), GradeLevel.of(9));
        assertThat(t.years()).allSatisfy(p -> {
            assertThat(p.regime()).isEqualTo(Regime.TT22_2021);
            assertThat(p.promotion()).isEqualTo(PromotionStatus.PROMOTED);
        });
        assertThat(t.closing()).isPresent();
    }

    @Test
    void primarySampleCompletesThePrimaryProgramme() {
        Transcript t = SampleTranscripts.primary(7);

        assertThat(t.years()).hasSize(5);
        TranscriptYear grade5 = t.years().get(4);
        assertThat(((PrimaryResults) grade5.results()).primaryProgrammeCompleted()).isTrue();
        assertThat(t.closing()).isPresent();
    }

    @Test
    void theSampleAcrossCircularsHoldsATt58PageThenTt22Pages() {
        Transcript t = SampleTranscripts.acrossCirculars(5);

        assertThat(t.years()).extracting(p -> p.grade().number()).containsExactly(8, 8, 9);
        assertThat(t.years()).extracting(TranscriptYear::regime)
                .containsExactly(Regime.TT58_TT26_2020, Regime.TT22_2021, Regime.TT22_2021);
        assertThat(t.years()).extracting(TranscriptYear::promotion)
                .containsExactly(PromotionStatus.NOT_PROMOTED, PromotionStatus.PROMOTED, PromotionStatus.PROMOTED);
        assertThat(t.years().get(0).results()).isInstanceOf(LegacySecondaryResults.class);
        assertThat(t.closing()).isPresent();
        assertThat(RecordsJson.read(RecordsJson.write(t), Transcript.class)).isEqualTo(t);
    }

    @Test
    void sameSeedSameTranscriptOtherSeedAnother() {
        assertThat(SampleTranscripts.secondary(3)).isEqualTo(SampleTranscripts.secondary(3));
        assertThat(SampleTranscripts.secondary(3)).isNotEqualTo(SampleTranscripts.secondary(4));
    }

    @Test
    void samplesRoundTripThroughJson() {
        for (Transcript t : new Transcript[] {SampleTranscripts.secondary(1), SampleTranscripts.primary(1)}) {
            String json = RecordsJson.write(t);
            Transcript read = RecordsJson.read(json, Transcript.class);
            assertThat(read).isEqualTo(t);
            assertThat(RecordsJson.write(read)).isEqualTo(json);
        }
    }
}
