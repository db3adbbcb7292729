package vn.schoolrecords.core.transcript.digital.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.Award;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Competence;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.PrimaryResult;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Quality;
import vn.schoolrecords.core.assessment.QualityLevel;
import vn.schoolrecords.core.assessment.Regime;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.SubjectLevel;
import vn.schoolrecords.core.assessment.SupplementaryAssessment;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Gender;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.transcript.Closing;
import vn.schoolrecords.core.transcript.PrimaryResults;
import vn.schoolrecords.core.transcript.PrimarySubjectRow;
import vn.schoolrecords.core.transcript.Reissue;
import vn.schoolrecords.core.transcript.ReissueCancellation;
import vn.schoolrecords.core.transcript.SecondaryResults;
import vn.schoolrecords.core.transcript.Signatory;
import vn.schoolrecords.core.transcript.SubjectRow;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.Transfer;
import vn.schoolrecords.core.register.RegisterNumber;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.LearnerDetails;
import vn.schoolrecords.core.transcript.digital.YearDetails;
import vn.schoolrecords.core.transcript.digital.ModelVersion;

/**
 * Converts between a {@link DigitalTranscript} and its element-neutral {@link Group}: model
 * fields only, never an element name (those are in the mapping resource of each version).
 */
public final class TranscriptGroups {

    private TranscriptGroups() {
    }

    /**
     * @param lookupCode the record's lookup code
     * @return the Id of the record's data region ({@code HB_} and the lookup code), an XML NCName
     */
    public static String dataId(UUID lookupCode) {
        return "HB_" + lookupCode;
    }

    /**
     * @param lookupCode the record's lookup code
     * @param year a school year
     * @return the Id of that year's page in the record
     */
    public static String yearId(UUID lookupCode, SchoolYear year) {
        return yearId(dataId(lookupCode), year);
    }

    /**
     * @param dataId the Id of the record's data region
     * @param year a school year
     * @return the Id of that year's page in the record
     */
    public static String yearId(String dataId, SchoolYear year) {
        return dataId + "_" + year.startYear();
    }

    /**
     * @param dataId the Id of the record's data region
     * @param date the transfer's date
     * @param sameDay the transfer's 1-based position among the record's transfers of that date
     * @return the Id of a transfer ({@code CHUYEN_TRUONG}), which the signatures of the school
     *     year its date falls in cover
     */
    public static String transferId(String dataId, LocalDate date, int sameDay) {
        return dataId + "_CT_" + date.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "_" + sameDay;
    }

    /** The Ids of a record's transfers, in their order. */
    public static List<String> transferIds(String dataId, List<LocalDate> dates) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            int sameDay = (int) dates.subList(0, i + 1).stream().filter(d::equals).count();
            ids.add(transferId(dataId, d, sameDay));
        }
        return ids;
    }

    /**
     * @param dataId the Id of the record's data region
     * @return the Id of the record's general information, which every year's signatures cover
     */
    public static String generalId(String dataId) {
        return dataId + "_TTC";
    }

    /**
     * @param record the record, not null
     * @return its group, rooted at the record, not null
     */
    public static Group toGroup(DigitalTranscript record) {
        Transcript t = record.transcript();
        Student s = t.student();
        Group general = new Group().id(generalId(dataId(record.lookupCode()))).put("modelVersion", record.version().label())
                .put("lookupCode", record.lookupCode())
                .putOptional("lifelongRecordCode", record.lifelongRecordCode())
                .put("createdAt", record.createdAt()).put("level", t.level()).put("studentId", s.id())
                .putOptional("registerNumber", record.learner().registerNumber()).put("personalId", s.personalId()).put("fullName", s.fullName()).put("dateOfBirth", s.dateOfBirth())
                .put("gender", s.gender()).put("ethnicity", s.ethnicity()).put("placeOfBirth", s.placeOfBirth())
                .putOptional("hometown", record.learner().hometown()).putOptional("address", record.learner().address())
                .putOptional("father", record.learner().father().map(TranscriptGroups::relative))
                .putOptional("mother", record.learner().mother().map(TranscriptGroups::relative))
                .putOptional("guardian", record.learner().guardian().map(TranscriptGroups::relative))
                .put("openedBy", school(t.openedBy()));
        Group history = new Group();
        for (TranscriptYear page : t.years()) {
            history.add("year", year(page, record.yearDetails(page.year())).id(yearId(record.lookupCode(), page.year())));
        }
        List<String> transferIds = transferIds(dataId(record.lookupCode()),
                t.transfers().stream().map(Transfer::date).toList());
        for (int i = 0; i < t.transfers().size(); i++) {
            Transfer tr = t.transfers().get(i);
            history.add("transfer", new Group().id(transferIds.get(i)).put("date", tr.date())
                    .put("from", school(tr.from())).put("to", school(tr.to())));
        }
        Group summary = new Group().put("levelCompleted", levelCompleted(t));
        t.closing().ifPresent(c -> summary.put("closing", new Group().put("date", c.date())
                .put("schoolCode", c.schoolCode())));
        for (Reissue r : t.reissues()) {
            Group g = new Group().put("number", r.number()).put("date", r.date()).put("requester", r.requester())
                    .put("reason", r.reason()).put("schoolCode", r.schoolCode());
            r.cancellation().ifPresent(c -> g.put("cancellation", new Group().put("date", c.date())
                    .put("reason", c.reason())));
            summary.add("reissue", g);
        }
        Group data = new Group().id(dataId(record.lookupCode())).put("general", general).put("history", history)
                .put("summary", summary);
        return new Group().put("data", data);
    }

    /**
     * @param root the group of a record, as read, not null
     * @return the record, not null
     * @throws vn.schoolrecords.core.RecordsException if the values break a rule of the model
     */
    public static DigitalTranscript fromGroup(Group root) {
        Group data = root.required("data", Group.class);
        Group general = data.required("general", Group.class);
        Group history = data.required("history", Group.class);
        Group summary = data.required("summary", Group.class);
        Student student = new Student(general.required("studentId", String.class),
                general.required("personalId", PersonalIdentifier.class), general.required("fullName", String.class),
                general.required("dateOfBirth", LocalDate.class), general.required("gender", Gender.class),
                general.required("ethnicity", String.class), general.required("placeOfBirth", String.class));
        List<TranscriptYear> years = new ArrayList<>();
        Map<SchoolYear, YearDetails> details = new java.util.HashMap<>();
        for (Group y : history.list("year", Group.class)) {
            TranscriptYear page = year(y, student.id());
            years.add(page);
            details.put(page.year(), yearDetails(y));
        }
        List<Transfer> transfers = new ArrayList<>();
        for (Group tr : history.list("transfer", Group.class)) {
            transfers.add(new Transfer(tr.required("date", LocalDate.class), school(tr.required("from", Group.class)),
                    school(tr.required("to", Group.class))));
        }
        Optional<Closing> closing = summary.optional("closing", Group.class)
                .map(c -> new Closing(c.required("date", LocalDate.class), c.required("schoolCode", String.class)));
        List<Reissue> reissues = new ArrayList<>();
        for (Group r : summary.list("reissue", Group.class)) {
            reissues.add(new Reissue(r.required("number", Integer.class), r.required("date", LocalDate.class),
                    r.required("requester", String.class), r.required("reason", String.class),
                    r.required("schoolCode", String.class), r.optional("cancellation", Group.class)
                            .map(c -> new ReissueCancellation(c.required("date", LocalDate.class),
                                    c.required("reason", String.class)))));
        }
        Transcript transcript = new Transcript(Transcript.SCHEMA, student, general.required("level", EducationLevel.class),
                school(general.required("openedBy", Group.class)), years, transfers, closing, reissues);
        LearnerDetails learner = new LearnerDetails(general.optional("registerNumber", RegisterNumber.class),
                general.optional("hometown", String.class), general.optional("address", String.class),
                general.optional("father", Group.class).map(TranscriptGroups::relative),
                general.optional("mother", Group.class).map(TranscriptGroups::relative),
                general.optional("guardian", Group.class).map(TranscriptGroups::relative));
        return new DigitalTranscript(ModelVersion.ofLabel(general.required("modelVersion", String.class)),
                general.required("lookupCode", UUID.class), general.optional("lifelongRecordCode", String.class),
                general.required("createdAt", OffsetDateTime.class), transcript, learner, details);
    }

    /**
     * @param t a transcript
     * @return true if it is closed after a page that completes its level ({@code HOAN_THANH_CAP_HOC})
     */
    public static boolean levelCompleted(Transcript t) {
        return t.closing().isPresent() && !t.years().isEmpty() && t.years().get(t.years().size() - 1).completesLevel();
    }

    private static Group school(School s) {
        Group g = new Group().put("code", s.code()).put("name", s.name());
        s.levels().forEach(l -> g.add("levels", l));
        return g.put("province", s.province()).putOptional("district", s.district())
                .put("governingOffice", s.governingOffice());
    }

    private static School school(Group g) {
        return new School(g.required("code", String.class), g.required("name", String.class),
                new HashSet<>(g.list("levels", EducationLevel.class)), g.required("province", String.class),
                g.optional("district", String.class), g.required("governingOffice", String.class));
    }

    private static Group relative(LearnerDetails.Relative r) {
        return new Group().put("fullName", r.fullName()).putOptional("occupation", r.occupation());
    }

    private static LearnerDetails.Relative relative(Group g) {
        return new LearnerDetails.Relative(g.required("fullName", String.class), g.optional("occupation", String.class));
    }

    private static YearDetails yearDetails(Group g) {
        return new YearDetails(g.optional("weightKg", BigDecimal.class), g.optional("heightCm", BigDecimal.class),
                g.optional("signerName", String.class), g.optional("signerPersonalId", PersonalIdentifier.class),
                g.optional("signerTitle", String.class), g.optional("issueDate", LocalDate.class));
    }

    private static Group signatory(Signatory s) {
        return new Group().put("staffId", s.staffId()).put("fullName", s.fullName());
    }

    private static Signatory signatory(Group g) {
        return new Signatory(g.required("staffId", String.class), g.required("fullName", String.class));
    }

    private static Group year(TranscriptYear p, YearDetails d) {
        Group g = new Group().put("schoolYear", p.year()).put("grade", p.grade().number()).put("level", p.level())
                .put("regime", p.regime()).put("school", school(p.school())).put("classId", p.classGroup().id())
                .put("className", p.classGroup().name()).put("homeroomTeacher", signatory(p.homeroomTeacher()))
                .put("homeroomComment", p.homeroomComment());
        if (p.results() instanceof SecondaryResults r) {
            g.put("secondary", secondary(r));
        } else if (p.results() instanceof PrimaryResults r) {
            g.put("primary", primary(r));
        }
        return g.put("promotion", p.promotion()).putOptional("award", p.award())
                .put("confirmedBy", signatory(p.confirmedBy())).put("confirmedOn", p.confirmedOn())
                .putOptional("weightKg", d.weightKg()).putOptional("heightCm", d.heightCm())
                .putOptional("signerName", d.signerName()).putOptional("signerPersonalId", d.signerPersonalId())
                .putOptional("signerTitle", d.signerTitle()).putOptional("issueDate", d.issueDate());
    }

    private static TranscriptYear year(Group g, String studentId) {
        SchoolYear year = g.required("schoolYear", SchoolYear.class);
        GradeLevel grade = GradeLevel.of(g.required("grade", Integer.class));
        Signatory homeroom = signatory(g.required("homeroomTeacher", Group.class));
        ClassGroup cls = new ClassGroup(g.required("classId", String.class), g.required("className", String.class),
                grade, year, homeroom.staffId());
        var results = g.optional("secondary", Group.class).<vn.schoolrecords.core.transcript.YearResults>map(
                TranscriptGroups::secondary).or(() -> g.optional("primary", Group.class).map(TranscriptGroups::primary))
                .orElseThrow(() -> new IllegalStateException("a year without results"));
        return new TranscriptYear(studentId, year, g.required("level", EducationLevel.class), grade,
                g.required("regime", Regime.class), school(g.required("school", Group.class)), cls, homeroom,
                g.required("homeroomComment", String.class), results, g.required("promotion", PromotionStatus.class),
                g.optional("award", Award.class), signatory(g.required("confirmedBy", Group.class)),
                g.required("confirmedOn", LocalDate.class));
    }

    private static Group secondary(SecondaryResults r) {
        Group subjects = new Group();
        for (SubjectRow row : r.subjects()) {
            Group s = new Group().put("subjectCode", row.subjectCode()).put("subjectName", row.subjectName())
                    .put("mode", row.mode());
            boolean score = row.mode() == AssessmentMode.SCORE;
            String prefix = score ? "score" : "comment";
            s.put(prefix + "First", mark(row.first())).put(prefix + "Second", mark(row.second()))
                    .put(prefix + "Year", mark(row.year()))
                    .putOptional(prefix + "AfterReassessment", row.afterReassessment().map(TranscriptGroups::mark));
            subjects.add("subject", s.put("teacher", signatory(row.teacher())));
        }
        Group g = new Group().put("subjects", subjects).put("learningFirst", r.learningFirst())
                .put("learningSecond", r.learningSecond()).put("learningYear", r.learningYear())
                .putOptional("learningAfterReassessment", r.learningAfterReassessment())
                .put("conductFirst", r.conductFirst()).put("conductSecond", r.conductSecond())
                .put("conductYear", r.conductYear()).putOptional("conductAfterTraining", r.conductAfterTraining())
                .put("absences", r.absences()).put("yearEndPromotion", r.yearEndPromotion());
        r.reassessmentSubjects().forEach(c -> g.add("reassessmentSubjects", c));
        return g;
    }

    private static SecondaryResults secondary(Group g) {
        List<SubjectRow> rows = new ArrayList<>();
        for (Group s : g.required("subjects", Group.class).list("subject", Group.class)) {
            AssessmentMode mode = s.required("mode", AssessmentMode.class);
            String prefix = mode == AssessmentMode.SCORE ? "score" : "comment";
            String other = mode == AssessmentMode.SCORE ? "comment" : "score";
            for (String suffix : List.of("First", "Second", "Year", "AfterReassessment")) {
                if (s.get(other + suffix) != null) {
                    // Never drop a value silently: a comment result on a scored subject (or the
                    // reverse) is contradictory input.
                    throw vn.schoolrecords.core.InvalidValueException.of(other + suffix,
                            "DigitalTranscript.markForMode", vn.schoolrecords.core.LocalizedText.of(
                                    "kết quả không đúng hình thức đánh giá " + mode + " của môn",
                                    "a result that does not fit the subject's assessment mode " + mode),
                            s.get(other + suffix));
                }
            }
            rows.add(new SubjectRow(s.required("subjectCode", String.class), s.required("subjectName", String.class),
                    mode, mark(s, prefix + "First"), mark(s, prefix + "Second"), mark(s, prefix + "Year"),
                    Optional.ofNullable(s.get(prefix + "AfterReassessment")).map(v -> mark(s, prefix + "AfterReassessment")),
                    signatory(s.required("teacher", Group.class))));
        }
        return new SecondaryResults(rows, g.required("learningFirst", AchievementLevel.class),
                g.required("learningSecond", AchievementLevel.class), g.required("learningYear", AchievementLevel.class),
                g.optional("learningAfterReassessment", AchievementLevel.class),
                g.required("conductFirst", AchievementLevel.class), g.required("conductSecond", AchievementLevel.class),
                g.required("conductYear", AchievementLevel.class),
                g.optional("conductAfterTraining", AchievementLevel.class), g.required("absences", Integer.class),
                g.required("yearEndPromotion", PromotionStatus.class), g.list("reassessmentSubjects", String.class));
    }

    private static Object mark(Mark m) {
        return m instanceof Score s ? s.toBigDecimal() : m;
    }

    private static Mark mark(Group s, String field) {
        Object v = s.get(field);
        if (v == null) {
            // The mode says score or comment; the schema cannot tie the two, so this is bad input.
            throw vn.schoolrecords.core.InvalidValueException.of(field, "DigitalTranscript.markForMode",
                    vn.schoolrecords.core.LocalizedText.of("thiếu kết quả môn học theo hình thức đánh giá",
                            "the subject's result for its assessment mode is missing"), "");
        }
        return v instanceof BigDecimal d ? Score.of(d) : (CommentResult) v;
    }

    private static Group primary(PrimaryResults r) {
        Group subjects = new Group();
        for (PrimarySubjectRow row : r.subjects()) {
            subjects.add("subject", new Group().put("subjectCode", row.subjectCode())
                    .put("subjectName", row.subjectName()).put("mode", row.mode())
                    .putOptional("levelEndOfFirstTerm", row.endOfFirstTerm()).put("levelEndOfYear", row.endOfYear())
                    .putOptional("testEndOfFirstTerm", row.testEndOfFirstTerm().map(Score::toBigDecimal))
                    .putOptional("testEndOfYear", row.testEndOfYear().map(Score::toBigDecimal))
                    .put("teacher", signatory(row.teacher())));
        }
        Group competences = new Group();
        r.competences().forEach((k, v) -> competences.add("competence", new Group().put("key", k).put("level", v)));
        Group qualities = new Group();
        r.qualities().forEach((k, v) -> qualities.add("quality", new Group().put("key", k).put("level", v)));
        Group g = new Group().put("subjects", subjects).put("competences", competences).put("qualities", qualities)
                .put("result", r.result()).put("gradeCompleted", r.gradeCompleted())
                .put("programmeCompleted", r.primaryProgrammeCompleted());
        r.reassessmentSubjects().forEach(c -> g.add("reassessmentSubjects", c));
        return g.putOptional("supplementary", r.supplementary());
    }

    private static PrimaryResults primary(Group g) {
        List<PrimarySubjectRow> rows = new ArrayList<>();
        for (Group s : g.required("subjects", Group.class).list("subject", Group.class)) {
            rows.add(new PrimarySubjectRow(s.required("subjectCode", String.class),
                    s.required("subjectName", String.class), s.required("mode", AssessmentMode.class),
                    s.optional("levelEndOfFirstTerm", SubjectLevel.class), s.required("levelEndOfYear", SubjectLevel.class),
                    s.optional("testEndOfFirstTerm", BigDecimal.class).map(Score::of),
                    s.optional("testEndOfYear", BigDecimal.class).map(Score::of),
                    signatory(s.required("teacher", Group.class))));
        }
        Map<Competence, QualityLevel> competences = new EnumMap<>(Competence.class);
        for (Group c : g.required("competences", Group.class).list("competence", Group.class)) {
            putOnce(competences, c.required("key", Competence.class), c.required("level", QualityLevel.class));
        }
        Map<Quality, QualityLevel> qualities = new EnumMap<>(Quality.class);
        for (Group q : g.required("qualities", Group.class).list("quality", Group.class)) {
            putOnce(qualities, q.required("key", Quality.class), q.required("level", QualityLevel.class));
        }
        return new PrimaryResults(rows, competences, qualities, g.required("result", PrimaryResult.class),
                g.required("gradeCompleted", Boolean.class), g.required("programmeCompleted", Boolean.class),
                g.list("reassessmentSubjects", String.class), g.optional("supplementary", SupplementaryAssessment.class));
    }

    private static <K extends Enum<K>> void putOnce(Map<K, QualityLevel> map, K key, QualityLevel level) {
        if (map.put(key, level) != null) {
            throw vn.schoolrecords.core.InvalidValueException.of(key.name(), "Unique",
                    vn.schoolrecords.core.LocalizedText.of("mục bị lặp lại", "repeated item"), key.name());
        }
    }
}
