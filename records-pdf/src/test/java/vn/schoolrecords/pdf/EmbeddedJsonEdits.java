package vn.schoolrecords.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.pdf.internal.PdfA;

/**
 * Test help for the record a printout carries: its first associated file, rewritten as a forger
 * would (with or without fixing the recorded size and checksum), and checked against the JSON
 * Schema resource {@link EmbeddedRecords#schemaResource} names.
 */
public final class EmbeddedJsonEdits {

    private EmbeddedJsonEdits() {
    }

    /**
     * The first associated file's file specification.
     *
     * @param doc the document
     * @return its specification
     */
    public static PDComplexFileSpecification spec(PDDocument doc) {
        return new PDComplexFileSpecification((COSDictionary)
                doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF).getObject(0));
    }

    /**
     * The PDF with its embedded JSON replaced.
     *
     * @param pdf the printout
     * @param edit the new JSON text from the old
     * @param forgeChecksum whether to record the new size and MD5 checksum too, so that only the
     *     reader of the JSON can tell
     * @return the altered PDF
     */
    public static byte[] rewrite(byte[] pdf, UnaryOperator<String> edit, boolean forgeChecksum) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDEmbeddedFile file = spec(doc).getEmbeddedFileUnicode();
            byte[] json = edit.apply(new String(file.toByteArray(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = file.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                out.write(json);
            }
            if (forgeChecksum) {
                file.setSize(json.length);
                file.getCOSObject().getCOSDictionary(COSName.PARAMS).setItem(COSName.getPDFName("CheckSum"),
                        new COSString(md5(json)));
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a printout's embedded JSON against the JSON Schema of its recorded schema id.
     *
     * @param pdf the printout
     * @return the schema's complaints, empty if valid
     */
    public static Set<ValidationMessage> validateAgainstSchema(byte[] pdf) {
        PdfA.Attachment a = PdfA.extract(pdf);
        String resource = EmbeddedRecords.schemaResource(a.schema()).orElseThrow();
        try (InputStream in = RecordsJson.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in)
                    .validate(new ObjectMapper().readTree(a.json()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a document.
     *
     * @param doc the document
     * @return its bytes
     * @throws IOException if PDFBox fails
     */
    public static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
