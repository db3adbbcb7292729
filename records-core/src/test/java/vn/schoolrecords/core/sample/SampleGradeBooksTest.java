package vn.schoolrecords.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.gradebook.EditPolicy;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.GradeBookLog;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Term;

class SampleGradeBooksTest {

    private static final SchoolRoster ROSTER = SampleSchools.secondary(1);
    private static final String CLASS_ID = ROSTER.classes().get(0).id();

    @Test
    void semesterOneIsCompleteAndNovemberHasTheEdits() {
        GradeBookLog log = SampleGradeBooks.log(ROSTER, CLASS_ID, Term.FIRST, 7);
        log.verify();
        GradeBook book = log.replay();
        assertThat(book.missing(Term.FIRST)).isEmpty();
        assertThat(book.missing(Term.SECOND)).isNotEmpty();
        EditLogReport november = EditLogReport.monthly(log, YearMonth.of(2025, 11), EditPolicy.VIETNAM);
        assertThat(november.teachers().stream().mapToInt(t -> t.changes().size()).sum())
                .isEqualTo(SampleGradeBooks.NOVEMBER_EDITS);
    }

    @Test
    void bothSemestersAndTheSameSeedGiveTheSameLog() {
        GradeBookLog a = SampleGradeBooks.log(ROSTER, CLASS_ID, Term.SECOND, 7);
        assertThat(a.replay().missing(Term.SECOND)).isEmpty();
        assertThat(SampleGradeBooks.log(ROSTER, CLASS_ID, Term.SECOND, 7).head()).isEqualTo(a.head());
        assertThat(SampleGradeBooks.log(ROSTER, CLASS_ID, Term.SECOND, 8).head()).isNotEqualTo(a.head());
    }
}
