package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.transcript.digital.internal.SecureXml;

/** Writing and reading the học bạ số XML: golden files, the schema, and what reading refuses. */
class DigitalTranscriptXmlTest {

    private static final Path GOLDEN = Path.of("src/test/resources/vn/schoolrecords/core/transcript/digital");

    @Test
    void secondarySampleMatchesTheGoldenXml() throws Exception {
        assertGolden(DigitalTranscriptFixtures.secondary(), "hoc-ba-so-secondary.golden.xml");
    }

    @Test
    void primarySampleMatchesTheGoldenXml() throws Exception {
        assertGolden(DigitalTranscriptFixtures.primary(), "hoc-ba-so-primary.golden.xml");
    }

    private static void assertGolden(DigitalTranscript record, String name) throws Exception {
        byte[] xml = DigitalTranscriptXml.write(record);
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("hocbaso.writeGolden")) {
            Files.createDirectories(GOLDEN);
            Files.write(file, xml);
        }
        Document expected = structure(Files.readAllBytes(file));
        Document actual = structure(xml);
        assertThat(actual.getDocumentElement().isEqualNode(expected.getDocumentElement()))
                .as("structure of %s; written:%n%s", name, new String(xml, StandardCharsets.UTF_8)).isTrue();
    }

    /** The document with whitespace-only text removed: structure and values, not layout. */
    private static Document structure(byte[] xml) {
        Document doc = SecureXml.parse(xml);
        strip(doc.getDocumentElement());
        doc.normalizeDocument();
        return doc;
    }

    private static void strip(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                strip(child);
            }
            child = next;
        }
    }

    @Test
    void writtenXmlIsUtf8WithTheModelsShape() {
        String xml = new String(DigitalTranscriptXml.write(DigitalTranscriptFixtures.secondary()), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(xml).contains("<DU_LIEU_HOC_BA Id=\"HB_3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f\">")
                .contains("<MA_TRA_CUU_UUID>3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f</MA_TRA_CUU_UUID>")
                .contains("<NGAY_TAO_HOC_BA>2026-06-20T10:15:30+07:00</NGAY_TAO_HOC_BA>")
                .contains("<CBQL></CBQL>").contains("<KY_PHAT_HANH></KY_PHAT_HANH>")
                .doesNotContain("<GVCN>").doesNotContain("<GVBM>") // optional: added when the role signs
                .containsPattern("<SO_CCCD>[0-9]{12}</SO_CCCD>")
                .containsPattern("<DIEM_TB_MON_CA_NAM>(10|[0-9](\\.[0-9])?)</DIEM_TB_MON_CA_NAM>")
                .doesNotContain("MA_HO_SO_HOC_TAP_SUOT_DOI"); // absent value, absent tag
        assertThat(xml.indexOf("<THONG_TIN_CHUNG>")).isLessThan(xml.indexOf("<QUA_TRINH_HOC_TAP>"));
        assertThat(xml.indexOf("<QUA_TRINH_HOC_TAP>")).isLessThan(xml.indexOf("<TONG_KET>"));
        assertThat(xml.indexOf("</DU_LIEU_HOC_BA>")).isLessThan(xml.indexOf("<DANH_SACH_THONG_TIN_KY>"));
    }

    @Test
    void writtenXmlValidatesAgainstTheSchemaResource() throws Exception {
        for (DigitalTranscript record : new DigitalTranscript[] {DigitalTranscriptFixtures.secondary(),
                DigitalTranscriptFixtures.primary()}) {
            byte[] xml = DigitalTranscriptXml.write(record);
            try (InputStream xsd = DigitalTranscript.class.getResourceAsStream(ModelVersion.V1_0.schemaResource())) {
                // An independent validation, straight from the resource and the bytes.
                SecureXml.schema(xsd, "xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
            }
        }
    }

    @Test
    void samplesReadBackAsTheSameRecord() {
        for (DigitalTranscript record : new DigitalTranscript[] {DigitalTranscriptFixtures.secondary(),
                DigitalTranscriptFixtures.primary()}) {
            assertThat(DigitalTranscriptXml.read(DigitalTranscriptXml.write(record))).isEqualTo(record);
        }
    }

    @Test
    void unknownElementIsRefusedNamingIt() {
        String xml = sample().replace("<DAN_TOC>", "<BIET_DANH>x</BIET_DANH><DAN_TOC>");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml)))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> {
                    assertThat(e.code()).isEqualTo("MALFORMED_DOCUMENT");
                    assertThat(e.path()).endsWith("BIET_DANH");
                    assertThat(e.text().vi()).contains("BIET_DANH");
                    assertThat(e.text().en()).contains("BIET_DANH");
                });
    }

    @Test
    void streamingValidationRefusesWhatParsingRefuses() {
        DigitalTranscriptXml.validate(bytes(sample()));
        assertThatThrownBy(() -> DigitalTranscriptXml.validate(bytes(sample().replace("<DAN_TOC>",
                "<BIET_DANH>x</BIET_DANH><DAN_TOC>")))).isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).endsWith("BIET_DANH"));
        assertThatThrownBy(() -> DigitalTranscriptXml.validate(bytes(sample().replace(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<!DOCTYPE HOC_BA [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<DAN_TOC>[^<]*</DAN_TOC>", "<DAN_TOC>&x;</DAN_TOC>"))))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void missingRequiredElementIsRefused() {
        String xml = sample().replaceFirst("<HO_VA_TEN>[^<]*</HO_VA_TEN>", "");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml)))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).contains("THONG_TIN_CHUNG"));
    }

    @Test
    void decimalWithAComma() {
        String xml = sample().replaceFirst("<DIEM_TB_MON_HK1>([0-9]+)(\\.[0-9])?</DIEM_TB_MON_HK1>",
                "<DIEM_TB_MON_HK1>$1,5</DIEM_TB_MON_HK1>");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml)))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).endsWith("DIEM_TB_MON_HK1"));
    }

    @Test
    void decimalWithFivePlacesIsRefused() {
        String xml = sample().replaceFirst("<DIEM_TB_MON_HK1>([0-9]+)(\\.[0-9])?</DIEM_TB_MON_HK1>",
                "<DIEM_TB_MON_HK1>7.12345</DIEM_TB_MON_HK1>");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml))).isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void scoreWithTwoPlacesIsRefusedByTheScoreRule() {
        String xml = sample().replaceFirst("<DIEM_TB_MON_HK1>([0-9]+)(\\.[0-9])?</DIEM_TB_MON_HK1>",
                "<DIEM_TB_MON_HK1>7.25</DIEM_TB_MON_HK1>");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void generalInformationAndYearPagesCarryTheIdsDerivedFromTheLookupCode() {
        String data = "HB_3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
        assertThat(sample()).contains("<THONG_TIN_CHUNG Id=\"" + data + "_TTC\">")
                .containsPattern("<HOC_BA_NAM_HOC Id=\"" + data + "_20[0-9]{2}\">");
        // Signatures name a year by its page's Id: an Id that is not the page's year's is refused.
        String swapped = sample().replaceFirst("<HOC_BA_NAM_HOC Id=\"" + data + "_(20[0-9]{2})\">",
                "<HOC_BA_NAM_HOC Id=\"" + data + "_1999\">");
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(swapped)))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).endsWith("HOC_BA_NAM_HOC"));
        String general = sample().replace(data + "_TTC", data + "_X");
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(general)))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).endsWith("THONG_TIN_CHUNG"));
    }

    @Test
    void dateTimeWithoutOffsetIsRefused() {
        String xml = sample().replace("2026-06-20T10:15:30+07:00", "2026-06-20T10:15:30");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml)))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).endsWith("NGAY_TAO_HOC_BA"));
    }

    @Test
    void lookupCodeThatIsNotUuid4IsRefused() {
        String xml = sample().replace("3f1c2d4e-5a6b-4c7d", "3f1c2d4e-5a6b-1c7d");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml)))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).endsWith("MA_TRA_CUU_UUID"));
    }

    @Test
    void personalIdentifierOfElevenDigitsIsRefused() {
        String xml = sample().replaceFirst("<SO_CCCD>[0-9]([0-9]{11})</SO_CCCD>", "<SO_CCCD>$1</SO_CCCD>");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml)))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> assertThat(e.path()).endsWith("SO_CCCD"));
    }

    @Test
    void dataIdOtherThanTheLookupCodesIsRefused() {
        String xml = sample().replace("Id=\"HB_3f1c2d4e", "Id=\"HB_0f1c2d4e");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml)))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).endsWith("DU_LIEU_HOC_BA"));
    }

    @Test
    void externalEntityIsRefusedAndNeverResolved() throws IOException {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = sample().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE HOC_BA [<!ENTITY x SYSTEM \""
                        + secret.toUri() + "\">]>")
                .replaceFirst("<DAN_TOC>[^<]*</DAN_TOC>", "<DAN_TOC>&x;</DAN_TOC>");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml)))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> {
                    assertThat(e.text().en()).contains("DOCTYPE");
                    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
                });
    }

    @Test
    void internalEntityExpansionIsRefused() {
        String xml = sample().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE HOC_BA [<!ENTITY a \"aaaaaaaaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")
                .replaceFirst("<DAN_TOC>[^<]*</DAN_TOC>", "<DAN_TOC>&b;</DAN_TOC>");

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml))).isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void signatureElementsAreAcceptedOnlyInTheSigningArea() {
        String sig = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo/></ds:Signature>";
        String signed = sample().replace("<CBQL></CBQL>", "<GVCN>" + sig + sig + "</GVCN><CBQL>" + sig + "</CBQL>");
        assertThat(DigitalTranscriptXml.read(bytes(signed))).isEqualTo(DigitalTranscriptFixtures.secondary());

        String foreign = sample().replace("<CBQL></CBQL>", "<CBQL><GHI_CHU>x</GHI_CHU></CBQL>");
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(foreign))).isInstanceOf(MalformedDocumentException.class);

        // The earlier flat layout (signatures straight in the signing area) is refused, and so is
        // a record without the places v1.0 requires, or with them out of order.
        String flat = sample().replace("<CBQL></CBQL>", sig + "<CBQL></CBQL>");
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(flat))).isInstanceOf(MalformedDocumentException.class);
        String noIssuePlace = sample().replace("<KY_PHAT_HANH></KY_PHAT_HANH>", "");
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(noIssuePlace)))
                .isInstanceOf(MalformedDocumentException.class);
        String swapped = sample().replace("<CBQL></CBQL>", "<CBQL></CBQL><GVCN></GVCN>");
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(swapped))).isInstanceOf(MalformedDocumentException.class);

        String inData = sample().replace("<TONG_KET>", sig + "<TONG_KET>");
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(inData))).isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void eachTransferCarriesTheIdDerivedFromItsDate() {
        var sample = vn.schoolrecords.core.sample.SampleTranscripts.secondary(42);
        var first = sample.years().get(0);
        var from = first.school();
        var to = vn.schoolrecords.core.school.School.of("THCS-DEN-01", "Trường THCS Nơi Đến", from.levels(),
                from.province(), from.district(), from.governingOffice());
        java.time.LocalDate date = java.time.LocalDate.of(first.year().endYear(), 6, 20);
        var moved = vn.schoolrecords.core.transcript.Transcript.open(sample.student(), sample.level(), sample.openedBy())
                .withYear(first).withTransfer(vn.schoolrecords.core.transcript.Transfer.of(date, from, to));
        DigitalTranscript record = DigitalTranscript.of(moved, DigitalTranscriptFixtures.SECONDARY_CODE,
                DigitalTranscriptFixtures.CREATED);
        String id = DigitalTranscriptXml.dataId(DigitalTranscriptFixtures.SECONDARY_CODE) + "_CT_"
                + date.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "_1";
        assertThat(DigitalTranscriptXml.transferId(DigitalTranscriptXml.dataId(DigitalTranscriptFixtures.SECONDARY_CODE),
                date, 1)).isEqualTo(id);
        String xml = new String(DigitalTranscriptXml.write(record), StandardCharsets.UTF_8);
        assertThat(xml).contains("<CHUYEN_TRUONG Id=\"" + id + "\">");
        assertThat(DigitalTranscriptXml.read(bytes(xml))).isEqualTo(record);
        // An Id that is not the derived one would let a signature seem to cover another transfer.
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(xml.replace(id + "\"", id.replace("_1", "_2") + "\""))))
                .isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void eachSigningRoleHasItsPlaceInTheSigningArea() {
        assertThat(java.util.Arrays.stream(vn.schoolrecords.core.transcript.SigningRole.values())
                .map(r -> DigitalTranscriptXml.signingPlace(ModelVersion.V1_0, r)))
                .containsExactly("GVBM", "GVCN", "CBQL", "KY_PHAT_HANH");
        assertThat(java.util.Arrays.stream(vn.schoolrecords.core.transcript.SigningRole.values())
                .filter(r -> DigitalTranscriptXml.signingPlaceRequired(ModelVersion.V1_0, r)))
                .containsExactly(vn.schoolrecords.core.transcript.SigningRole.PRINCIPAL,
                        vn.schoolrecords.core.transcript.SigningRole.SCHOOL_SEAL);
    }

    @Test
    void duplicatedDataRegionIsRefused() {
        String xml = sample();
        String data = xml.substring(xml.indexOf("<DU_LIEU_HOC_BA"), xml.indexOf("</DU_LIEU_HOC_BA>") + 17);
        String twice = xml.replace(data, data + data);

        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(twice))).isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void otherRootOrVersionIsRefused() {
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes("<HOC_BA_KHAC/>")))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> assertThat(e.text().en()).contains("HOC_BA"));
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes(sample().replace("<PHIEN_BAN>1.0<", "<PHIEN_BAN>9.9<"))))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> assertThat(e.text().en()).contains("9.9"));
        assertThatThrownBy(() -> DigitalTranscriptXml.read(bytes("<HOC_BA>")))
                .isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void parsedDocumentHasTheConstantsTheSigningModuleUses() {
        Document doc = DigitalTranscriptXml.parse(DigitalTranscriptXml.write(DigitalTranscriptFixtures.secondary()));
        Element root = doc.getDocumentElement();
        Element data = (Element) root.getElementsByTagName(DigitalTranscriptXml.DATA).item(0);
        Element area = (Element) root.getElementsByTagName(DigitalTranscriptXml.SIGNING_AREA).item(0);

        assertThat(root.getNodeName()).isEqualTo(DigitalTranscriptXml.ROOT);
        assertThat(data.getAttribute(DigitalTranscriptXml.ID_ATTRIBUTE))
                .isEqualTo(DigitalTranscriptXml.dataId(DigitalTranscriptFixtures.SECONDARY_CODE));
        assertThat(data.getParentNode()).isSameAs(root);
        assertThat(area.getParentNode()).isSameAs(root);
        assertThat(area.getElementsByTagName("*").getLength()).isEqualTo(2); // CBQL, KY_PHAT_HANH, empty
        assertThat(area.getElementsByTagName("CBQL").item(0).getChildNodes().getLength()).isZero();
        assertThat(doc.getElementsByTagName(DigitalTranscriptXml.YEAR).getLength()).isEqualTo(4);
    }

    @Test
    void lookupCodeMustBeUuidVersion4() {
        assertThatThrownBy(() -> DigitalTranscript.of(DigitalTranscriptFixtures.secondary().transcript(),
                UUID.nameUUIDFromBytes(new byte[] {1}), DigitalTranscriptFixtures.CREATED))
                .isInstanceOf(InvalidValueException.class);
    }

    private static String sample() {
        return new String(DigitalTranscriptXml.write(DigitalTranscriptFixtures.secondary()), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
