package vn.schoolrecords.core.transcript.digital;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * The lifecycle of a digital transcript (học bạ số) refused a command: its {@linkplain #problem()
 * problem} says why. Nothing changed.
 */
public final class DigitalRecordException extends RecordsException {

    private static final long serialVersionUID = 1L;

    private final DigitalRecordProblem problem;
    private final transient SchoolYear schoolYear;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong, not null
     * @param schoolYear the school year concerned, or null
     * @param text the message in both languages, not null
     */
    public DigitalRecordException(DigitalRecordProblem problem, SchoolYear schoolYear, LocalizedText text) {
        super(Objects.requireNonNull(problem, "problem").code(), text);
        this.problem = problem;
        this.schoolYear = schoolYear;
    }

    static DigitalRecordException of(DigitalRecordProblem problem, SchoolYear year, String vi, String en) {
        return new DigitalRecordException(problem, year, LocalizedText.of(vi, en));
    }

    /** @return what is wrong, not null */
    public DigitalRecordProblem problem() {
        return problem;
    }

    /** @return the school year concerned, if any, not null */
    public Optional<SchoolYear> schoolYear() {
        return Optional.ofNullable(schoolYear);
    }
}
