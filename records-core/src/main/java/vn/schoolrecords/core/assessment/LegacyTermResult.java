package vn.schoolrecords.core.assessment;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.Term;

/**
 * A student's result for a semester or the year under TT 58/2011: overall average, academic
 * standing (học lực) before and after the adjustment of Điều 13.6, conduct and title.
 *
 * @param term {@code FIRST}, {@code SECOND} or {@code WHOLE_YEAR}, not null
 * @param average the mean of the scored subjects' averages (ĐTBhk or ĐTBcn, Điều 11), not null
 * @param computedStanding the standing the criteria of Điều 13.1–5 give, not null
 * @param standing the standing after the adjustment of Điều 13.6, not null
 * @param conduct the conduct (hạnh kiểm) of the term, not null
 * @param title the title (danh hiệu, Điều 18) earned for the term, if any
 */
public record LegacyTermResult(Term term, Score average, AcademicStanding computedStanding,
        AcademicStanding standing, LegacyConduct conduct, Optional<Award> title) {

    /** Checks presence. */
    public LegacyTermResult {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(computedStanding, "computedStanding");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(conduct, "conduct");
        Objects.requireNonNull(title, "title");
    }

    /** @return true when Điều 13.6 raised the computed standing */
    public boolean adjusted() {
        return standing != computedStanding;
    }
}
