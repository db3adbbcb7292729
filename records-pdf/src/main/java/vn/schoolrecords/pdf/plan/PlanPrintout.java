package vn.schoolrecords.pdf.plan;

import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.plan.Plan;
import vn.schoolrecords.core.plan.PlanStatus;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;

/**
 * A plan (kế hoạch) as printed: the plan with its approval trail, and the roster of its school
 * that names its author, reviewers and subject. The version printed is the one its trail is
 * about — the version reported, else approved or under review, else the latest draft.
 */
public final class PlanPrintout {

    private final Plan plan;
    private final SchoolRoster roster;
    private final Plan.Version version;

    private PlanPrintout(Plan plan, SchoolRoster roster, Plan.Version version) {
        this.plan = plan;
        this.roster = roster;
        this.version = version;
    }

    /**
     * A plan to print.
     *
     * @param plan the plan, not null
     * @param roster the roster of the plan's school, not null
     * @return the printout's content, not null
     * @throws InvalidValueException if the roster is of another school, or lacks the plan's author
     */
    public static PlanPrintout of(Plan plan, SchoolRoster roster) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(roster, "roster");
        String school = plan.header().school().schoolCode();
        if (!roster.school().code().equals(school)) {
            throw InvalidValueException.of("roster.school", "PlanPrint.school", LocalizedText.of(
                    "danh sách trường thuộc trường khác với kế hoạch", "the roster is of another school than the plan"),
                    roster.school().code());
        }
        String author = plan.header().authorId();
        if (roster.staffMember(author).isEmpty()) {
            throw InvalidValueException.of("roster.staff", "PlanPrint.author", LocalizedText.of(
                    "danh sách trường không có người soạn " + author, "the roster lacks the author " + author), author);
        }
        int number = plan.report().map(Plan.Report::version)
                .or(() -> plan.status() == PlanStatus.SUBMITTED || plan.status() == PlanStatus.APPROVED
                        ? plan.submission().map(Plan.Submission::version) : Optional.empty())
                .orElse(plan.latest().number());
        Plan.Version version = plan.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElse(plan.latest());
        return new PlanPrintout(plan, roster, version);
    }

    /** @return the plan, embedded in the PDF, not null */
    public Plan plan() {
        return plan;
    }

    /** @return the version whose content is printed, not null */
    public Plan.Version version() {
        return version;
    }

    /** @return the school, not null */
    public School school() {
        return roster.school();
    }

    /**
     * The name of a member of staff, or their id when the roster does not list them (a reviewer
     * who has since left), so that the trail never loses an entry.
     *
     * @param staffId the id, not null
     * @return the full name or the id, not null
     */
    public String name(String staffId) {
        return roster.staffMember(staffId).map(Staff::fullName).orElse(staffId);
    }

    /** @return the subject's name in the plan's grade, or its code, or empty for a plan of no subject */
    public Optional<String> subjectName() {
        return plan.header().subject().map(code -> plan.header().grade()
                .flatMap(roster::curriculum)
                .flatMap(c -> c.subjects().stream().filter(s -> s.code().equals(code)).findFirst())
                .map(s -> s.name()).orElse(code));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanPrintout p && plan.equals(p.plan) && roster.equals(p.roster);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, roster);
    }

    @Override
    public String toString() {
        return "PlanPrintout[" + plan.header().planId() + ", v" + version.number() + "]";
    }
}
