package vn.schoolrecords.pdf.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDFieldFactory;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Empty signature fields (ô chữ ký), named by role — {@code homeroom}, {@code principal},
 * {@code school-seal}, {@code subject-TOAN} — for records-signing to fill later. Each is a
 * printable widget with an empty appearance stream, as PDF/A-3 requires of every annotation, in
 * an AcroForm whose NeedAppearances is false.
 */
public final class Signatures {

    /** A role in lower case with hyphens, optionally ending in a subject code in upper case. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(-[A-Z][A-Z0-9_]*)?");

    private final PDDocument doc;
    private final Set<String> names = new HashSet<>();
    /**
     * One empty appearance per field size, shared by every widget of that size. A signer's
     * incremental save makes PDFBox parse every object of the file (COSWriter's incremental
     * mode dereferences the whole cross-reference table), and a transcript's 60 fields each had
     * their own appearance dictionary, resources and stream: about 165 objects, 15 % of the PDF
     * work of a signature. Signing never edits these in place (it gives the signed widget a new
     * appearance), so sharing them is safe.
     */
    private final Map<List<Float>, PDAppearanceStream> emptyAppearances = new HashMap<>();
    private PDAcroForm form;

    public Signatures(PDDocument doc) {
        this.doc = doc;
    }

    /** Adds an empty signature field on the canvas's current page. */
    public void field(Canvas canvas, String name, Rect rect) {
        if (!NAME.matcher(name).matches() || !names.add(name)) {
            throw new IllegalArgumentException("signature field name invalid or used twice: " + name);
        }
        if (form == null) {
            form = new PDAcroForm(doc);
            form.setNeedAppearances(false);
            doc.getDocumentCatalog().setAcroForm(form);
        }
        // What new PDSignatureField(form) makes, without the name it generates first: that
        // walks every field already on the form, which made 68 fields cost as much as a page.
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.FT, COSName.SIG);
        PDSignatureField field = (PDSignatureField) PDFieldFactory.createField(form, dict, null);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setLocked(true);
        widget.setPrinted(true);
        field.setPartialName(name);
        widget.setRectangle(rect.toPdf());
        widget.setPage(canvas.page());
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(emptyAppearances.computeIfAbsent(
                List.of(rect.width(), rect.height()), size -> emptyAppearance(rect)));
        widget.setAppearance(appearances);
        // Straight into the arrays: PDPage.getAnnotations() and PDAcroForm.getFields() wrap
        // every element already there on each call, which made adding n fields cost n².
        COSDictionary page = canvas.page().getCOSObject();
        COSArray annotations = page.getCOSArray(COSName.ANNOTS);
        if (annotations == null) {
            annotations = new COSArray();
            page.setItem(COSName.ANNOTS, annotations);
        }
        annotations.add(field.getCOSObject());
        form.getCOSObject().getCOSArray(COSName.FIELDS).add(field.getCOSObject());
        canvas.record(Box.Kind.FIELD, rect, name);
    }

    /**
     * The empty appearance of a field, by width and height: one stream serves every field of
     * that size (the subject rows of a table), as the signer replaces a field's appearance
     * dictionary rather than writing into its stream.
     */
    private PDAppearanceStream emptyAppearance(Rect rect) {
        PDAppearanceStream appearance = new PDAppearanceStream(doc);
        appearance.setBBox(new PDRectangle(rect.width(), rect.height()));
        appearance.setResources(new PDResources());
        return appearance;
    }
}
