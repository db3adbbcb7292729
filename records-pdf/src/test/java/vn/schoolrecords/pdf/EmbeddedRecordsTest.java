package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

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
            PDComplexFileSpecification spec = spec(doc);
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
    void anAlteredRecordIsATypedError() throws IOException {
        byte[] altered;
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            PDEmbeddedFile file = spec(doc).getEmbeddedFileUnicode();
            String json = new String(file.toByteArray(), StandardCharsets.UTF_8);
            // Same length: only the checksum can tell.
            String changed = json.replaceFirst("\"dateOfBirth\":\"2009", "\"dateOfBirth\":\"2008");
            assertThat(changed).isNotEqualTo(json).hasSameSizeAs(json);
            try (OutputStream out = file.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                out.write(changed.getBytes(StandardCharsets.UTF_8));
            }
            altered = save(doc);
        }
        assertThatThrownBy(() -> EmbeddedRecords.extract(altered, SchoolRoster.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ALTERED);
                    assertThat(e.code()).isEqualTo("PDF_RECORD_ALTERED");
                });
    }

    @Test
    void anAttachmentThatIsNotARosterIsReportedByTheJsonReader() throws IOException {
        byte[] other;
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            PDEmbeddedFile file = spec(doc).getEmbeddedFileUnicode();
            byte[] json = "{\"schema\":\"school-roster/1\"}".getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = file.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                out.write(json);
            }
            file.setSize(json.length);
            file.getCOSObject().getCOSDictionary(COSName.PARAMS).setItem(COSName.getPDFName("CheckSum"),
                    new org.apache.pdfbox.cos.COSString(md5(json)));
            other = save(doc);
        }
        assertThatThrownBy(() -> EmbeddedRecords.extract(other, SchoolRoster.class))
                .isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void aPdfWithoutARecordOrBytesThatAreNotAPdfAreTypedErrors() throws IOException {
        byte[] plain;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            plain = save(doc);
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
            spec(doc).setFileDescription("transcript/1");
            renamed = save(doc);
        }
        assertThatThrownBy(() -> EmbeddedRecords.extract(renamed, SchoolRoster.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA_MISMATCH));
    }

    private static PDComplexFileSpecification spec(PDDocument doc) {
        return new PDComplexFileSpecification((org.apache.pdfbox.cos.COSDictionary)
                doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF).getObject(0));
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
