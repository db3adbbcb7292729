package vn.schoolrecords.core.transcript.digital.submission;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The test's stand-in for the school's organisation certificate: a fresh RSA key signing the
 * envelope with the JDK's XML signatures, the way {@link TransactionSigner} says (one
 * {@code ds:Signature} in the signing area, referencing the data region by Id). The real signer,
 * with certificates and key sources, is the signing module's.
 */
final class JdkTestSigner implements TransactionSigner {

    private final KeyPair keys;

    JdkTestSigner() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            keys = g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    @Override
    public byte[] sign(byte[] envelopeXml, String dataId) {
        return sign(TransactionEnvelopeXml.parse(envelopeXml), TransactionEnvelopeXml.DATA, dataId);
    }

    /** Signs a học bạ số record's data region the same way (only to check that batching keeps signatures). */
    byte[] signRecord(byte[] recordXml, String dataId) {
        // A record's signature lies in its role's place: here the organisation's (KY_PHAT_HANH).
        return sign(vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml.parse(recordXml),
                vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml.DATA, dataId,
                vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml.signingPlace(
                        vn.schoolrecords.core.transcript.digital.ModelVersion.V1_0,
                        vn.schoolrecords.core.transcript.SigningRole.SCHOOL_SEAL));
    }

    private byte[] sign(Document doc, String dataElement, String dataId) {
        return sign(doc, dataElement, dataId, TransactionEnvelopeXml.SIGNING_AREA);
    }

    private byte[] sign(Document doc, String dataElement, String dataId, String placeElement) {
        try {
            Element data = (Element) doc.getElementsByTagName(dataElement).item(0);
            data.setIdAttribute(TransactionEnvelopeXml.ID_ATTRIBUTE, true);
            Element area = (Element) doc.getElementsByTagName(placeElement).item(0);
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            Reference ref = f.newReference("#" + dataId, f.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null);
            SignedInfo si = f.newSignedInfo(f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE,
                    (C14NMethodParameterSpec) null), f.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(ref));
            XMLSignature sig = f.newXMLSignature(si, null);
            DOMSignContext ctx = new DOMSignContext(keys.getPrivate(), area);
            ctx.setDefaultNamespacePrefix("ds");
            sig.sign(ctx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("test signing failed", e);
        }
    }

    /**
     * Whether an envelope carries exactly one signature, by this key, over its data region.
     *
     * @param doc the parsed envelope
     * @param key the registered key
     * @param dataId the data region's Id
     * @return true if valid
     */
    static boolean verify(Document doc, PublicKey key, String dataId) {
        return verify(doc, key, TransactionEnvelopeXml.DATA, dataId);
    }

    static boolean verify(Document doc, PublicKey key, String dataElement, String dataId) {
        try {
            Element data = (Element) doc.getElementsByTagName(dataElement).item(0);
            data.setIdAttribute(TransactionEnvelopeXml.ID_ATTRIBUTE, true);
            NodeList sigs = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
            if (sigs.getLength() != 1) {
                return false;
            }
            DOMValidateContext ctx = new DOMValidateContext(key, sigs.item(0));
            ctx.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature sig = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx);
            List<?> refs = sig.getSignedInfo().getReferences();
            return refs.size() == 1 && ("#" + dataId).equals(((Reference) refs.get(0)).getURI()) && sig.validate(ctx);
        } catch (Exception e) {
            return false;
        }
    }
}
