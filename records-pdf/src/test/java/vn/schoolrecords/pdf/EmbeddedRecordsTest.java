package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.pdf.EmbeddedRecordException.Reason;

class EmbeddedRecordsTest {

    private static final byte[] SAMPLE = Samples.render(Samples.CLASS_LIST, Samples.OPTIONS);

    @Test
    void theRecordIsReadBackFromAStreamLeftOpen() {
        ByteArrayInputStream in = new ByteArrayInputStream(SAMPLE);
        assertThat(EmbeddedRecords.extract(in, SchoolRoster.class)).isEqualTo(Samples.CLASS_LIST.record());
    }

    @Test
    void theAttachmentIsJsonDataWithItsSchemaSizeAndDates() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            PDComplexFileSpecification spec = EmbeddedJsonEdits.spec(doc);
            assertThat(spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Data");
            assertThat(spec.getFileDescription()).isEqualTo(SchoolRoster.SCHEMA);
            assertThat(spec.getFileUnicode()).isEqualTo(spec.getFile()).endsWith(".json");
            PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
            assertThat(file.getSubtype()).isEqualTo("application/json");
            assertThat(file.getSize()).isEqualTo(file.toByteArray().length);
            assertThat(file.getModDate().toInstant()).isEqualTo(Samples.CREATED);
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().values())
                    .extracting(PDComplexFileSpecification::getCOSObject).containsExactly(spec.getCOSObject());
        }
    }

    @Test
    void anAlteredRecordIsATypedError() {
        // Same length: only the checksum can tell.
        byte[] altered = EmbeddedJsonEdits.rewrite(SAMPLE, json -> {
            String changed = json.replaceFirst("\"dateOfBirth\":\"2009", "\"dateOfBirth\":\"2008");
            assertThat(changed).isNotEqualTo(json).hasSameSizeAs(json);
            return changed;
        }, false);
        assertThatThrownBy(() -> EmbeddedRecords.extract(altered, SchoolRoster.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ALTERED);
                    assertThat(e.code()).isEqualTo("PDF_RECORD_ALTERED");
                });
    }

    @Test
    void anAttachmentThatIsNotARosterIsReportedByTheJsonReader() {
        byte[] other = EmbeddedJsonEdits.rewrite(SAMPLE, json -> "{\"schema\":\"school-roster/1\"}", true);
        assertThatThrownBy(() -> EmbeddedRecords.extract(other, SchoolRoster.class))
                .isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void aPdfWithoutARecordOrBytesThatAreNotAPdfAreTypedErrors() throws IOException {
        byte[] plain;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            plain = EmbeddedJsonEdits.save(doc);
        }
        assertThatThrownBy(() -> EmbeddedRecords.extract(plain, SchoolRoster.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class,
                        e -> assertThat(e.code()).isEqualTo("PDF_RECORD_MISSING"));
        assertThatThrownBy(() -> EmbeddedRecords.extract("{}".getBytes(), SchoolRoster.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class,
                        e -> assertThat(e.code()).isEqualTo("PDF_UNREADABLE"));
    }

    @Test
    void aRecordOfAnotherSchemaIsATypedError() throws IOException {
        byte[] renamed;
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            EmbeddedJsonEdits.spec(doc).setFileDescription("transcript/1");
            renamed = EmbeddedJsonEdits.save(doc);
        }
        assertThatThrownBy(() -> EmbeddedRecords.extract(renamed, SchoolRoster.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA_MISMATCH));
    }
}
