package vn.schoolrecords.signing.testpki;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An independent check of the signatures in a PDF, with PDFBox and Bouncy Castle only: each
 * signature's CMS verified over its ByteRange, and the ByteRange's shape checked. Document
 * timestamps are left out.
 */
public final class SignedPdfs {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private SignedPdfs() {
    }

    /**
     * One signature as found.
     *
     * @param fieldName the field's fully qualified name
     * @param subFilter the /SubFilter
     * @param signer the signer's certificate
     * @param valid the CMS verifies over the ByteRange (message digest and signature value)
     * @param byteRange the ByteRange
     * @param rangeExcludesOnlyContents the gap in the ByteRange is exactly the /Contents hex string
     * @param revisionLength where the signed revision ends (ByteRange[2] + ByteRange[3])
     * @param timestamp the signature timestamp token, or null
     * @param lock the signature field's /Lock dictionary, or null
     * @param signatureDictionary the signature dictionary
     * @param referenceTransformMethod the /TransformMethod of the first signature reference, or null
     * @param cms the CMS signature
     */
    public record Found(String fieldName, String subFilter, X509Certificate signer, boolean valid, int[] byteRange,
            boolean rangeExcludesOnlyContents, long revisionLength, TimeStampToken timestamp, COSDictionary lock,
            COSDictionary signatureDictionary, String referenceTransformMethod, CMSSignedData cms) {
    }

    private static String transformMethod(COSDictionary signature) {
        if (!(signature.getDictionaryObject(COSName.getPDFName("Reference")) instanceof org.apache.pdfbox.cos.COSArray refs)
                || !(refs.getObject(0) instanceof COSDictionary reference)) {
            return null;
        }
        return reference.getNameAsString(COSName.getPDFName("TransformMethod"));
    }

    public static List<Found> signatures(byte[] pdf) {
        List<Found> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                return found;
            }
            for (PDField field : form.getFieldTree()) {
                if (!(field instanceof PDSignatureField s) || s.getSignature() == null) {
                    continue;
                }
                PDSignature signature = s.getSignature();
                if (COSName.DOC_TIME_STAMP.equals(signature.getCOSObject().getCOSName(COSName.TYPE))) {
                    continue; // a document timestamp (B-LTA) signs a TSTInfo, not the byte range
                }
                int[] range = signature.getByteRange();
                byte[] contents = signature.getContents(pdf);
                byte[] signed = signature.getSignedContent(pdf);
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
                SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
                X509Certificate cert = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
                boolean valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(cert));
                boolean gap = range[0] == 0 && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
                for (int i = range[1] + 1; gap && i < range[2] - 1; i++) {
                    gap = Character.digit(pdf[i], 16) >= 0;
                }
                TimeStampToken token = null;
                AttributeTable unsigned = info.getUnsignedAttributes();
                if (unsigned != null && unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null) {
                    token = new TimeStampToken(new CMSSignedData(unsigned.get(
                            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken).getAttrValues().getObjectAt(0)
                            .toASN1Primitive().getEncoded()));
                }
                found.add(new Found(field.getFullyQualifiedName(), signature.getSubFilter(), cert, valid, range, gap,
                        (long) range[2] + range[3], token, s.getCOSObject().getCOSDictionary(COSName.getPDFName("Lock")),
                        signature.getCOSObject(), transformMethod(signature.getCOSObject()), cms));
            }
            return found;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
