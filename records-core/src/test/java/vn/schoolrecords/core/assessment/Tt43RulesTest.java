package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.assessment.AchievementLevel.FAIL;
import static vn.schoolrecords.core.assessment.AchievementLevel.FAIR;
import static vn.schoolrecords.core.assessment.AchievementLevel.GOOD;
import static vn.schoolrecords.core.assessment.AchievementLevel.PASS;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.gdtx;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.subjects;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.withComment;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.year;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.school.Term;

class Tt43RulesTest {

    private final Tt43Rules rules = Tt43Rules.standard();

    private SecondaryOutcome assess(String... scores) {
        return rules.assess(gdtx("HV1", subjects(scores), GOOD, GOOD));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // Tốt: at least 5 subjects ≥ 8,0 (5 vs 4)
        "8;8;8;8;8;7;7 | GOOD",
        "8;8;8;8;7,9;7;7 | FAIR",
        "8;8;8;8;8;6,5;6,4 | FAIR",
        // Khá (unverified): every ≥ 5,0, at least 5 ≥ 6,5
        "6,5;6,5;6,5;6,5;6,5;5;5 | FAIR",
        "6,5;6,5;6,5;6,5;6,4;5;5 | PASS",
        // Đạt (unverified): at least 5 ≥ 5,0, none < 3,5
        "5;5;5;5;5;3,5;4 | PASS",
        "5;5;5;5;4,9;4;4 | FAIL",
        "5;5;5;5;5;3,4;4 | FAIL",
    })
    void fiveSubjectsInsteadOfSix(String scores, AchievementLevel expected) {
        assertThat(assess(scores.split(";")).learning(Term.WHOLE_YEAR).computed()).isEqualTo(expected);
    }

    @Test
    void commentSubjectsDoNotEnterTheLevelsByDefault() {
        List<SubjectYear> list = withComment(subjects("8", "8", "8", "8", "8", "8"), 0, CommentResult.FAIL);
        SecondaryOutcome o = rules.assess(gdtx("HV1", list, GOOD, GOOD));
        assertThat(o.learning(Term.WHOLE_YEAR).computed()).isEqualTo(GOOD);
        assertThat(o.subject("GDTC").orElseThrow().year()).isEqualTo(CommentResult.FAIL);
        assertThat(o.award()).contains(Award.GOOD_LEARNER);
        assertThat(rules.commentOnlySubjects()).isEmpty();
    }

    @Test
    void configuredCommentOnlySubjectsEnterTheLevelsAsUnderTt22() {
        Tt43Rules configured = rules.withCommentOnlySubjects(Set.of("GDTC"));
        List<SubjectYear> list = withComment(subjects("8", "8", "8", "8", "8", "8"), 0, CommentResult.FAIL);
        SecondaryOutcome o = configured.assess(gdtx("HV1", list, GOOD, GOOD));
        assertThat(o.learning(Term.WHOLE_YEAR)).isEqualTo(new LearningResult(PASS, FAIR));
        assertThat(configured.commentOnlySubjects()).containsExactly("GDTC");
        assertThatThrownBy(() -> rules.withCommentOnlySubjects(Set.of("TOAN"))
                .assess(gdtx("HV1", list, GOOD, GOOD))).isInstanceOf(AssessmentInputException.class);
    }

    @Test
    void learnerTitlesNeedFiveSubjectsAtNine() {
        assertThat(assess("9", "9", "9", "9", "9", "8").award()).contains(Award.EXCELLENT_LEARNER);
        assertThat(assess("9", "9", "9", "9", "8,9", "8").award()).contains(Award.GOOD_LEARNER);
    }

    @Test
    void reasonsFlagTheUnverifiedThresholdsAndCiteTt43() {
        SecondaryOutcome o = assess("4,8", "8", "8", "8", "8", "8");
        Reason fair = o.reasons().failed().stream().filter(r -> r.condition().equals("CN.FAIR.ALL_AT_LEAST"))
                .findFirst().orElseThrow();
        assertThat(fair.text().en()).isEqualTo("Khá not reached: Toán 4,8 < 5,0 [threshold unverified]");
        assertThat(fair.citation()).hasToString("TT 43/2021, Điều 9, khoản 2, điểm b");
        assertThat(o.learning(Term.WHOLE_YEAR)).isEqualTo(new LearningResult(PASS, FAIR));
    }

    @Test
    void promotionAndSummerDutiesFollowArticles11To13() {
        SecondaryOutcome o = rules.assess(gdtx("HV1", subjects("4", "6", "3", "6", "6", "6"), GOOD, GOOD));
        assertThat(o.learning(Term.WHOLE_YEAR).computed()).isEqualTo(FAIL);
        assertThat(o.promotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
        assertThat(o.reassessmentSubjects()).containsExactly("TOAN", "NGOAI_NGU_1");
        assertThat(o.reasons().list()).anySatisfy(r -> assertThat(r.citation())
                .hasToString("TT 43/2021, Điều 13, khoản 1"));
        assertThat(o.reasons().list()).anySatisfy(r -> assertThat(r.citation())
                .hasToString("TT 43/2021, Điều 11, khoản 1, điểm c"));
    }

    @Test
    void tt43RulesRejectASchoolRecordAndTt22RulesRejectAGdtxOne() {
        assertThatThrownBy(() -> rules.assess(year("HS1", subjects("8", "8", "8", "8", "8", "8"))))
                .isInstanceOf(AssessmentInputException.class);
        assertThatThrownBy(() -> Tt22Rules.standard().assess(gdtx("HV1", subjects("8", "8", "8", "8", "8", "8"),
                GOOD, GOOD))).isInstanceOf(AssessmentInputException.class);
    }
}
