package vn.schoolrecords.signing.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.schoolrecords.signing.testpki.Credential;

/**
 * The manipulations of the "PDF Insecurity" research, written against our own signed files with
 * PDFBox and byte edits. Each returns a new file; the input is never modified.
 */
final class Attacks {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private Attacks() {
    }

    // ------------------------------------------------------------ helpers

    /** An incremental update of the document made by the edit: objects the edit marks are appended. */
    static byte[] incremental(byte[] pdf, Consumer<PDDocument> edit) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(doc);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A full rewrite of the document after the edit (not incremental). */
    static byte[] rewrite(byte[] pdf, Consumer<PDDocument> edit) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(doc);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static String latin1(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    static COSStream contentStream(PDDocument doc, String operators) {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return stream;
    }

    static void mark(COSBase... objects) {
        for (COSBase o : objects) {
            if (o instanceof COSDictionary d) {
                d.setNeedToBeUpdated(true);
            } else if (o instanceof COSArray a) {
                a.setNeedToBeUpdated(true);
            }
        }
    }

    /** A CMS signature of the content with Bouncy Castle's defaults (RSA-PSS or ECDSA, SHA-256). */
    static byte[] cms(byte[] content, Credential who, boolean withCertificates) {
        try {
            String algorithm = who.certificate().getPublicKey().getAlgorithm().equals("EC") ? "SHA256withECDSA"
                    : "SHA256withRSAandMGF1";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(who.privateKey()), who.certificate()));
            if (withCertificates) {
                generator.addCertificates(new JcaCertStore(who.chain()));
            }
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Calendar time() {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(Fixtures.NOW.toEpochMilli());
        return c;
    }

    // ------------------------------------------------------------ certification (DocMDP) and raw signing

    /** Certifies the document (ISO 32000-2 §12.8.2.2): the first signature, with DocMDP permission p. */
    static byte[] certify(byte[] pdf, Credential who, int p) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream();
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setSignDate(time());
            COSDictionary params = new COSDictionary();
            params.setName(COSName.TYPE, "TransformParams");
            params.setInt(COSName.P, p);
            params.setName(COSName.V, "1.2");
            COSDictionary reference = new COSDictionary();
            reference.setName(COSName.TYPE, "SigRef");
            reference.setName(COSName.getPDFName("TransformMethod"), "DocMDP");
            reference.setName(COSName.getPDFName("DigestMethod"), "SHA256");
            reference.setItem(COSName.getPDFName("TransformParams"), params);
            COSArray references = new COSArray();
            references.add(reference);
            signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
            COSDictionary perms = new COSDictionary();
            perms.setItem(COSName.getPDFName("DocMDP"), signature);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, perms);
            options.setPreferredSignatureSize(16000);
            doc.addSignature(signature, content -> cms(content.readAllBytes(), who, true), options);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs into a new field whose widget covers a rectangle of the last page with an appearance
     * of its own (the Sneaky Signature attack's tool).
     */
    static byte[] signNewVisibleField(byte[] pdf, Credential who, String name, PDRectangle rect, String appearance) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream();
                SignatureOptions options = new SignatureOptions()) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            PDPage page = doc.getPage(doc.getNumberOfPages() - 1);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(name);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setSignDate(time());
            field.getCOSObject().setItem(COSName.V, signature);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setPage(page);
            widget.setPrinted(true);
            page.getAnnotations().add(widget);
            form.getFields().add(field);
            mark(page.getCOSObject(), form.getCOSObject(), doc.getDocumentCatalog().getCOSObject());
            options.setPreferredSignatureSize(16000);
            doc.addSignature(signature, content -> cms(content.readAllBytes(), who, true), options);
            // addSignature() makes the widget invisible; the attacker puts the rectangle and appearance back.
            widget.setRectangle(rect);
            widget.setAppearance(appearance(doc, rect, appearance));
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs an existing empty field with PDFBox directly, bypassing the signing service's lock checks. */
    static byte[] signExistingField(byte[] pdf, Credential who, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream();
                SignatureOptions options = new SignatureOptions()) {
            PDSignatureField field = (PDSignatureField) doc.getDocumentCatalog().getAcroForm(null).getField(name);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setSignDate(time());
            field.getCOSObject().setItem(COSName.V, signature);
            options.setPreferredSignatureSize(16000);
            doc.addSignature(signature, content -> cms(content.readAllBytes(), who, true), options);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A white box with text over it: what an attacker paints over the real content. */
    static PDAppearanceDictionary appearance(PDDocument doc, PDRectangle rect, String text) {
        try {
            PDAppearanceStream stream = new PDAppearanceStream(doc);
            stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDResources resources = new PDResources();
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            COSName f = resources.add(font);
            stream.setResources(resources);
            try (OutputStream out = stream.getCOSObject().createOutputStream()) {
                out.write(("1 1 1 rg 0 0 " + rect.getWidth() + " " + rect.getHeight() + " re f 0 0 0 rg BT /" + f.getName()
                        + " 14 Tf 4 8 Td (" + text + ") Tj ET").getBytes(StandardCharsets.US_ASCII));
            }
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.setNormalAppearance(stream);
            return appearances;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page drawn with an extra text operator over the original: what an attacker appends. */
    static void overwritePageContent(PDDocument doc, int pageIndex, String text) {
        try {
            PDPage page = doc.getPage(pageIndex);
            try (PDPageContentStream content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                content.setNonStrokingColor(1f, 1f, 1f);
                content.addRect(60, 700, 400, 80);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 740);
                content.showText(text);
                content.endText();
            }
            mark(page.getCOSObject());
            if (page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray a) {
                mark(a);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------ byte-level edits of a signature

    /** The byte range of the last signature in the raw bytes, as written by PDFBox. */
    static long[] lastByteRange(byte[] pdf) {
        Matcher m = Pattern.compile("/ByteRange \\[(\\d+) (\\d+) (\\d+) (\\d+)\\s*\\]").matcher(latin1(pdf));
        long[] r = null;
        while (m.find()) {
            r = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
        }
        return r;
    }

    /** Replaces bytes at an offset by text of the same length. */
    static byte[] overwrite(byte[] pdf, long offset, String text) {
        byte[] copy = pdf.clone();
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, copy, (int) offset, bytes.length);
        return copy;
    }

    /** Re-embeds another CMS into the last signature's /Contents, padded with zeros to the same length. */
    static byte[] replaceLastContents(byte[] pdf, byte[] cms) {
        long[] r = lastByteRange(pdf);
        int hexLength = (int) (r[2] - r[1] - 2);
        String hex = HexFormat.of().withUpperCase().formatHex(cms);
        if (hex.length() > hexLength) {
            throw new IllegalArgumentException("does not fit");
        }
        return overwrite(pdf, r[1] + 1, hex + "0".repeat(hexLength - hex.length()));
    }

    /** The CMS of the last signature without its certificates. */
    static byte[] withoutCertificates(byte[] pdf) {
        try {
            long[] r = lastByteRange(pdf);
            byte[] contents = HexFormat.of().parseHex(latin1(pdf).substring((int) r[1] + 1, (int) r[2] - 1));
            CMSSignedData cms = new CMSSignedData(contents);
            return CMSSignedData.replaceCertificatesAndCRLs(cms, new JcaCertStore(List.of()), null, null).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
