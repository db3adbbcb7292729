package vn.schoolrecords.core.gradebook;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.school.Term;

/**
 * The principal approves a class's results only after every subject teacher and the homeroom
 * teacher have entered everything (001 Điều 4.7). Nothing was changed.
 */
public final class ResultsIncompleteException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "RESULTS_INCOMPLETE";

    private final Term term;
    private final transient List<String> missing;
    private final transient Set<String> responsibleStaffIds;

    /**
     * Creates the exception.
     *
     * @param term the semester, not null
     * @param missing every missing cell, e.g. {@code HS01/TOAN/FIRST/REGULAR#1} or {@code HS01/conduct/FIRST}, not null
     * @param responsibleStaffIds who must still enter something, not null
     */
    public ResultsIncompleteException(Term term, List<String> missing, Set<String> responsibleStaffIds) {
        super(CODE, LocalizedText.of(
                "chưa nhập đủ kết quả " + term.vietnameseName() + " (001 Điều 4.7): thiếu " + missing.size()
                        + " mục, của " + new TreeSet<>(responsibleStaffIds),
                "the results of " + term + " are incomplete (001 Điều 4.7): " + missing.size()
                        + " missing, from " + new TreeSet<>(responsibleStaffIds)));
        this.term = term;
        this.missing = List.copyOf(missing);
        this.responsibleStaffIds = Set.copyOf(responsibleStaffIds);
    }

    /** @return the semester, not null */
    public Term term() {
        return term;
    }

    /** @return every missing cell, not null */
    public List<String> missing() {
        return missing;
    }

    /** @return the staff ids of those who must still enter something, not null */
    public Set<String> responsibleStaffIds() {
        return responsibleStaffIds;
    }
}
