package vn.schoolrecords.core.gradebook;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.ScoredTerm;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.assessment.TermAssessments;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.gradebook.internal.MarkJson;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Term;

/**
 * A class's grade book for a school year (sổ theo dõi và đánh giá học sinh / sổ điểm điện tử,
 * 001 §1.2, §2.1): every mark of every student in every subject by semester, the class's conduct,
 * the correction requests, the status of each semester, and its place in the edit log.
 *
 * <p>A grade book is never changed in place: {@link GradeBookWorkflow} decides each command and
 * returns a new one with the events that lead to it; {@link GradeBookLog#replay()} rebuilds it
 * from those events exactly. The JSON of a grade book (schema {@value #SCHEMA}) is a snapshot the
 * vendor may store beside the log; the log is the authority.
 *
 * @param schema always {@value #SCHEMA}
 * @param classId the class's id, not null
 * @param className the class's name, not null
 * @param year the school year, not null
 * @param homeroomTeacherId the homeroom teacher (giáo viên chủ nhiệm), not null
 * @param subjects the subjects with their teachers of record, not null
 * @param studentIds the students, in the class list's order, not null
 * @param marks the entered marks, ordered by {@linkplain MarkCell#compareTo cell}, not null
 * @param conduct the entered conduct, in order of first entry, not null
 * @param corrections every correction request, in order of filing, not null
 * @param terms the status of semesters I and II, not null
 * @param version the sequence of the last event applied (the optimistic version)
 * @param head the hash of the last event applied, not null
 */
public record GradeBook(String schema, String classId, String className, SchoolYear year, String homeroomTeacherId,
        List<@Valid SubjectSheet> subjects, List<String> studentIds, List<MarkEntry> marks, List<ConductEntry> conduct,
        List<CorrectionRequest> corrections, List<TermState> terms, long version, Digest head) {

    /** The schema and version of the grade book document. */
    public static final String SCHEMA = "gradebook/1";

    /** Checks presence and copies the lists. */
    public GradeBook {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(homeroomTeacherId, "homeroomTeacherId");
        subjects = List.copyOf(subjects);
        studentIds = List.copyOf(studentIds);
        marks = sortedByCell(marks);
        conduct = List.copyOf(conduct);
        corrections = List.copyOf(corrections);
        terms = List.copyOf(terms);
        Objects.requireNonNull(head, "head");
        if (terms.size() != 2 || terms.get(0).term() != Term.FIRST || terms.get(1).term() != Term.SECOND) {
            throw vn.schoolrecords.core.InvalidValueException.of("terms", "GradeBook.terms",
                    vn.schoolrecords.core.LocalizedText.of("sổ điểm có đúng hai học kỳ, I rồi II",
                            "a grade book has exactly two semesters, I then II"), terms);
        }
        if (!SCHEMA.equals(schema)) {
            throw vn.schoolrecords.core.InvalidValueException.of("schema", "Schema.version",
                    vn.schoolrecords.core.LocalizedText.of("phiên bản lược đồ phải là " + SCHEMA,
                            "the schema must be " + SCHEMA), schema);
        }
    }

    /**
     * The subject's sheet.
     *
     * @param subjectCode the code, not null
     * @return the sheet, or empty if the class does not have the subject
     */
    public Optional<SubjectSheet> subject(String subjectCode) {
        return subjects.stream().filter(s -> s.subject().code().equals(subjectCode)).findFirst();
    }

    /**
     * Whether the student is in the class.
     *
     * @param studentId the id, not null
     * @return true if listed
     */
    public boolean hasStudent(String studentId) {
        return studentIds.contains(studentId);
    }

    /**
     * The mark in a cell.
     *
     * @param cell the cell, not null
     * @return the mark, or empty if not entered
     */
    public Optional<Mark> mark(MarkCell cell) {
        return entry(cell).map(MarkEntry::mark);
    }

    /**
     * A student's conduct.
     *
     * @param studentId the student, not null
     * @param term a semester or the whole year, not null
     * @return the level, or empty if not entered
     */
    public Optional<AchievementLevel> conduct(String studentId, Term term) {
        return conductEntry(studentId, term).map(ConductEntry::level);
    }

    /**
     * A correction request.
     *
     * @param id its id
     * @return the request, or empty
     */
    public Optional<CorrectionRequest> correction(long id) {
        return corrections.stream().filter(c -> c.id() == id).findFirst();
    }

    /**
     * The status of a semester.
     *
     * @param term a semester; the whole year belongs to semester II, not null
     * @return the state, not null
     */
    public TermState term(Term term) {
        Term semester = term == Term.FIRST ? Term.FIRST : Term.SECOND;
        return terms.stream().filter(t -> t.term() == semester).findFirst().orElseThrow();
    }

    /**
     * The sealed head of a semester: the hash of its last lock or approval event, for the signing
     * module to sign or timestamp.
     *
     * @param term the semester, not null
     * @return the hash, or empty if never locked
     */
    public Optional<Digest> seal(Term term) {
        return term(term).seal();
    }

    /**
     * Everything still to be entered for a semester: every mark column of every student in every
     * subject, and the conduct of every student for the semester (and, for semester II, for the
     * whole year). The principal approves results only when this is empty (001 Điều 4.7).
     *
     * @param term {@link Term#FIRST} or {@link Term#SECOND}, not null
     * @return the missing cells as text, e.g. {@code HS01/TOAN/FIRST/REGULAR#1}, {@code HS01/conduct/FIRST}; not null
     */
    public List<String> missing(Term term) {
        List<String> missing = new ArrayList<>();
        for (String student : studentIds) {
            for (SubjectSheet sheet : subjects) {
                for (AssessmentKind kind : AssessmentKind.values()) {
                    for (int i = 0; i < sheet.columns(kind); i++) {
                        MarkCell cell = new MarkCell(student, sheet.subject().code(), term, kind, i);
                        if (find(marks, cell) < 0) {
                            missing.add(cell.toString());
                        }
                    }
                }
            }
            for (Term t : term == Term.FIRST ? List.of(Term.FIRST) : List.of(Term.SECOND, Term.WHOLE_YEAR)) {
                if (conductEntry(student, t).isEmpty()) {
                    missing.add(student + "/conduct/" + t);
                }
            }
        }
        return missing;
    }

    /**
     * A student's assessments of a subject for the year, for the assessment rules — present only
     * when both semesters are fully entered.
     *
     * @param studentId the student, not null
     * @param subjectCode the subject, not null
     * @return the subject's year, or empty if anything is missing
     */
    public Optional<SubjectYear> subjectYear(String studentId, String subjectCode) {
        Optional<SubjectSheet> sheet = subject(subjectCode);
        if (sheet.isEmpty() || !hasStudent(studentId)) {
            return Optional.empty();
        }
        Optional<TermAssessments> first = termAssessments(sheet.get(), studentId, Term.FIRST);
        Optional<TermAssessments> second = termAssessments(sheet.get(), studentId, Term.SECOND);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SubjectYear.of(sheet.get().subject(), first.get(), second.get()));
    }

    /**
     * A student's assessments of a subject in one semester, for a semester's averages and
     * printouts — present only when every column of that semester is entered.
     *
     * @param studentId the student, not null
     * @param subjectCode the subject, not null
     * @param term {@link Term#FIRST} or {@link Term#SECOND}, not null
     * @return the semester's assessments, or empty if the class lacks the student or subject or
     *     anything of the semester is missing
     * @throws vn.schoolrecords.core.InvalidValueException if the term is the whole year
     */
    public Optional<TermAssessments> termAssessments(String studentId, String subjectCode, Term term) {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(subjectCode, "subjectCode");
        // A cell of the semester checks the term exactly as marks are checked.
        new MarkCell(studentId, subjectCode, term, AssessmentKind.END_OF_TERM, 0);
        Optional<SubjectSheet> sheet = subject(subjectCode);
        if (sheet.isEmpty() || !hasStudent(studentId)) {
            return Optional.empty();
        }
        return termAssessments(sheet.get(), studentId, term);
    }

    /**
     * What changed after a version, for a conflict report: each mark, conduct, request and
     * semester status last set after it, with its current value.
     *
     * @param since the version
     * @return the changes, in no particular order, not null
     */
    public List<String> changedSince(long since) {
        List<String> changes = new ArrayList<>();
        marks.stream().filter(m -> m.version() > since)
                .forEach(m -> changes.add("mark " + m.cell() + " = " + MarkJson.text(m.mark()) + " (v" + m.version() + ")"));
        conduct.stream().filter(c -> c.version() > since)
                .forEach(c -> changes.add("conduct " + c.studentId() + "/" + c.term() + " = " + c.level() + " (v" + c.version() + ")"));
        corrections.stream().filter(c -> c.version() > since)
                .forEach(c -> changes.add("correction #" + c.id() + " " + c.cell() + " " + c.status() + " (v" + c.version() + ")"));
        terms.stream().filter(t -> t.version() > since)
                .forEach(t -> changes.add("term " + t.term() + " " + t.status() + " (v" + t.version() + ")"));
        return changes;
    }

    // ---- state transitions, shared by decisions and replay ----

    static GradeBook opened(AuditEntry<GradeBookEvent> entry) {
        if (!(entry.event() instanceof GradeBookEvent.Opened o) || entry.sequence() != 1) {
            throw new IllegalArgumentException("a grade book's log starts with GRADEBOOK_OPENED");
        }
        List<TermState> terms = List.of(new TermState(Term.FIRST, TermStatus.OPEN, 0, Optional.empty()),
                new TermState(Term.SECOND, TermStatus.OPEN, 0, Optional.empty()));
        return new GradeBook(SCHEMA, o.classId(), o.className(), o.year(), o.homeroomTeacherId(), o.subjects(),
                o.studentIds(), List.of(), List.of(), List.of(), terms, 1, entry.hash());
    }

    GradeBook apply(AuditEntry<GradeBookEvent> entry) {
        long v = entry.sequence();
        if (v != version + 1 || !entry.previous().equals(head)) {
            throw new IllegalArgumentException("entry " + v + " does not follow version " + version);
        }
        List<MarkEntry> m = marks;
        List<ConductEntry> c = conduct;
        List<CorrectionRequest> r = corrections;
        List<TermState> t = terms;
        GradeBookEvent event = entry.event();
        if (event instanceof GradeBookEvent.MarkEntered e) {
            m = putMark(e.cell(), e.mark(), v);
        } else if (event instanceof GradeBookEvent.MarkEdited e) {
            m = putMark(e.cell(), e.newMark(), v);
        } else if (event instanceof GradeBookEvent.ConductEntered e) {
            c = putConduct(e.studentId(), e.term(), e.level(), v);
        } else if (event instanceof GradeBookEvent.ConductEdited e) {
            c = putConduct(e.studentId(), e.term(), e.newLevel(), v);
        } else if (event instanceof GradeBookEvent.CorrectionRequested e) {
            r = new ArrayList<>(corrections);
            r.add(new CorrectionRequest(v, e.cell(), e.oldMark(), e.newMark(), e.reason(), e.evidence(),
                    e.actorId(), e.at(), CorrectionStatus.FILED, v));
        } else if (event instanceof GradeBookEvent.CorrectionConfirmed e) {
            r = putRequest(e.requestId(), CorrectionStatus.CONFIRMED, v);
        } else if (event instanceof GradeBookEvent.CorrectionApproved e) {
            r = putRequest(e.requestId(), CorrectionStatus.APPROVED, v);
            m = putMark(e.cell(), e.newMark(), v);
        } else if (event instanceof GradeBookEvent.CorrectionRejected e) {
            r = putRequest(e.requestId(), CorrectionStatus.REJECTED, v);
        } else if (event instanceof GradeBookEvent.TermLocked e) {
            t = putTerm(e.term(), TermStatus.LOCKED, v, Optional.of(entry.hash()));
        } else if (event instanceof GradeBookEvent.TermUnlocked e) {
            t = putTerm(e.term(), TermStatus.OPEN, v, term(e.term()).seal());
        } else if (event instanceof GradeBookEvent.ResultsApproved e) {
            t = putTerm(e.term(), TermStatus.APPROVED, v, Optional.of(entry.hash()));
        } else {
            throw new IllegalArgumentException("a grade book is opened once");
        }
        return new GradeBook(schema, classId, className, year, homeroomTeacherId, subjects, studentIds, m, c, r, t,
                v, entry.hash());
    }

    private Optional<MarkEntry> entry(MarkCell cell) {
        int at = find(marks, cell);
        return at >= 0 ? Optional.of(marks.get(at)) : Optional.empty();
    }

    /** Binary search by cell: the index, or {@code -(insertion point) - 1}. */
    private static int find(List<MarkEntry> sorted, MarkCell cell) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = sorted.get(mid).cell().compareTo(cell);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private static List<MarkEntry> sortedByCell(List<MarkEntry> marks) {
        List<MarkEntry> copy = List.copyOf(marks);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i - 1).cell().compareTo(copy.get(i).cell()) >= 0) {
                List<MarkEntry> sorted = new ArrayList<>(copy);
                sorted.sort(java.util.Comparator.comparing(MarkEntry::cell));
                return List.copyOf(sorted);
            }
        }
        return copy;
    }

    private Optional<ConductEntry> conductEntry(String studentId, Term term) {
        return conduct.stream().filter(c -> c.studentId().equals(studentId) && c.term() == term).findFirst();
    }

    private List<MarkEntry> putMark(MarkCell cell, Mark mark, long v) {
        List<MarkEntry> copy = new ArrayList<>(marks.size() + 1);
        copy.addAll(marks);
        MarkEntry entry = new MarkEntry(cell, mark, v);
        int at = find(marks, cell);
        if (at >= 0) {
            copy.set(at, entry);
        } else {
            copy.add(-(at + 1), entry);
        }
        return copy;
    }

    private List<ConductEntry> putConduct(String studentId, Term term, AchievementLevel level, long v) {
        List<ConductEntry> copy = new ArrayList<>(conduct);
        ConductEntry entry = new ConductEntry(studentId, term, level, v);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).studentId().equals(studentId) && copy.get(i).term() == term) {
                copy.set(i, entry);
                return copy;
            }
        }
        copy.add(entry);
        return copy;
    }

    private List<CorrectionRequest> putRequest(long id, CorrectionStatus status, long v) {
        return corrections.stream().map(c -> c.id() == id ? c.with(status, v) : c).toList();
    }

    private List<TermState> putTerm(Term term, TermStatus status, long v, Optional<Digest> seal) {
        return terms.stream().map(s -> s.term() == term ? new TermState(term, status, v, seal) : s).toList();
    }

    private Optional<TermAssessments> termAssessments(SubjectSheet sheet, String studentId, Term term) {
        String code = sheet.subject().code();
        List<Mark> regular = new ArrayList<>();
        for (int i = 0; i < sheet.regularPerTerm(); i++) {
            Optional<Mark> mark = mark(new MarkCell(studentId, code, term, AssessmentKind.REGULAR, i));
            if (mark.isEmpty()) {
                return Optional.empty();
            }
            regular.add(mark.get());
        }
        Optional<Mark> mid = mark(new MarkCell(studentId, code, term, AssessmentKind.PERIODIC, 0));
        Optional<Mark> end = mark(new MarkCell(studentId, code, term, AssessmentKind.END_OF_TERM, 0));
        if (mid.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (sheet.byComment()) {
            return Optional.of(CommentTerm.of(regular.stream().map(CommentResult.class::cast).toList(),
                    (CommentResult) mid.get(), (CommentResult) end.get()));
        }
        return Optional.of(ScoredTerm.of(regular.stream().map(Score.class::cast).toList(),
                (Score) mid.get(), (Score) end.get()));
    }

    Set<String> responsibleFor(List<String> missing) {
        Set<String> who = new TreeSet<>();
        for (String m : missing) {
            String[] parts = m.split("/");
            if ("conduct".equals(parts[1])) {
                who.add(homeroomTeacherId);
            } else {
                subject(parts[1]).ifPresent(s -> who.add(s.teacherId()));
            }
        }
        return who;
    }
}
