package vn.schoolrecords.signing.testpki;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A minimal PDF/A-3b input built here (records-signing may not depend on records-pdf): one A4
 * page of vector graphics (no text, so no fonts to embed), the JDK's sRGB profile as output
 * intent, XMP metadata claiming PDF/A-3B, a trailer /ID. And veraPDF to check the outcome.
 */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** A one-page PDF/A-3b document with a few ruled boxes, like a blank transcript form. */
    public static byte[] minimalPdfA3b() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(0.1f, 0.1f, 0.4f);
                for (int row = 0; row < 12; row++) {
                    content.addRect(60, 700 - row * 40, 475, 30);
                }
                content.stroke();
            }
            PDMetadata metadata = new PDMetadata(document);
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema pdfaid = xmp.createAndAddPDFAIdentificationSchema();
            pdfaid.setPart(3);
            pdfaid.setConformance("B");
            ByteArrayOutputStream xmpBytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xmpBytes, true);
            metadata.importXMPMetadata(xmpBytes.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);
            COSArray id = new COSArray();
            id.add(new COSString("schoolrecords-pdfa-test".getBytes(StandardCharsets.US_ASCII)));
            id.add(new COSString("schoolrecords-pdfa-test".getBytes(StandardCharsets.US_ASCII)));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            document.save(out);
            return out.toByteArray();
        } catch (IOException | BadFieldValueException | TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF/A-3b rules the document fails, one line each; empty if it is compliant. */
    public static List<String> pdfA3bFailures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().toList();
            if (!result.isCompliant() && failures.isEmpty()) {
                return List.of("not compliant, no failed assertion reported");
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }
}
