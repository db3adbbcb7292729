package vn.schoolrecords.signing.testpki;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;

/**
 * Học bạ số documents written by core's {@link DigitalTranscriptXml} from its sample transcripts
 * (a lower-secondary learner, grades 6 to 9), and the signing plan of the last year's page: the
 * mathematics teacher, the homeroom teacher, the head of school, the school's organisation signature.
 */
public final class TestHocBa {

    /** The lookup code (mã tra cứu) of the default record. */
    public static final UUID CODE = UUID.fromString("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    /** Another learner's lookup code. */
    public static final UUID OTHER_CODE = UUID.fromString("9b8a7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d");
    public static final Instant CREATED = Instant.parse("2026-06-20T01:15:30Z");
    public static final long SEED = 42;

    public static final SigningPart MATHS = SigningPart.subjectRow("TOAN");
    public static final SigningPart HOMEROOM = SigningPart.page(SigningRole.HOMEROOM_TEACHER);
    public static final SigningPart HEAD = SigningPart.page(SigningRole.PRINCIPAL);
    public static final SigningPart SEAL = SigningPart.page(SigningRole.SCHOOL_SEAL);

    private static final Pattern SCORE = Pattern.compile("<DIEM_TB_MON_CA_NAM>([0-9.]+)</DIEM_TB_MON_CA_NAM>");

    private TestHocBa() {
    }

    /** The record of a sample learner under a lookup code, with an empty signing area. */
    public static byte[] record(long seed, UUID code) {
        return DigitalTranscriptXml.write(DigitalTranscript.of(SampleTranscripts.secondary(seed), code, CREATED));
    }

    /** The default record. */
    public static byte[] record() {
        return record(SEED, CODE);
    }

    /** The Id of the default record's data region. */
    public static String dataId() {
        return DigitalTranscriptXml.dataId(CODE);
    }

    /**
     * The document with the first year-average score of the last year's page (the page that
     * {@link #plan()} signs) replaced by the text given.
     */
    public static byte[] withFirstScore(byte[] xml, String score) {
        return withScore(xml, DigitalTranscriptXml.yearId(CODE, page().year()), score);
    }

    /** The first year-average score of the last year's page. */
    public static String firstScore(byte[] xml) {
        return score(xml, DigitalTranscriptXml.yearId(CODE, page().year()));
    }

    /** The document with the first year-average score of the year page with the Id given replaced. */
    public static byte[] withScore(byte[] xml, String yearId, String score) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher m = scoreIn(text, yearId);
        return (text.substring(0, m.start(1)) + score + text.substring(m.end(1))).getBytes(StandardCharsets.UTF_8);
    }

    /** The first year-average score of the year page with the Id given. */
    public static String score(byte[] xml, String yearId) {
        return scoreIn(new String(xml, StandardCharsets.UTF_8), yearId).group(1);
    }

    private static Matcher scoreIn(String text, String yearId) {
        int page = text.indexOf("Id=\"" + yearId + "\"");
        Matcher m = SCORE.matcher(text);
        if (page < 0 || !m.find(page)) {
            throw new IllegalArgumentException("no DIEM_TB_MON_CA_NAM in " + yearId);
        }
        return m;
    }

    /** The plan of a page: its mathematics teacher, homeroom teacher, head of school, seal, all required. */
    public static SigningPlan plan(TranscriptYear page) {
        var maths = page.results().subjectTeachers().get("TOAN");
        return new SigningPlan(page.studentId(), page.year(), page.school().code(), SigningPolicy.DEFAULT, List.of(
                new PlannedSignature(MATHS, maths.staffId(), maths.fullName(), true),
                new PlannedSignature(HOMEROOM, page.homeroomTeacher().staffId(), page.homeroomTeacher().fullName(), true),
                new PlannedSignature(HEAD, page.confirmedBy().staffId(), page.confirmedBy().fullName(), true),
                new PlannedSignature(SEAL, page.school().code(), page.school().name(), true)), List.of());
    }

    /** The last year's page of the default learner. */
    public static TranscriptYear page() {
        Transcript transcript = SampleTranscripts.secondary(SEED);
        return transcript.years().get(transcript.years().size() - 1);
    }

    /** The last page's plan: mathematics teacher, homeroom teacher, head of school, seal, all required. */
    public static SigningPlan plan() {
        return plan(page());
    }

    /** The signer's id for a part of {@link #plan()}. */
    public static String signerOf(SigningPart part) {
        return plan().planned().stream().filter(p -> p.part().equals(part)).findFirst()
                .map(PlannedSignature::signerId).orElseThrow();
    }
}
