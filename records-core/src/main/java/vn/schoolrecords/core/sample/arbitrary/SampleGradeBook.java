package vn.schoolrecords.core.sample.arbitrary;

import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.GradeBookLog;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.SchoolRoster;

/**
 * A sample class's grade book (sổ điểm) as {@link DomainArbitraries#sampleGradeBooks} draws it:
 * the seed that made it, the school's roster, the class and the log of every decision on its
 * grade book. Plain data: nothing here names jqwik.
 *
 * @param seed the seed of the school and of the marks
 * @param roster the sample school's roster, not null
 * @param group the class (lớp), one of the roster's, not null
 * @param log the grade book's log from its opening, not null
 */
public record SampleGradeBook(long seed, SchoolRoster roster, ClassGroup group, GradeBookLog log) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the class is not one of the roster's
     */
    public SampleGradeBook {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(log, "log");
        if (!roster.classes().contains(group)) {
            throw InvalidValueException.of("group", "SampleGradeBook.group", LocalizedText.of(
                    "lớp " + group.id() + " không thuộc danh sách trường", "class " + group.id() + " is not in the roster"),
                    group.id());
        }
    }

    /**
     * A sample grade book.
     *
     * @param seed the seed of the school and of the marks
     * @param roster the roster, not null
     * @param group the class, not null
     * @param log the log, not null
     * @return the sample, not null
     * @throws InvalidValueException if the class is not one of the roster's
     */
    public static SampleGradeBook of(long seed, SchoolRoster roster, ClassGroup group, GradeBookLog log) {
        return new SampleGradeBook(seed, roster, group, log);
    }

    /**
     * The grade book as the log leaves it, replayed and verified.
     *
     * @return the grade book, not null
     */
    public GradeBook book() {
        return log.replay();
    }
}
