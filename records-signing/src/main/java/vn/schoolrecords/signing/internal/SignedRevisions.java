package vn.schoolrecords.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;

/**
 * Reads what the long-term levels build on: the document's signatures and document timestamps
 * in file order, with the certificates that sign them and their timestamps, and the certificates
 * already in its DSS dictionary.
 */
public final class SignedRevisions {

    /** SubFilter of document timestamps (ETSI EN 319 142-1 §5.4). */
    public static final String RFC3161 = "ETSI.RFC3161";

    private SignedRevisions() {
    }

    /**
     * One signature or document timestamp.
     *
     * @param documentTimestamp whether it is a document timestamp (/Type /DocTimeStamp or SubFilter ETSI.RFC3161)
     * @param vriKey the key of its VRI entry: the upper-case hex SHA-1 of its /Contents string, padding included
     * @param revisionEnd where the revision it signs ends (ByteRange[2] + ByteRange[3])
     * @param signer the certificate that signs it (the signer's, or the timestamp authority's)
     * @param timestampSigners the certificates of the authorities of its signature timestamps
     * @param certificates every certificate the CMS and its timestamps carry
     */
    public record Entry(boolean documentTimestamp, String vriKey, long revisionEnd, X509Certificate signer,
            List<X509Certificate> timestampSigners, List<X509Certificate> certificates) {
    }

    /**
     * The document as read.
     *
     * @param entries its signatures and document timestamps in file order
     * @param dssCertificates the certificates already in its DSS
     * @param vriKeys the keys of the VRI entries already in its DSS
     */
    public record Contents(List<Entry> entries, List<X509Certificate> dssCertificates, Set<String> vriKeys) {
    }

    public static Contents read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Entry> entries = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                entries.add(entry(signature, pdf));
            }
            entries.sort((a, b) -> Long.compare(a.revisionEnd(), b.revisionEnd()));
            List<X509Certificate> dss = new ArrayList<>();
            COSDictionary dssDictionary = document.getDocumentCatalog().getCOSObject().getCOSDictionary(Dss.DSS);
            COSArray certs = dssDictionary == null ? null : dssDictionary.getCOSArray(Dss.CERTS);
            if (certs != null) {
                for (int i = 0; i < certs.size(); i++) {
                    if (certs.getObject(i) instanceof COSStream stream) {
                        try (InputStream in = stream.createInputStream()) {
                            dss.add(certificate(new X509CertificateHolder(in.readAllBytes())));
                        } catch (IOException | CertificateException | RuntimeException e) {
                            // An unreadable certificate in an earlier DSS: it cannot help build a chain.
                        }
                    }
                }
            }
            COSDictionary vri = dssDictionary == null ? null : dssDictionary.getCOSDictionary(Dss.VRI);
            Set<String> vriKeys = vri == null ? Set.of()
                    : vri.keySet().stream().map(COSName::getName).collect(Collectors.toUnmodifiableSet());
            return new Contents(List.copyOf(entries), List.copyOf(dss), vriKeys);
        } catch (IOException e) {
            throw malformed(e.getMessage(), e);
        }
    }

    private static Entry entry(PDSignature signature, byte[] pdf) throws IOException {
        byte[] contents = signature.getContents(pdf);
        int[] range = signature.getByteRange();
        if (contents.length == 0 || range.length != 4) {
            throw malformed("a signature without /Contents or /ByteRange", null);
        }
        COSBase type = signature.getCOSObject().getDictionaryObject(COSName.TYPE);
        boolean timestamp = COSName.DOC_TIME_STAMP.equals(type) || RFC3161.equals(signature.getSubFilter());
        String key = HexFormat.of().withUpperCase().formatHex(Cms.digest("SHA-1", contents));
        try {
            CMSSignedData cms = new CMSSignedData(contents);
            List<X509Certificate> all = new ArrayList<>(certificates(cms));
            if (timestamp) {
                X509Certificate tsa = signerOf(cms, cms.getSignerInfos().getSigners().iterator().next());
                return new Entry(true, key, (long) range[2] + range[3], tsa, List.of(), List.copyOf(all));
            }
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            X509Certificate signer = signerOf(cms, info);
            List<X509Certificate> authorities = new ArrayList<>();
            AttributeTable unsigned = info.getUnsignedAttributes();
            if (unsigned != null) {
                var attributes = unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
                for (int i = 0; i < attributes.size(); i++) {
                    var attribute = org.bouncycastle.asn1.cms.Attribute.getInstance(attributes.get(i));
                    for (var value : attribute.getAttrValues()) {
                        TimeStampToken token = new TimeStampToken(new CMSSignedData(
                                value.toASN1Primitive().getEncoded()));
                        CMSSignedData tokenCms = token.toCMSSignedData();
                        all.addAll(certificates(tokenCms));
                        authorities.add(signerOf(tokenCms, tokenCms.getSignerInfos().getSigners().iterator().next()));
                    }
                }
            }
            return new Entry(false, key, (long) range[2] + range[3], signer, List.copyOf(authorities), List.copyOf(all));
        } catch (CMSException | TSPException | CertificateException | RuntimeException e) {
            throw malformed("a signature whose CMS cannot be read: " + e.getMessage(), e);
        }
    }

    private static X509Certificate signerOf(CMSSignedData cms, SignerInformation info) throws CertificateException {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector) info.getSID());
        if (matches.isEmpty()) {
            throw new CertificateException("the CMS does not carry its signer's certificate");
        }
        return certificate(matches.iterator().next());
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) throws CertificateException {
        List<X509Certificate> list = new ArrayList<>();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            list.add(certificate(holder));
        }
        return list;
    }

    static X509Certificate certificate(X509CertificateHolder holder) throws CertificateException {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    static MalformedDocumentException malformed(String why, Exception cause) {
        return new MalformedDocumentException("", -1, -1, LocalizedText.of(
                "không đọc được chữ ký trong tệp PDF: " + why, "cannot read the PDF's signatures: " + why), cause);
    }
}
