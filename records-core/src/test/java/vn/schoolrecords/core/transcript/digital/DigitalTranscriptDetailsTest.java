package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.register.RegisterNumber;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.transcript.SigningPolicy;

/**
 * The fields of Phụ lục 1.1 beyond the transcript (register number, places, parents, weight and
 * height, the signing leader): written with the model's names inside the signed data, in the
 * schema, read back, and absent when not given.
 */
class DigitalTranscriptDetailsTest {

    private static final List<String> LEARNER_ELEMENTS = List.of("SO_SO_DANG_BO", "QUE_QUAN", "NOI_O_HIEN_NAY", "CHA",
            "ME", "NGUOI_GIAM_HO", "NGHE_NGHIEP");
    private static final List<String> YEAR_ELEMENTS = List.of("CAN_NANG", "CHIEU_CAO", "TEN_GIAM_HIEU_KY_HOC_BA",
            "SO_CCCD_GIAM_HIEU_KY_HOC_BA", "CHUC_VU_GIAM_HIEU_KY_HOC_BA", "NGAY_KY_PHAT_HANH_HOC_BA");

    @Test
    void learnerDetailsAreInTheGeneralInformationAndYearDetailsInEachYearsPage() {
        DigitalTranscript record = DigitalTranscriptFixtures.detailed();
        Document doc = DigitalTranscriptXml.parse(DigitalTranscriptXml.write(record));
        Element general = (Element) doc.getElementsByTagName(DigitalTranscriptXml.GENERAL).item(0);

        assertThat(text(general, "SO_SO_DANG_BO")).isEqualTo("12/2021-2022");
        assertThat(text(general, "QUE_QUAN")).isEqualTo("Xã Tân Phú, huyện Đức Hòa, tỉnh Long An");
        assertThat(text(general, "NOI_O_HIEN_NAY")).startsWith("12 Lê Lợi");
        Element father = (Element) general.getElementsByTagName("CHA").item(0);
        assertThat(text(father, "HO_TEN")).isEqualTo("Nguyễn Văn Bình");
        assertThat(text(father, "NGHE_NGHIEP")).isEqualTo("Kỹ sư");
        Element mother = (Element) general.getElementsByTagName("ME").item(0);
        assertThat(mother.getElementsByTagName("NGHE_NGHIEP").getLength()).as("absent occupation").isZero();
        assertThat(general.getElementsByTagName("NGUOI_GIAM_HO").getLength()).as("absent guardian").isZero();

        var pages = doc.getElementsByTagName(DigitalTranscriptXml.YEAR);
        assertThat(pages.getLength()).isEqualTo(record.transcript().years().size()).isGreaterThan(1);
        for (int i = 0; i < pages.getLength(); i++) {
            Element page = (Element) pages.item(i);
            SchoolYear year = record.transcript().years().get(i).year();
            // inside the Id'd page, so the year's signatures cover the signer's identity
            assertThat(page.getAttribute(DigitalTranscriptXml.ID_ATTRIBUTE))
                    .isEqualTo(DigitalTranscriptXml.yearId(record.lookupCode(), year));
            assertThat(text(page, "CAN_NANG")).isEqualTo(new BigDecimal("20.5").add(BigDecimal.valueOf(i * 2L)).toPlainString());
            assertThat(text(page, "CHIEU_CAO")).isEqualTo(Integer.toString(115 + i * 5));
            assertThat(text(page, "TEN_GIAM_HIEU_KY_HOC_BA")).isEqualTo("Lê Thị Hoa");
            assertThat(text(page, "SO_CCCD_GIAM_HIEU_KY_HOC_BA")).isEqualTo("079180000123");
            assertThat(text(page, "CHUC_VU_GIAM_HIEU_KY_HOC_BA")).isEqualTo("Hiệu trưởng");
            assertThat(text(page, "NGAY_KY_PHAT_HANH_HOC_BA")).isEqualTo(year.endYear() + "-05-25");
        }
        // nothing of them in the signing area
        Element area = (Element) doc.getElementsByTagName(DigitalTranscriptXml.SIGNING_AREA).item(0);
        // (before anyone signs it holds only the model's mandatory role elements, empty)
        for (String name : List.of("CAN_NANG", "CHIEU_CAO", "TEN_GIAM_HIEU_KY_HOC_BA", "SO_CCCD_GIAM_HIEU_KY_HOC_BA",
                "CHUC_VU_GIAM_HIEU_KY_HOC_BA", "NGAY_KY_PHAT_HANH_HOC_BA", "SO_SO_DANG_BO")) {
            assertThat(area.getElementsByTagName(name).getLength()).as(name).isZero();
        }
        assertThat(area.getTextContent()).isBlank();
    }

    @Test
    void detailedRecordValidatesAndReadsBackAsTheSameRecord() throws Exception {
        DigitalTranscript record = DigitalTranscriptFixtures.detailed();
        byte[] xml = DigitalTranscriptXml.write(record);

        DigitalTranscriptXml.schema(ModelVersion.V1_0).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        DigitalTranscriptXml.validate(xml);
        assertThat(DigitalTranscriptXml.read(xml)).isEqualTo(record);
        assertThat(DigitalTranscriptXml.read(xml).learner().registerNumber()).contains(RegisterNumber.of(SchoolYear.of(2021), 12));
    }

    @Test
    void noDetailsMeansNoneOfTheirElements() {
        String xml = new String(DigitalTranscriptXml.write(DigitalTranscriptFixtures.primary()), StandardCharsets.UTF_8);

        for (String element : concat(LEARNER_ELEMENTS, YEAR_ELEMENTS)) {
            assertThat(xml).doesNotContain("<" + element + ">");
        }
    }

    @Test
    void aPartOfTheDetailsWritesOnlyThatPart() {
        DigitalTranscript base = DigitalTranscriptFixtures.primary();
        SchoolYear first = base.transcript().years().get(0).year();
        DigitalTranscript record = base.withYearDetails(first, new YearDetails(Optional.of(new BigDecimal("21.50")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        String xml = new String(DigitalTranscriptXml.write(record), StandardCharsets.UTF_8);

        assertThat(xml).contains("<CAN_NANG>21.5</CAN_NANG>");
        for (String element : concat(LEARNER_ELEMENTS, YEAR_ELEMENTS.subList(1, YEAR_ELEMENTS.size()))) {
            assertThat(xml).doesNotContain("<" + element + ">");
        }
        assertThat(DigitalTranscriptXml.read(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(record);
        // emptied again, the details are gone altogether
        assertThat(record.withYearDetails(first, YearDetails.NONE)).isEqualTo(base);
    }

    @Test
    void wrongDetailsAreRefused() {
        DigitalTranscript base = DigitalTranscriptFixtures.primary();
        assertThatThrownBy(() -> base.withYearDetails(SchoolYear.of(1999), YearDetails.measured(BigDecimal.TEN,
                BigDecimal.TEN))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isNotBlank());
        assertThatThrownBy(() -> YearDetails.measured(new BigDecimal("-1"), BigDecimal.TEN))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> YearDetails.measured(BigDecimal.TEN, new BigDecimal("100.12345")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LearnerDetails.NONE.withPlaces(" ", "x")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RegisterNumber.parse("12/2021")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RegisterNumber.of(SchoolYear.of(2021), 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aRegisterNumberThatBreaksTheSchemaIsRefusedOnReading() {
        String xml = new String(DigitalTranscriptXml.write(DigitalTranscriptFixtures.detailed()), StandardCharsets.UTF_8)
                .replace("<SO_SO_DANG_BO>12/2021-2022</SO_SO_DANG_BO>", "<SO_SO_DANG_BO>12/2021</SO_SO_DANG_BO>");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(vn.schoolrecords.core.MalformedDocumentException.class)
                .hasMessageContaining("SO_SO_DANG_BO");
    }

    @Test
    void theLifecycleCarriesTheDetailsAndItsLogCoversThem() {
        DigitalTranscript detailed = DigitalTranscriptFixtures.detailed();
        Instant at = Instant.parse("2026-06-20T03:15:30Z");
        DigitalRecordDecision withDetails = DigitalRecord.create(detailed, SigningPolicy.MOET_PILOT_V1, "VT",
                StaffRole.CLERK, at);
        DigitalRecordDecision without = DigitalRecord.create(DigitalTranscriptFixtures.primary(),
                SigningPolicy.MOET_PILOT_V1, "VT", StaffRole.CLERK, at);

        assertThat(withDetails.record().current()).isEqualTo(detailed);
        assertThat(withDetails.entries().get(0).hash()).isNotEqualTo(without.entries().get(0).hash());
        List<AuditEntry<DigitalRecordEvent>> log = withDetails.entries();
        assertThat(DigitalRecord.replay(log).current().learner()).isEqualTo(detailed.learner());
    }

    @Test
    void detailsAreSetWhileNotIssuedDroppingTheSignaturesTheyInvalidateAndRefusedOnceIssued() {
        DigitalTranscript detailed = DigitalTranscriptFixtures.detailed();
        DigitalRecordDecision start = DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(),
                DigitalRecordTest.FIRST_CODE, Instant.parse("2023-06-20T02:00:00Z")), SigningPolicy.MOET_PILOT_V1, "VT",
                StaffRole.CLERK, Instant.parse("2023-06-20T02:00:00Z"));
        List<AuditEntry<DigitalRecordEvent>> log = new java.util.ArrayList<>(start.entries());
        DigitalRecord state = start.record();
        SchoolYear y1 = DigitalRecordTest.Y1;
        var page = state.current().transcript().page(y1).orElseThrow();
        Instant t = Instant.parse("2023-06-21T02:00:00Z");
        var principal = new DigitalRecordCommand.Sign(y1, vn.schoolrecords.core.transcript.Signature.of(
                page.confirmedBy().staffId(), vn.schoolrecords.core.transcript.SigningPart.page(
                        vn.schoolrecords.core.transcript.SigningRole.PRINCIPAL), t, "p"));

        state = step(state, log, principal, StaffRole.PRINCIPAL, t);
        assertThat(state.plan(y1).orElseThrow().signatures()).hasSize(1);
        state = step(state, log, new DigitalRecordCommand.SetLearnerDetails(detailed.learner()), StaffRole.CLERK, t);
        assertThat(state.current().learner()).isEqualTo(detailed.learner());
        assertThat(state.plan(y1).orElseThrow().signatures()).as("dropped: they covered other data").isEmpty();

        YearDetails details = YearDetails.measured(new BigDecimal("35"), new BigDecimal("140.5"));
        state = step(state, log, principal, StaffRole.PRINCIPAL, t);
        state = step(state, log, new DigitalRecordCommand.SetYearDetails(y1, details), StaffRole.CLERK, t);
        assertThat(state.current().yearDetails(y1)).isEqualTo(details);
        assertThat(state.plan(y1).orElseThrow().signatures()).isEmpty();
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);

        state = step(state, log, principal, StaffRole.PRINCIPAL, t);
        state = step(state, log, new DigitalRecordCommand.Issue(y1, vn.schoolrecords.core.transcript.Signature.of(
                page.school().code(), vn.schoolrecords.core.transcript.SigningPart.page(
                        vn.schoolrecords.core.transcript.SigningRole.SCHOOL_SEAL), t, "s"), "Sở"), StaffRole.CLERK, t);
        DigitalRecord issued = state;
        for (DigitalRecordCommand c : List.of(new DigitalRecordCommand.SetLearnerDetails(LearnerDetails.NONE),
                new DigitalRecordCommand.SetYearDetails(y1, YearDetails.NONE))) {
            assertThatThrownBy(() -> issued.handle(c, "VT", StaffRole.CLERK, t, LockPolicy.TT70_2026))
                    .isInstanceOfSatisfying(DigitalRecordException.class,
                            e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.ISSUED_NO_EDIT));
        }
        assertThat(DigitalRecord.replay(log).current().yearDetails(y1)).isEqualTo(details);
    }

    private static DigitalRecord step(DigitalRecord state, List<AuditEntry<DigitalRecordEvent>> log,
            DigitalRecordCommand c, StaffRole role, Instant at) {
        DigitalRecordDecision d = state.handle(c, "VT", role, at, LockPolicy.TT70_2026);
        log.addAll(d.entries());
        return d.record();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String text(Element parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        assertThat(nodes.getLength()).as(name).isEqualTo(1);
        return nodes.item(0).getTextContent();
    }
}
