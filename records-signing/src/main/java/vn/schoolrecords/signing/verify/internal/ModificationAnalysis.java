package vn.schoolrecords.signing.verify.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.verify.Modification;
import vn.schoolrecords.signing.verify.Modification.Kind;

/**
 * What changed between a signed revision and the final file, object by object, and whether each
 * change is allowed after that signature (ISO 32000-2 §12.8.2.2 DocMDP, §12.8.2.4 FieldMDP; ETSI
 * EN 319 142-1 §5.4 for the DSS and document timestamps). Fails closed: only changes that are
 * known to be harmless are allowed.
 *
 * <p>Allowed: a signature into a field that was empty and is not locked; a new signature field
 * with its signature (under a certification only if invisible, against Sneaky Signature
 * attacks); the DSS; document timestamps; under DocMDP P=2 or 3 form values of unlocked fields;
 * under P=3 markup annotations that cannot cover content (sticky notes, highlights). Everything
 * else — page content, resources, boxes, the page tree, the catalog, other annotations (Evil
 * Annotation attack), form values without a certification permitting them — is not.
 */
final class ModificationAnalysis {

    private static final COSName LOCK = COSName.getPDFName("Lock");
    private static final COSName ACTION = COSName.getPDFName("Action");
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final COSName SIG_FLAGS = COSName.getPDFName("SigFlags");
    /** Markup that a DocMDP P=3 certification may let through: it points at content, it does not paint over it. */
    private static final Set<String> HARMLESS_MARKUP = Set.of("Text", "Popup", "Highlight", "Underline", "Squiggly",
            "StrikeOut");
    /** What a signature legitimately adds to a field or widget that was empty. */
    private static final Set<COSName> SIGNING_KEYS = Set.of(COSName.V, LOCK, COSName.AP, COSName.AS, COSName.KIDS);

    private final PDDocument revision;
    private final PDDocument last;
    private final int docMdp;
    private final Set<String> documentTimestampFields;
    private final CosDiff diff = new CosDiff();
    private final List<Modification> found = new ArrayList<>();
    /** Widgets whose field may be signed or filled: compared without their appearance and value. */
    private final Set<COSObjectKey> widgetsMayChange = new HashSet<>();
    /** Widgets of new signature fields that are allowed; reported with their field. */
    private final Set<COSObjectKey> widgetsMayAppear = new HashSet<>();
    private final Map<COSObjectKey, Integer> pageOfAnnotation = new HashMap<>();

    private ModificationAnalysis(PDDocument revision, PDDocument last, int docMdp, Set<String> documentTimestampFields) {
        this.revision = revision;
        this.last = last;
        this.docMdp = docMdp;
        this.documentTimestampFields = documentTimestampFields;
    }

    /**
     * The changes from a signed revision to the final file.
     *
     * @param docMdp the DocMDP permission in force (1, 2, 3), or 0 without a certification
     * @param documentTimestampFields the names of the fields holding document timestamps
     */
    static List<Modification> between(PDDocument revision, PDDocument last, int docMdp,
            Set<String> documentTimestampFields) {
        ModificationAnalysis analysis = new ModificationAnalysis(revision, last, docMdp, documentTimestampFields);
        analysis.catalog();
        analysis.pages();
        analysis.form();
        analysis.annotations();
        return List.copyOf(analysis.found);
    }

    private void catalog() {
        COSDictionary a = revision.getDocumentCatalog().getCOSObject();
        COSDictionary b = last.getDocumentCatalog().getCOSObject();
        CosDiff.Where w = diff.find(a, b, keyOf(b), Set.of(COSName.PAGES, COSName.ACRO_FORM, DSS, EXTENSIONS));
        if (w != null) {
            add(Kind.CATALOG, w, null, false, "danh mục tài liệu (catalog) bị thay đổi",
                    "the document catalog changed");
        }
        CosDiff.Where dss = new CosDiff().find(a.getItem(DSS), b.getItem(DSS), keyOf(b), Set.of());
        if (dss != null) {
            add(Kind.DSS, dss, null, true, "kho dữ liệu kiểm tra (DSS) được thêm hoặc cập nhật",
                    "the Document Security Store (DSS) was added or updated");
        }
    }

    private void pages() {
        int before = revision.getNumberOfPages();
        int after = last.getNumberOfPages();
        if (before != after) {
            add(Kind.PAGE_TREE, keyOf(last.getPages().getCOSObject()), null, false,
                    "số trang đổi từ " + before + " thành " + after, "the page count changed from " + before + " to " + after);
        }
        for (int i = 0; i < Math.min(before, after); i++) {
            PDPage a = revision.getPage(i);
            PDPage b = last.getPage(i);
            int page = i + 1;
            CosDiff.Where at = keyOf(b.getCOSObject());
            CosDiff.Where w = diff.find(a.getCOSObject().getItem(COSName.CONTENTS), b.getCOSObject().getItem(COSName.CONTENTS),
                    at, Set.of());
            if (w != null) {
                add(Kind.PAGE_CONTENT, w, page, false, "nội dung trang " + page + " bị thay đổi",
                        "the content of page " + page + " changed");
            }
            w = diff.find(a.getResources().getCOSObject(), b.getResources().getCOSObject(), at, Set.of());
            if (w != null) {
                add(Kind.PAGE_RESOURCES, w, page, false, "tài nguyên (phông chữ, hình, biểu mẫu) của trang " + page
                        + " bị thay đổi", "the resources (fonts, images, forms) of page " + page + " changed");
            }
            w = diff.find(a.getCOSObject(), b.getCOSObject(), at, Set.of(COSName.CONTENTS, COSName.RESOURCES));
            if (w == null && !(same(a.getMediaBox(), b.getMediaBox()) && same(a.getCropBox(), b.getCropBox())
                    && a.getRotation() == b.getRotation())) {
                w = at;
            }
            if (w != null) {
                add(Kind.PAGE, w, page, false, "thuộc tính của trang " + page + " bị thay đổi",
                        "the attributes of page " + page + " changed");
            }
            for (COSObjectKey k : annotationKeys(b)) {
                pageOfAnnotation.put(k, page);
            }
        }
    }

    private void form() {
        PDAcroForm a = revision.getDocumentCatalog().getAcroForm(null);
        PDAcroForm b = last.getDocumentCatalog().getAcroForm(null);
        if (a != null && b != null) {
            CosDiff.Where w = diff.find(a.getCOSObject(), b.getCOSObject(), keyOf(b.getCOSObject()),
                    Set.of(COSName.FIELDS, SIG_FLAGS));
            if (w != null) {
                add(Kind.FORM, w, null, false, "từ điển biểu mẫu (AcroForm) bị thay đổi", "the AcroForm dictionary changed");
            }
        }
        Map<String, PDField> before = fields(a);
        Map<String, PDField> after = fields(b);
        for (Map.Entry<String, PDField> e : after.entrySet()) {
            String name = e.getKey();
            PDField field = e.getValue();
            PDField old = before.get(name);
            boolean timestamp = documentTimestampFields.contains(name);
            if (old == null) {
                newField(name, field, timestamp);
            } else if (field instanceof PDSignatureField && old instanceof PDSignatureField) {
                signatureField(name, old, field, timestamp);
            } else {
                CosDiff.Where w = diff.find(old.getCOSObject(), field.getCOSObject(), keyOf(field.getCOSObject()),
                        Set.of(COSName.KIDS));
                if (w != null) {
                    boolean allowed = docMdp >= 2 && !locked(name) && old.getClass() == field.getClass();
                    if (allowed) {
                        widgetKeys(field).forEach(widgetsMayChange::add);
                    }
                    add(Kind.FORM_FIELD_CHANGED, w, pageOf(field), allowed, "giá trị trường biểu mẫu '" + name
                            + "' bị thay đổi", "the value of form field '" + name + "' changed");
                }
            }
        }
        for (String name : before.keySet()) {
            if (!after.containsKey(name)) {
                add(Kind.FORM_FIELD_REMOVED, keyOf(before.get(name).getCOSObject()), null, false,
                        "trường biểu mẫu '" + name + "' bị xóa", "form field '" + name + "' was removed");
            }
        }
    }

    private void newField(String name, PDField field, boolean timestamp) {
        CosDiff.Where at = keyOf(field.getCOSObject());
        if (!(field instanceof PDSignatureField) || field.getCOSObject().getDictionaryObject(COSName.V) == null) {
            add(Kind.FORM_FIELD_ADDED, at, pageOf(field), false, "trường biểu mẫu '" + name + "' được thêm mà không có chữ ký",
                    "form field '" + name + "' was added without a signature");
            return;
        }
        boolean visible = visible(field);
        boolean allowed = timestamp || docMdp == 0 || (docMdp >= 2 && !visible);
        if (allowed) {
            widgetKeys(field).forEach(widgetsMayAppear::add);
        }
        if (timestamp) {
            add(Kind.DOCUMENT_TIMESTAMP_ADDED, at, null, allowed, "dấu thời gian tài liệu '" + name + "' được thêm",
                    "document timestamp '" + name + "' was added");
        } else {
            add(Kind.SIGNATURE_FIELD_ADDED, at, pageOf(field), allowed, "chữ ký mới trong trường mới '" + name + "'"
                    + (visible ? " (hiển thị trên trang)" : ""),
                    "a new signature in a new field '" + name + "'" + (visible ? " (visible on the page)" : ""));
        }
    }

    private void signatureField(String name, PDField old, PDField field, boolean timestamp) {
        boolean wasSigned = old.getCOSObject().getDictionaryObject(COSName.V) != null;
        boolean isSigned = field.getCOSObject().getDictionaryObject(COSName.V) != null;
        CosDiff.Where at = keyOf(field.getCOSObject());
        if (!wasSigned && isSigned) {
            boolean locked = locked(name);
            boolean allowed = !locked && (docMdp != 1 || timestamp);
            CosDiff.Where other = diff.find(old.getCOSObject(), field.getCOSObject(), at, SIGNING_KEYS);
            if (other != null) {
                add(Kind.FORM_FIELD_CHANGED, other, pageOf(field), false, "trường chữ ký '" + name
                        + "' bị đổi ngoài chữ ký được thêm", "signature field '" + name
                        + "' changed beyond the signature added");
            }
            if (allowed) {
                widgetKeys(field).forEach(widgetsMayChange::add);
            }
            Kind kind = locked ? Kind.LOCKED_FIELD_CHANGED : timestamp ? Kind.DOCUMENT_TIMESTAMP_ADDED : Kind.SIGNATURE_ADDED;
            add(kind, at, pageOf(field), allowed, (locked ? "trường bị khóa '" : "chữ ký được thêm vào trường '") + name + "'",
                    (locked ? "locked field '" : "a signature was added into field '") + name + "'");
            return;
        }
        CosDiff.Where w = diff.find(old.getCOSObject(), field.getCOSObject(), at, Set.of(COSName.KIDS));
        if (w != null) {
            add(wasSigned ? Kind.LOCKED_FIELD_CHANGED : Kind.FORM_FIELD_CHANGED, w, pageOf(field), false,
                    "trường chữ ký '" + name + "' bị thay đổi", "signature field '" + name + "' changed");
        }
    }

    private void annotations() {
        int pages = Math.min(revision.getNumberOfPages(), last.getNumberOfPages());
        for (int i = 0; i < pages; i++) {
            int page = i + 1;
            Map<COSObjectKey, COSDictionary> before = annotations(revision.getPage(i));
            Map<COSObjectKey, COSDictionary> after = annotations(last.getPage(i));
            for (Map.Entry<COSObjectKey, COSDictionary> e : after.entrySet()) {
                COSObjectKey key = e.getKey();
                COSDictionary annotation = e.getValue();
                CosDiff.Where at = new CosDiff.Where(key.getNumber(), key.getGeneration());
                String subtype = annotation.getNameAsString(COSName.SUBTYPE);
                COSDictionary old = before.get(key);
                if (old == null) {
                    if (widgetsMayAppear.contains(key) || (widgetsMayChange.contains(key))) {
                        continue;
                    }
                    boolean allowed = docMdp == 3 && HARMLESS_MARKUP.contains(subtype);
                    add(Kind.ANNOTATION_ADDED, at, page, allowed, "chú thích " + subtype + " được thêm vào trang " + page,
                            "a " + subtype + " annotation was added to page " + page);
                    continue;
                }
                Set<COSName> skip = widgetsMayChange.contains(key) ? SIGNING_KEYS : Set.of();
                CosDiff.Where w = diff.find(old, annotation, at, skip);
                if (w != null) {
                    boolean allowed = docMdp == 3 && HARMLESS_MARKUP.contains(subtype);
                    add(Kind.ANNOTATION_CHANGED, w, page, allowed, "chú thích " + subtype + " trên trang " + page
                            + " bị thay đổi", "a " + subtype + " annotation on page " + page + " changed");
                }
            }
            for (Map.Entry<COSObjectKey, COSDictionary> e : before.entrySet()) {
                if (!after.containsKey(e.getKey())) {
                    String subtype = e.getValue().getNameAsString(COSName.SUBTYPE);
                    add(Kind.ANNOTATION_REMOVED, new CosDiff.Where(e.getKey().getNumber(), e.getKey().getGeneration()),
                            page, docMdp == 3 && HARMLESS_MARKUP.contains(subtype), "chú thích " + subtype
                            + " bị xóa khỏi trang " + page, "a " + subtype + " annotation was removed from page " + page);
                }
            }
        }
    }

    /** A page's annotations by object key; direct ones get a key of their own position (negative numbers). */
    private static Map<COSObjectKey, COSDictionary> annotations(PDPage page) {
        Map<COSObjectKey, COSDictionary> map = new LinkedHashMap<>();
        if (!(page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray array)) {
            return map;
        }
        for (int i = 0; i < array.size(); i++) {
            COSBase item = array.get(i);
            COSObjectKey key = item instanceof COSObject o ? o.getKey() : null;
            COSBase value = item instanceof COSObject o ? o.getObject() : item;
            if (value instanceof COSDictionary d) {
                map.put(key != null ? key : new COSObjectKey(Long.MAX_VALUE - i, 0), d);
            }
        }
        return map;
    }

    private static List<COSObjectKey> annotationKeys(PDPage page) {
        return new ArrayList<>(annotations(page).keySet());
    }

    private static Map<String, PDField> fields(PDAcroForm form) {
        Map<String, PDField> map = new LinkedHashMap<>();
        if (form != null) {
            for (PDField f : form.getFieldTree()) {
                map.putIfAbsent(f.getFullyQualifiedName(), f);
            }
        }
        return map;
    }

    private static List<COSObjectKey> widgetKeys(PDField field) {
        List<COSObjectKey> keys = new ArrayList<>();
        for (PDAnnotationWidget w : field.getWidgets()) {
            COSObjectKey key = w.getCOSObject().getKey();
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private Integer pageOf(PDField field) {
        for (COSObjectKey key : widgetKeys(field)) {
            Integer page = pageOfAnnotation.get(key);
            if (page != null) {
                return page;
            }
        }
        return null;
    }

    private static boolean visible(PDField field) {
        for (PDAnnotationWidget w : field.getWidgets()) {
            PDRectangle r = w.getRectangle();
            if (r != null && r.getWidth() > 0 && r.getHeight() > 0 && !w.isHidden() && !w.isNoView()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a FieldMDP lock of a signature already in the revision covers a field (ISO 32000-2 §12.7.5.5). */
    private boolean locked(String name) {
        for (PDField f : fields(revision.getDocumentCatalog().getAcroForm(null)).values()) {
            if (!(f instanceof PDSignatureField) || f.getCOSObject().getDictionaryObject(COSName.V) == null) {
                continue;
            }
            if (!(f.getCOSObject().getDictionaryObject(LOCK) instanceof COSDictionary lock)) {
                continue;
            }
            String action = lock.getNameAsString(ACTION);
            COSArray names = lock.getCOSArray(COSName.FIELDS);
            boolean named = names != null && names.toCOSStringStringList().contains(name);
            if ("All".equals(action) || ("Include".equals(action) && named) || ("Exclude".equals(action) && !named)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(PDRectangle a, PDRectangle b) {
        return a == null ? b == null : b != null && a.toString().equals(b.toString());
    }

    private static CosDiff.Where keyOf(COSBase object) {
        COSObjectKey key = object == null ? null : object.getKey();
        return key == null ? CosDiff.Where.NONE : new CosDiff.Where(key.getNumber(), key.getGeneration());
    }

    private void add(Kind kind, CosDiff.Where where, Integer page, boolean allowed, String vi, String en) {
        String object = where.objectNumber() > 0 ? " (đối tượng " + where.objectNumber() + " " + where.generation() + ")" : "";
        String objectEn = where.objectNumber() > 0 ? " (object " + where.objectNumber() + " " + where.generation() + ")" : "";
        found.add(new Modification(kind, where.objectNumber(), where.generation(), Optional.ofNullable(page), allowed,
                LocalizedText.of(vi + object, en + objectEn)));
    }

}
