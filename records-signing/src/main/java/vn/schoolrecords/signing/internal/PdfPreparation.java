package vn.schoolrecords.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.signing.SignatureFieldException;
import vn.schoolrecords.signing.SignatureFieldException.Reason;

/**
 * The PDF half of preparation: fills (or creates) the signature field, locks it with FieldMDP,
 * and writes an incremental update whose /Contents is a zero placeholder.
 */
public final class PdfPreparation {

    /** Signing times are written in Vietnam time, as Decree 30 shows them. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PdfPreparation() {
    }

    /** The prepared document and where its /Contents placeholder is. */
    public record Result(byte[] document, int[] byteRange) {
    }

    /** The signature dictionary's descriptive entries. */
    public record Details(Optional<String> name, Optional<String> reason, Optional<String> location,
            Instant signingTime) {
    }

    /** A field an earlier signature filled: its name, its /M time if any, where its /Contents starts. */
    public record SignedField(String name, Optional<Instant> signedAt, long contentsOffset) {
    }

    /** Decides, from the fields signed so far, whether the field may be signed now; throws if not. */
    @FunctionalInterface
    public interface OrderGate {
        void check(List<SignedField> signedSoFar);
    }

    /** Draws a field's visible appearance into the update being prepared. */
    @FunctionalInterface
    public interface Painter {
        void paint(PDDocument document, PDSignatureField field) throws IOException;
    }

    public static Result prepare(byte[] pdf, String fieldName, boolean newField, Details details, int contentsBytes) {
        return prepare(pdf, fieldName, newField, details, Optional.empty(), Optional.empty(), contentsBytes);
    }

    /**
     * As above, and the painter, when given, draws the field's appearance; a new field has no
     * area, so it stays invisible unless the painter gives it one (an attachment's appearance).
     * The gate, when given, sees the fields signed so far before anything is written.
     */
    public static Result prepare(byte[] pdf, String fieldName, boolean newField, Details details,
            Optional<Painter> painter, Optional<OrderGate> gate, int contentsBytes) {
        try (PDDocument document = load(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            details.name().ifPresent(signature::setName);
            details.reason().ifPresent(signature::setReason);
            details.location().ifPresent(signature::setLocation);
            signature.setSignDate(GregorianCalendar.from(details.signingTime().atZone(VIETNAM)));

            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            // One walk of the field tree serves the lookup and the lock check (PDAcroForm.getField walks it again).
            List<PDField> fields = new ArrayList<>();
            PDField existing = null;
            if (form != null) {
                for (PDField f : form.getFieldTree()) {
                    fields.add(f);
                    if (existing == null && fieldName.equals(f.getFullyQualifiedName())) {
                        existing = f;
                    }
                }
            }
            PDSignatureField field;
            Widget saved = null;
            if (newField) {
                if (existing != null) {
                    throw new SignatureFieldException(Reason.FIELD_ALREADY_EXISTS, fieldName);
                }
                field = null;
            } else {
                if (existing == null) {
                    throw new SignatureFieldException(Reason.FIELD_NOT_FOUND, fieldName);
                }
                if (!(existing instanceof PDSignatureField signatureField)) {
                    throw new SignatureFieldException(Reason.FIELD_NOT_A_SIGNATURE_FIELD, fieldName);
                }
                if (signatureField.getCOSObject().getDictionaryObject(COSName.V) != null) {
                    throw new SignatureFieldException(Reason.FIELD_ALREADY_SIGNED, fieldName);
                }
                field = signatureField;
            }
            refuseIfLocked(document, fields, fieldName);
            if (gate.isPresent()) {
                gate.get().check(signedFields(fields));
            }
            if (field != null) {
                // PDFBox finds the field to fill by its /V being this signature dictionary.
                field.getCOSObject().setItem(COSName.V, signature);
                saved = Widget.save(field.getWidgets().get(0));
            }

            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(contentsBytes);
                document.addSignature(signature, options);
            }
            if (field == null) {
                field = fieldOf(document.getDocumentCatalog().getAcroForm(null), signature);
                field.setPartialName(fieldName);
            } else {
                // addSignature() makes every filled field invisible; an existing field keeps its place.
                saved.restore(field.getWidgets().get(0));
            }
            if (painter.isPresent()) {
                painter.get().paint(document, field);
            }
            lock(document, field, signature);

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * contentsBytes + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(new byte[0]); // leaves the placeholder of zeros, writes the update
            int[] byteRange = signature.getByteRange();
            return new Result(out.toByteArray(), byteRange);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /** The filled signature fields, in the order their signatures were written. */
    private static List<SignedField> signedFields(List<PDField> fields) throws IOException {
        List<SignedField> signed = new ArrayList<>();
        for (PDField f : fields) {
            if (f instanceof PDSignatureField s && s.getSignature() != null) {
                PDSignature signature = s.getSignature();
                int[] range = signature.getByteRange();
                Optional<Instant> at = Optional.ofNullable(signature.getSignDate()).map(Calendar::toInstant);
                signed.add(new SignedField(f.getFullyQualifiedName(), at, range.length == 4 ? range[1] : Long.MAX_VALUE));
            }
        }
        signed.sort(Comparator.comparingLong(SignedField::contentsOffset));
        return signed;
    }

    /**
     * Refuses a field that an earlier signature locked (ISO 32000-2 §12.7.5.5: /Lock with Action
     * All, Include naming it, or Exclude not naming it), and any signature in a document
     * certified with no changes allowed (DocMDP P=1, §12.8.2.2).
     */
    private static void refuseIfLocked(PDDocument document, List<PDField> allFields, String fieldName) {
        COSDictionary perms = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        COSDictionary docMdp = perms == null ? null : perms.getCOSDictionary(COSName.getPDFName("DocMDP"));
        if (docMdp != null && docMdpPermission(docMdp) == 1) {
            throw new SignatureFieldException(Reason.FIELD_LOCKED, fieldName);
        }
        for (PDField f : allFields) {
            if (!(f instanceof PDSignatureField signed) || signed.getCOSObject().getDictionaryObject(COSName.V) == null) {
                continue;
            }
            COSDictionary lock = signed.getCOSObject().getCOSDictionary(COSName.getPDFName("Lock"));
            if (lock == null) {
                continue;
            }
            String action = lock.getNameAsString(COSName.getPDFName("Action"));
            COSArray fields = lock.getCOSArray(COSName.FIELDS);
            boolean named = fields != null && fields.toCOSStringStringList().contains(fieldName);
            if ("All".equals(action) || ("Include".equals(action) && named) || ("Exclude".equals(action) && !named)) {
                throw new SignatureFieldException(Reason.FIELD_LOCKED, fieldName);
            }
        }
    }

    /** The /P of the DocMDP transform parameters of a certification signature; 2 when absent. */
    private static int docMdpPermission(COSDictionary signature) {
        COSArray references = signature.getCOSArray(COSName.getPDFName("Reference"));
        if (references != null) {
            for (int i = 0; i < references.size(); i++) {
                if (references.getObject(i) instanceof COSDictionary reference
                        && "DocMDP".equals(reference.getNameAsString(COSName.getPDFName("TransformMethod")))) {
                    COSDictionary params = reference.getCOSDictionary(COSName.getPDFName("TransformParams"));
                    return params == null ? 2 : params.getInt(COSName.P, 2);
                }
            }
        }
        return 2;
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    private static MalformedDocumentException malformed(IOException e) {
        return new MalformedDocumentException("", -1, -1, LocalizedText.of(
                "không đọc hoặc ghi được tệp PDF: " + e.getMessage(),
                "cannot read or write the PDF: " + e.getMessage()), e);
    }

    private static PDSignatureField fieldOf(PDAcroForm form, PDSignature signature) {
        for (PDField f : form.getFieldTree()) {
            if (f instanceof PDSignatureField s && s.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                return s;
            }
        }
        throw new IllegalStateException("PDFBox did not create the signature field");
    }

    /**
     * Locks the signer's field (ISO 32000-2 §12.7.5.5, §12.8.2.4): the field's /Lock dictionary
     * says which fields its signature locks; an existing /Lock (e.g. the principal's field
     * locking everything) is kept, otherwise the field locks itself. The signature dictionary
     * carries the matching FieldMDP signature reference, so that viewers enforce the lock.
     */
    private static void lock(PDDocument document, PDSignatureField field, PDSignature signature) {
        COSDictionary lock = field.getCOSObject().getCOSDictionary(COSName.getPDFName("Lock"));
        if (lock == null) {
            lock = new COSDictionary();
            lock.setName(COSName.TYPE, "SigFieldLock");
            lock.setName(COSName.getPDFName("Action"), "Include");
            COSArray fields = new COSArray();
            fields.add(new COSString(field.getFullyQualifiedName()));
            lock.setItem(COSName.FIELDS, fields);
            lock.setDirect(true);
            field.getCOSObject().setItem(COSName.getPDFName("Lock"), lock);
        }
        COSDictionary params = new COSDictionary();
        params.setName(COSName.TYPE, "TransformParams");
        params.setItem(COSName.getPDFName("Action"), lock.getDictionaryObject(COSName.getPDFName("Action")));
        COSBase fields = lock.getDictionaryObject(COSName.FIELDS);
        if (fields != null) {
            params.setItem(COSName.FIELDS, fields);
        }
        params.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setName(COSName.TYPE, "SigRef");
        reference.setName(COSName.getPDFName("TransformMethod"), "FieldMDP");
        reference.setItem(COSName.getPDFName("TransformParams"), params);
        reference.setName(COSName.getPDFName("DigestMethod"), "SHA256");
        reference.setItem(COSName.getPDFName("Data"), document.getDocumentCatalog().getCOSObject());
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
        field.getCOSObject().setNeedToBeUpdated(true);
    }

    /** A widget's rectangle and appearance, which addSignature() overwrites for invisible signatures. */
    private record Widget(COSBase rect, COSBase appearance) {

        static Widget save(PDAnnotationWidget widget) {
            return new Widget(widget.getCOSObject().getDictionaryObject(COSName.RECT),
                    widget.getCOSObject().getDictionaryObject(COSName.AP));
        }

        void restore(PDAnnotationWidget widget) {
            if (rect != null) {
                widget.getCOSObject().setItem(COSName.RECT, rect);
            }
            if (appearance != null) {
                widget.getCOSObject().setItem(COSName.AP, appearance);
            } else if (rect != null) {
                PDRectangle r = widget.getRectangle();
                PDAppearanceStream stream = widget.getAppearance().getNormalAppearance().getAppearanceStream();
                stream.setBBox(new PDRectangle(r.getWidth(), r.getHeight()));
            }
        }
    }
}
