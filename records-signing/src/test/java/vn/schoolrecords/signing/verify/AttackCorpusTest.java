package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInfo;

/**
 * The attack corpus: each attack class of the "PDF Insecurity" research (pdf-insecurity.org:
 * Universal Signature Forgery, Incremental Saving, Signature Wrapping, Shadow attacks, Evil
 * Annotation and Sneaky Signature attacks on certified documents), built against our own signed
 * transcripts, with the verdict each file must get. The genuine file each attack starts from is
 * checked to pass first, so that a failure is the attack's doing.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class AttackCorpusTest {

    static Fixtures f;
    static final PDRectangle OVER_THE_GRADES = new PDRectangle(60, 690, 420, 90);

    @BeforeAll
    static void start() {
        f = new Fixtures();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** Every file this corpus judged, with the test that judged it, for the comparison with EU DSS. */
    static final List<Judged> JUDGED = new ArrayList<>();
    static String currentTest = "";

    record Judged(String test, byte[] pdf, VerificationReport ours) {
    }

    @BeforeEach
    void name(TestInfo test) {
        currentTest = test.getTestClass().map(Class::getSimpleName).orElse("") + "." + test.getTestMethod().map(m -> m.getName()).orElse("");
    }

    /** Our verdict on a corpus file, recorded for {@link DssAgreement}. */
    static VerificationReport judge(byte[] pdf) {
        VerificationReport report = f.verify(pdf);
        synchronized (JUDGED) {
            JUDGED.add(new Judged(currentTest, pdf.clone(), report));
        }
        return report;
    }

    static VerificationReport genuine(byte[] pdf) {
        VerificationReport report = judge(pdf);
        assertThat(report.indication()).as("the genuine file passes: %s", report.signatures()).isEqualTo(Indication.TOTAL_PASSED);
        return report;
    }

    static void failsWith(byte[] attack, SubIndication expected) {
        VerificationReport report = judge(attack);
        assertThat(report.indication()).as("%s", report.signatures()).isEqualTo(expected.indication());
        assertThat(report.subIndication()).as("%s", report.signatures()).contains(expected);
    }

    static SignatureReport first(byte[] attack) {
        return judge(attack).signatures().get(0);
    }

    static void hasDisallowed(SignatureReport s, Modification.Kind kind, Integer page) {
        assertThat(s.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(s.subIndication()).contains(SubIndication.DISALLOWED_MODIFICATION);
        assertThat(s.disallowedModifications()).as("%s", s.modifications())
                .anySatisfy(m -> {
                    assertThat(m.kind()).isEqualTo(kind);
                    if (page != null) {
                        assertThat(m.page()).contains(page);
                    }
                    if (kind != Modification.Kind.TRAILING_BYTES) {
                        assertThat(m.objectNumber()).isPositive();
                    }
                });
    }

    // ============================================================ Universal Signature Forgery

    @Nested
    class UniversalSignatureForgery {

        /** A signature dictionary in the homeroom field, made up by the attacker, on the unsigned transcript. */
        byte[] forged(Consumer<COSDictionary> values) {
            return Attacks.rewrite(f.blank, doc -> {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
                PDSignatureField field = (PDSignatureField) form.getField("homeroom");
                COSDictionary sig = new COSDictionary();
                sig.setName(COSName.TYPE, "Sig");
                sig.setName(COSName.FILTER, "Adobe.PPKLite");
                sig.setName(COSName.SUB_FILTER, "ETSI.CAdES.detached");
                values.accept(sig);
                field.getCOSObject().setItem(COSName.V, sig);
            });
        }

        byte[] realContents() {
            byte[] signed = f.signed(1, false);
            long[] r = Attacks.lastByteRange(signed);
            return HexFormat.of().parseHex(Attacks.latin1(signed).substring((int) r[1] + 1, (int) r[2] - 1));
        }

        COSArray range(long... values) {
            COSArray a = new COSArray();
            for (long v : values) {
                a.add(COSInteger.get(v));
            }
            return a;
        }

        @Test
        void missingContentsIsAFormatFailure() {
            failsWith(forged(sig -> sig.setItem(COSName.BYTERANGE, range(0, 10, 20, 30))), SubIndication.FORMAT_FAILURE);
        }

        @Test
        void nullContentsIsAFormatFailure() {
            failsWith(forged(sig -> {
                sig.setItem(COSName.BYTERANGE, range(0, 10, 20, 30));
                sig.setItem(COSName.CONTENTS, COSNull.NULL);
            }), SubIndication.FORMAT_FAILURE);
        }

        @Test
        void emptyContentsIsAFormatFailure() {
            failsWith(forged(sig -> {
                sig.setItem(COSName.BYTERANGE, range(0, 10, 20, 30));
                sig.setItem(COSName.CONTENTS, new COSString(new byte[0]));
            }), SubIndication.FORMAT_FAILURE);
        }

        @Test
        void missingByteRangeIsAFormatFailure() {
            failsWith(forged(sig -> sig.setItem(COSName.CONTENTS, new COSString(realContents()))), SubIndication.FORMAT_FAILURE);
        }

        @Test
        void nullByteRangeIsAFormatFailure() {
            failsWith(forged(sig -> {
                sig.setItem(COSName.CONTENTS, new COSString(realContents()));
                sig.setItem(COSName.BYTERANGE, COSNull.NULL);
            }), SubIndication.FORMAT_FAILURE);
        }

        @Test
        void malformedByteRangeIsAFormatFailure() {
            failsWith(forged(sig -> {
                sig.setItem(COSName.CONTENTS, new COSString(realContents()));
                COSArray bad = range(0, 10);
                bad.add(new COSString("x"));
                sig.setItem(COSName.BYTERANGE, bad);
            }), SubIndication.FORMAT_FAILURE);
        }

        @Test
        void byteRangePointingElsewhereIsAFormatFailure() {
            failsWith(forged(sig -> {
                sig.setItem(COSName.CONTENTS, new COSString(realContents()));
                sig.setItem(COSName.BYTERANGE, range(0, 100, 200, 300));
            }), SubIndication.FORMAT_FAILURE);
        }

        @Test
        void aSignatureWithoutCertificatesHasNoSigningCertificate() {
            byte[] signed = f.signed(1, false);
            genuine(signed);
            byte[] attack = Attacks.replaceLastContents(signed, Attacks.withoutCertificates(signed));
            failsWith(attack, SubIndication.NO_SIGNING_CERTIFICATE_FOUND);
        }
    }

    // ============================================================ Incremental Saving Attack

    @Nested
    class IncrementalSaving {

        byte[] signed() {
            byte[] signed = f.signed(2, false);
            genuine(signed);
            return signed;
        }

        byte[] changedPage(byte[] signed) {
            return Attacks.incremental(signed, doc -> Attacks.overwritePageContent(doc, 0, "Diem trung binh: 10.0 - Gioi"));
        }

        @Test
        void aRevisionChangingPageContentFailsEverySignature() {
            VerificationReport report = judge(changedPage(signed()));
            assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
            assertThat(report.signatures()).hasSize(2).allSatisfy(s -> hasDisallowed(s, Modification.Kind.PAGE_CONTENT, 1));
        }

        @Test
        void appendedObjectsWithoutCrossReferenceOrTrailerFail() {
            byte[] signed = signed();
            byte[] full = changedPage(signed);
            long startxref = Long.parseLong(Attacks.latin1(full).replaceAll("(?s).*startxref\\s+(\\d+)\\s+%%EOF\\s*$", "$1"));
            byte[] objectsOnly = java.util.Arrays.copyOfRange(full, signed.length, (int) startxref);
            byte[] attack = Attacks.concat(signed, objectsOnly);
            SignatureReport s = first(attack);
            hasDisallowed(s, Modification.Kind.TRAILING_BYTES, null);
        }

        @Test
        void appendedObjectsWithATrailerButNoCrossReferenceFail() {
            byte[] signed = signed();
            byte[] full = changedPage(signed);
            long startxref = Long.parseLong(Attacks.latin1(full).replaceAll("(?s).*startxref\\s+(\\d+)\\s+%%EOF\\s*$", "$1"));
            long oldStartxref = Long.parseLong(Attacks.latin1(signed).replaceAll("(?s).*startxref\\s+(\\d+)\\s+%%EOF\\s*$", "$1"));
            byte[] objects = java.util.Arrays.copyOfRange(full, signed.length, (int) startxref);
            byte[] attack = Attacks.concat(Attacks.concat(signed, objects),
                    ("startxref\n" + oldStartxref + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
            SignatureReport s = first(attack);
            hasDisallowed(s, Modification.Kind.TRAILING_BYTES, null);
            assertThat(s.disallowedModifications()).anySatisfy(m -> assertThat(m.kind()).isEqualTo(Modification.Kind.HIDDEN_OBJECT));
        }

        @Test
        void justAppendedBytesFail() {
            byte[] attack = Attacks.concat(signed(), "\n9 0 obj\n(Gioi)\nendobj\n".getBytes(StandardCharsets.US_ASCII));
            VerificationReport report = judge(attack);
            assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
            assertThat(report.signatures()).allSatisfy(s -> hasDisallowed(s, Modification.Kind.TRAILING_BYTES, null));
        }
    }

    // ============================================================ Signature Wrapping

    @Nested
    class SignatureWrapping {

        @Test
        void movedSignedBytesWithObjectsInTheGapAreAFormatFailure() {
            byte[] signed = f.signed(1, false);
            genuine(signed);
            long[] r = Attacks.lastByteRange(signed);
            // The second signed part is copied to the end, so the signed bytes still hash the same;
            // the /ByteRange written in its old place points at the copy, and the old place (now in
            // the gap) carries whatever the attacker wants the reader to see.
            String old = "/ByteRange [" + r[0] + " " + r[1] + " " + r[2] + " " + r[3] + "]";
            String moved = "/ByteRange [0 " + r[1] + " " + (r[2] + r[3]) + " " + r[3] + "]";
            int at = Attacks.latin1(signed).lastIndexOf(old);
            byte[] part2 = java.util.Arrays.copyOfRange(signed, (int) r[2], (int) (r[2] + r[3]));
            byte[] wrapped = Attacks.overwrite(signed, at, moved + " ".repeat(Math.max(0, old.length() - moved.length())));
            assertThat(moved.length()).isLessThanOrEqualTo(old.length() + 16);
            byte[] attack = Attacks.concat(wrapped, part2);
            SignatureReport s = first(attack);
            assertThat(s.indication()).isEqualTo(Indication.TOTAL_FAILED);
            assertThat(s.subIndication()).contains(SubIndication.FORMAT_FAILURE);
            assertThat(s.findings()).anySatisfy(x -> assertThat(x.code()).isEqualTo("BYTE_RANGE_GAP"));
        }

        @Test
        void anObjectHiddenInTheContentsPaddingIsAFormatFailure() {
            byte[] signed = f.signed(1, false);
            long[] r = Attacks.lastByteRange(signed);
            // Overwrite the tail of the zero padding: the gap is no longer only the hex string.
            String hidden = "> 99 0 obj (Gioi) endobj <";
            byte[] attack = Attacks.overwrite(signed, r[2] - 2 - hidden.length(), hidden);
            VerificationReport report = judge(attack);
            assertThat(report.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
            assertThat(report.signatures()).allSatisfy(s -> assertThat(s.indication()).isEqualTo(Indication.TOTAL_FAILED));
        }
    }

    // ============================================================ Shadow attacks

    @Nested
    class Shadow {

        @Test
        void hideAnOverlayPresentWhenSignedAndShownLaterFails() {
            // Signed with a hidden FreeText overlay over the grades; later its flags make it print and show.
            byte[] prepared = Attacks.rewrite(f.blank, doc -> {
                PDAnnotationFreeText overlay = new PDAnnotationFreeText();
                overlay.setRectangle(OVER_THE_GRADES);
                overlay.setHidden(true);
                overlay.setAppearance(Attacks.appearance(doc, OVER_THE_GRADES, "Diem trung binh: 10.0"));
                addAnnotation(doc.getPage(0), overlay);
            });
            byte[] signed = f.sign(prepared, f.mathTeacher, "subject-TOAN", false);
            genuine(signed);
            byte[] attack = Attacks.incremental(signed, doc -> {
                PDAnnotation overlay = firstOf(doc.getPage(0), "FreeText");
                overlay.setHidden(false);
                overlay.setPrinted(true);
                Attacks.mark(overlay.getCOSObject());
            });
            hasDisallowed(first(attack), Modification.Kind.ANNOTATION_CHANGED, 1);
        }

        @Test
        void hideAnOverlayInAnOptionalContentGroupSwitchedOnLaterFails() {
            // The overlay is drawn in the signed page content, inside a layer that is off when signed.
            byte[] prepared = Attacks.rewrite(f.blank, doc -> {
                try {
                    org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties layers =
                            new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties();
                    org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup overlay =
                            new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup("overlay");
                    layers.addGroup(overlay);
                    layers.setGroupEnabled(overlay, false);
                    doc.getDocumentCatalog().setOCProperties(layers);
                    try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, doc.getPage(0),
                            org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                        content.beginMarkedContent(COSName.OC, overlay);
                        content.setNonStrokingColor(1f, 1f, 1f);
                        content.addRect(60, 690, 420, 90);
                        content.fill();
                        content.endMarkedContent();
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] signed = f.sign(prepared, f.homeroom, "homeroom", false);
            genuine(signed);
            byte[] attack = Attacks.incremental(signed, doc -> {
                var layers = doc.getDocumentCatalog().getOCProperties();
                layers.setGroupEnabled("overlay", true);
                Attacks.mark(doc.getDocumentCatalog().getCOSObject(), layers.getCOSObject());
                if (layers.getCOSObject().getDictionaryObject(COSName.D) instanceof COSDictionary d) {
                    Attacks.mark(d);
                    d.keySet().forEach(k -> Attacks.mark(d.getDictionaryObject(k)));
                }
            });
            hasDisallowed(first(attack), Modification.Kind.CATALOG, null);
        }

        @Test
        void replaceAFontAfterSigningFails() {
            byte[] signed = f.signed(1, false);
            byte[] attack = Attacks.incremental(signed, doc -> {
                PDResources resources = doc.getPage(0).getResources();
                COSName name = resources.getFontNames().iterator().next();
                try {
                    PDFont font = resources.getFont(name);
                    font.getCOSObject().setName(COSName.BASE_FONT, "Courier");
                    Attacks.mark(font.getCOSObject());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            hasDisallowed(first(attack), Modification.Kind.PAGE_RESOURCES, 1);
        }

        @Test
        void replaceAFormFieldValueAfterSigningFails() {
            byte[] prepared = Attacks.rewrite(f.blank, doc -> {
                try {
                    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
                    form.setDefaultResources(resourcesWithHelvetica());
                    PDTextField grade = new PDTextField(form);
                    grade.setPartialName("xep-loai");
                    grade.setDefaultAppearance("/Helv 12 Tf 0 g");
                    var widget = grade.getWidgets().get(0);
                    widget.setRectangle(new PDRectangle(72, 600, 200, 20));
                    widget.setPage(doc.getPage(0));
                    widget.setPrinted(true);
                    doc.getPage(0).getAnnotations().add(widget);
                    form.getFields().add(grade);
                    grade.setValue("Kha");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] signed = f.sign(prepared, f.homeroom, "homeroom", false);
            genuine(signed);
            byte[] attack = Attacks.incremental(signed, doc -> {
                try {
                    PDTextField grade = (PDTextField) doc.getDocumentCatalog().getAcroForm(null).getField("xep-loai");
                    grade.setValue("Gioi");
                    Attacks.mark(grade.getCOSObject());
                    grade.getWidgets().forEach(w -> {
                        Attacks.mark(w.getCOSObject());
                        Attacks.mark(w.getAppearance().getCOSObject());
                    });
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            hasDisallowed(first(attack), Modification.Kind.FORM_FIELD_CHANGED, 1);
        }

        @Test
        void hideAndReplaceRePointingThePageToAStreamHiddenWhenSignedFails() {
            // The signed revision already holds the replacement content, reachable but never drawn.
            byte[] prepared = Attacks.rewrite(f.blank, doc -> {
                PDPage page = doc.getPage(0);
                COSStream shadow = Attacks.contentStream(doc, "BT /F1 14 Tf 72 740 Td (Diem trung binh: 10.0) Tj ET");
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("ShadowContent"), shadow);
                page.getCOSObject().size();
            });
            byte[] signed = f.sign(prepared, f.homeroom, "homeroom", false);
            genuine(signed);
            byte[] attack = Attacks.incremental(signed, doc -> {
                PDPage page = doc.getPage(0);
                page.getCOSObject().setItem(COSName.CONTENTS,
                        doc.getDocumentCatalog().getCOSObject().getItem(COSName.getPDFName("ShadowContent")));
                Attacks.mark(page.getCOSObject());
            });
            hasDisallowed(first(attack), Modification.Kind.PAGE_CONTENT, 1);
        }
    }

    // ============================================================ certified documents: EAA and SSA

    @Nested
    class Certified {

        byte[] certified(int p) {
            byte[] certified = Attacks.certify(f.blank, f.principal, p);
            VerificationReport report = genuine(certified);
            assertThat(report.signatures().get(0).docMdpPermission()).contains(p);
            return certified;
        }

        byte[] withAnnotation(byte[] pdf, PDAnnotation annotation) {
            return Attacks.incremental(pdf, doc -> {
                annotation.setRectangle(OVER_THE_GRADES);
                annotation.setAppearance(Attacks.appearance(doc, OVER_THE_GRADES, "Diem trung binh: 10.0"));
                annotation.setPrinted(true);
                addAnnotation(doc.getPage(0), annotation);
            });
        }

        @Test
        void aFieldLockedByAnEarlierSignatureCannotBeSignedLater() {
            // The principal's field locks every field (FieldMDP Action All); a seal signed after it breaks the lock.
            byte[] prepared = Attacks.rewrite(f.blank, doc -> {
                COSDictionary lock = new COSDictionary();
                lock.setName(COSName.TYPE, "SigFieldLock");
                lock.setName(COSName.getPDFName("Action"), "All");
                doc.getDocumentCatalog().getAcroForm(null).getField("principal").getCOSObject()
                        .setItem(COSName.getPDFName("Lock"), lock);
            });
            byte[] pdf = f.sign(prepared, f.mathTeacher, "subject-TOAN", false);
            pdf = f.sign(pdf, f.homeroom, "homeroom", false);
            byte[] principal = f.sign(pdf, f.principal, "principal", false);
            genuine(principal);
            byte[] attack = Attacks.signExistingField(principal, f.seal, "school-seal");
            SignatureReport locked = judge(attack).signatures().get(2);
            assertThat(locked.fieldName()).isEqualTo("principal");
            hasDisallowed(locked, Modification.Kind.LOCKED_FIELD_CHANGED, null);
        }

        @Test
        void signingAPlacedFieldIsAllowedByACertificationWithP2() {
            byte[] both = f.sign(certified(2), f.homeroom, "homeroom", false);
            VerificationReport report = genuine(both);
            assertThat(report.signatures().get(0).modifications()).singleElement()
                    .satisfies(m -> assertThat(m.kind()).isEqualTo(Modification.Kind.SIGNATURE_ADDED));
        }

        @Test
        void evilAnnotationOnACertificationWithP2Fails() {
            hasDisallowed(first(withAnnotation(certified(2), new PDAnnotationFreeText())), Modification.Kind.ANNOTATION_ADDED, 1);
        }

        @Test
        void evilAnnotationOnACertificationWithP3FailsForAnnotationsThatCoverContent() {
            hasDisallowed(first(withAnnotation(certified(3), new PDAnnotationFreeText())), Modification.Kind.ANNOTATION_ADDED, 1);
        }

        @Test
        void aStickyNoteIsAllowedByACertificationWithP3() {
            VerificationReport report = judge(withAnnotation(certified(3), new PDAnnotationText()));
            assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(report.signatures().get(0).modifications()).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(Modification.Kind.ANNOTATION_ADDED);
                assertThat(m.allowed()).isTrue();
            });
        }

        @Test
        void sneakySignatureWithAVisibleAppearanceOverContentFailsTheCertification() {
            // A trusted signer's own signature, into a new field whose appearance paints over the grades.
            byte[] attack = Attacks.signNewVisibleField(certified(2), f.homeroom, "attacker", OVER_THE_GRADES,
                    "Diem trung binh: 10.0");
            VerificationReport report = judge(attack);
            assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
            hasDisallowed(report.signatures().get(0), Modification.Kind.SIGNATURE_FIELD_ADDED, null);
            assertThat(report.signatures().get(1).fieldName()).isEqualTo("attacker");
        }
    }

    // ------------------------------------------------------------ helpers

    // ============================================================ agreement with EU DSS

    /**
     * EU DSS 6.2's verdict on every genuine file (one to four signers, B-B to B-LTA) and on every
     * file this corpus judged, beside ours: whether the document passes must agree, except for the
     * disagreements listed in {@link #KNOWN} with their reason. Runs last, after the corpus is
     * built; DSS validates at the same time as we do, fetching revocation data from the same PKI.
     */
    @Nested
    @Order(Integer.MAX_VALUE)
    class DssAgreement {

        /**
         * Test that made the file → why DSS passes the attack file and we do not. Every other file,
         * genuine or attack, gets the same pass/no-pass verdict from both (a file where DSS finds no
         * signature at all counts as not passing).
         */
        static final java.util.Map<String, String> KNOWN = java.util.Map.ofEntries(
                java.util.Map.entry("IncrementalSaving.aRevisionChangingPageContentFailsEverySignature",
                        "DSS validates the signed revision, which is intact; under its default policy a change after signing is a warning, we fail it DISALLOWED_MODIFICATION"),
                java.util.Map.entry("IncrementalSaving.appendedObjectsWithoutCrossReferenceOrTrailerFail",
                        "DSS validates the signed revision, which is intact; under its default policy a change after signing is a warning, we fail it DISALLOWED_MODIFICATION (DSS's parser repairs the file)"),
                java.util.Map.entry("IncrementalSaving.appendedObjectsWithATrailerButNoCrossReferenceFail",
                        "DSS validates the signed revision, which is intact; under its default policy a change after signing is a warning, we fail it DISALLOWED_MODIFICATION (DSS's parser repairs the file)"),
                java.util.Map.entry("IncrementalSaving.justAppendedBytesFail",
                        "DSS ignores bytes after the last %%EOF; we refuse them (ISA without a revision)"),
                java.util.Map.entry("Shadow.hideAnOverlayPresentWhenSignedAndShownLaterFails",
                        "a Shadow attack: DSS's object and visual comparison reports the change as a warning only under its default policy; we refuse it (DISALLOWED_MODIFICATION)"),
                java.util.Map.entry("Shadow.hideAnOverlayInAnOptionalContentGroupSwitchedOnLaterFails",
                        "a Shadow attack: DSS's object and visual comparison reports the change as a warning only under its default policy; we refuse it (DISALLOWED_MODIFICATION)"),
                java.util.Map.entry("Shadow.replaceAFontAfterSigningFails",
                        "a Shadow attack: DSS's object and visual comparison reports the change as a warning only under its default policy; we refuse it (DISALLOWED_MODIFICATION)"),
                java.util.Map.entry("Shadow.replaceAFormFieldValueAfterSigningFails",
                        "a Shadow attack: DSS's object and visual comparison reports the change as a warning only under its default policy; we refuse it (DISALLOWED_MODIFICATION)"),
                java.util.Map.entry("Shadow.hideAndReplaceRePointingThePageToAStreamHiddenWhenSignedFails",
                        "a Shadow attack: DSS's object and visual comparison reports the change as a warning only under its default policy; we refuse it (DISALLOWED_MODIFICATION)"),
                java.util.Map.entry("Certified.evilAnnotationOnACertificationWithP2Fails",
                        "DSS 6.2's default policy does not make a DocMDP/FieldMDP violation fail (warning only); we do"),
                java.util.Map.entry("Certified.evilAnnotationOnACertificationWithP3FailsForAnnotationsThatCoverContent",
                        "DSS 6.2's default policy does not make a DocMDP/FieldMDP violation fail (warning only); we do"),
                java.util.Map.entry("Certified.aFieldLockedByAnEarlierSignatureCannotBeSignedLater",
                        "DSS 6.2's default policy does not make a DocMDP/FieldMDP violation fail (warning only); we do"),
                java.util.Map.entry("Certified.sneakySignatureWithAVisibleAppearanceOverContentFailsTheCertification",
                        "DSS 6.2's default policy does not make a DocMDP/FieldMDP violation fail (warning only); we do (Sneaky Signature)"));

        @org.junit.jupiter.api.TestFactory
        java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> dssAgreesOnEveryGenuineAndAttackFile() {
            List<Judged> files = new ArrayList<>();
            vn.schoolrecords.signing.PadesExtender extender = vn.schoolrecords.signing.PadesExtender.builder(
                    java.time.Clock.fixed(Fixtures.NOW.plusSeconds(60), java.time.ZoneOffset.UTC),
                    vn.schoolrecords.signing.HttpRevocationSource.of())
                    .timestampClient(vn.schoolrecords.signing.HttpTimestampClient.of(f.pki.tsaUri())).build();
            for (int n = 1; n <= 4; n++) {
                files.add(new Judged("genuine B-B " + n, f.signed(n, false), f.verify(f.signed(n, false))));
                files.add(new Judged("genuine B-T " + n, f.signed(n, true), f.verify(f.signed(n, true))));
            }
            for (int n : new int[] {1, 4}) {
                byte[] lt = extender.extend(f.signed(n, true), vn.schoolrecords.signing.PadesLevel.B_LT);
                byte[] lta = extender.extend(lt, vn.schoolrecords.signing.PadesLevel.B_LTA);
                files.add(new Judged("genuine B-LT " + n, lt, f.verify(lt)));
                files.add(new Judged("genuine B-LTA " + n, lta, f.verify(lta)));
            }
            byte[] renewed = vn.schoolrecords.signing.PadesExtender.builder(
                    java.time.Clock.fixed(Fixtures.NOW.plusSeconds(120), java.time.ZoneOffset.UTC),
                    vn.schoolrecords.signing.HttpRevocationSource.of())
                    .timestampClient(vn.schoolrecords.signing.HttpTimestampClient.of(f.pki.tsaUri())).build()
                    .extend(files.get(files.size() - 1).pdf(), vn.schoolrecords.signing.PadesLevel.B_LTA);
            files.add(new Judged("genuine B-LTA 4, archive renewed", renewed, f.verify(renewed)));
            byte[] visible = f.blank;
            for (int i = 0; i < Fixtures.FIELDS.size(); i++) {
                visible = f.signVisible(visible, f.signers.get(i), Fixtures.FIELDS.get(i));
            }
            byte[] visibleLta = extender.extend(visible, vn.schoolrecords.signing.PadesLevel.B_LTA);
            files.add(new Judged("genuine visible B-T 4", visible, f.verify(visible)));
            files.add(new Judged("genuine visible B-LTA 4", visibleLta, f.verify(visibleLta)));
            synchronized (JUDGED) {
                assertThat(JUDGED).as("run with the whole AttackCorpusTest: the corpus is built by its other tests").isNotEmpty();
                files.addAll(JUDGED);
            }
            java.time.Instant at = f.policy().validationTime();
            return files.stream().map(j -> org.junit.jupiter.api.DynamicTest.dynamicTest(j.test(), () -> {
                vn.schoolrecords.signing.testpki.DssValidation.Result dss =
                        vn.schoolrecords.signing.testpki.DssValidation.validate(j.pdf(), f.pki.rootCertificate(), true, at);
                boolean dssPasses = !dss.signatures().isEmpty() && dss.signatures().stream()
                        .allMatch(v -> v.indication() == eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED);
                boolean ours = j.ours().indication() == Indication.TOTAL_PASSED;
                String both = "ours " + j.ours().indication() + j.ours().subIndication().map(x -> "/" + x).orElse("")
                        + ", DSS " + dss.signatures().stream().map(v -> v.indication() + "/" + v.subIndication()).toList();
                System.out.println("DSS-AGREEMENT " + j.test() + ": " + both);
                // A known disagreement is about the attack file; the genuine file its test starts from agrees.
                if (KNOWN.containsKey(j.test()) && !ours) {
                    assertThat(ours).as("a known disagreement (%s) that no longer holds: %s", KNOWN.get(j.test()), both)
                            .isNotEqualTo(dssPasses);
                } else {
                    assertThat(ours).as(both).isEqualTo(dssPasses);
                }
            }));
        }
    }

    static PDResources resourcesWithHelvetica() {
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        return resources;
    }

    static void addAnnotation(PDPage page, PDAnnotation annotation) {
        try {
            annotation.setPage(page);
            var annotations = page.getAnnotations();
            annotations.add(annotation);
            page.setAnnotations(annotations);
            Attacks.mark(page.getCOSObject());
            if (page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray a) {
                Attacks.mark(a);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PDAnnotation firstOf(PDPage page, String subtype) {
        try {
            return page.getAnnotations().stream().filter(a -> subtype.equals(a.getSubtype())).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
