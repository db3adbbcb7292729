package vn.schoolrecords.signing.xml.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.crypto.Data;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.TransformException;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.SignatureScheme;
import vn.schoolrecords.signing.xml.XmlRecordException;
import vn.schoolrecords.signing.xml.XmlRecordException.Reason;

/**
 * The XML Signature half: algorithm identifiers, the {@code ds:Signature} element this library
 * writes, exclusive canonicalisation and validation, all with the JDK's
 * {@code javax.xml.crypto.dsig}.
 *
 * <p>Why the signature is built with the DOM rather than by {@code XMLSignature.sign}: the JDK's
 * API signs only with a private key in this process, and has no public way to hand out the bytes
 * to be signed (the canonical SignedInfo) and take a signature value back later, which a token
 * behind another API or a hash-only remote service needs. So the few elements of the signature
 * are written here, each digest and the SignedInfo are canonicalised by the JDK's own exclusive
 * C14N {@link TransformService}, and the JDK's validator ({@link #validate}) checks the finished
 * signature before anything is returned.
 */
public final class XmlDsig {

    /** Exclusive XML Canonicalization 1.0 without comments, for SignedInfo and both references. */
    public static final String C14N = CanonicalizationMethod.EXCLUSIVE;

    /** The canonicalisations a reference may use: exclusive or inclusive, without comments. */
    public static final List<String> ALLOWED_TRANSFORMS = List.of(CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.INCLUSIVE);

    private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");

    private static final Map<String, String> DIGESTS = Map.of("SHA-256", DigestMethod.SHA256,
            "SHA-384", DigestMethod.SHA384, "SHA-512", DigestMethod.SHA512);

    private static final Map<String, Method> METHODS = new HashMap<>();

    /** A signature method: scheme and digest. */
    public record Method(SignatureScheme scheme, String digest) {
    }

    static {
        METHODS.put(SignatureMethod.SHA256_RSA_MGF1, new Method(SignatureScheme.RSASSA_PSS, "SHA-256"));
        METHODS.put(SignatureMethod.SHA384_RSA_MGF1, new Method(SignatureScheme.RSASSA_PSS, "SHA-384"));
        METHODS.put(SignatureMethod.SHA512_RSA_MGF1, new Method(SignatureScheme.RSASSA_PSS, "SHA-512"));
        METHODS.put(SignatureMethod.RSA_SHA256, new Method(SignatureScheme.RSASSA_PKCS1_V1_5, "SHA-256"));
        METHODS.put(SignatureMethod.RSA_SHA384, new Method(SignatureScheme.RSASSA_PKCS1_V1_5, "SHA-384"));
        METHODS.put(SignatureMethod.RSA_SHA512, new Method(SignatureScheme.RSASSA_PKCS1_V1_5, "SHA-512"));
        METHODS.put(SignatureMethod.ECDSA_SHA256, new Method(SignatureScheme.ECDSA, "SHA-256"));
        METHODS.put(SignatureMethod.ECDSA_SHA384, new Method(SignatureScheme.ECDSA, "SHA-384"));
        METHODS.put(SignatureMethod.ECDSA_SHA512, new Method(SignatureScheme.ECDSA, "SHA-512"));
        // For the verifier's report only: refused by every AlgorithmPolicy.
        METHODS.put(SignatureMethod.RSA_SHA1, new Method(SignatureScheme.RSASSA_PKCS1_V1_5, "SHA-1"));
        METHODS.put(SignatureMethod.ECDSA_SHA1, new Method(SignatureScheme.ECDSA, "SHA-1"));
    }

    private XmlDsig() {
    }

    /**
     * The SignatureMethod URI of an accepted algorithm: RFC 6931 {@code sha256-rsa-MGF1} (salt as
     * long as the digest, MGF1 with the same digest, as {@link AlgorithmChoice#pssParameters()})
     * for RSASSA-PSS, {@code rsa-sha256} for PKCS #1 v1.5, {@code ecdsa-sha256} for ECDSA.
     */
    public static String signatureMethod(AlgorithmChoice algorithm) {
        return METHODS.entrySet().stream()
                .filter(e -> e.getValue().equals(new Method(algorithm.scheme(), algorithm.digest())))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> unsupported(algorithm.scheme() + " " + algorithm.digest()));
    }

    /** The scheme and digest of a SignatureMethod URI, if known. */
    public static Optional<Method> method(String uri) {
        return Optional.ofNullable(METHODS.get(uri));
    }

    /** The DigestMethod URI of a digest. */
    public static String digestMethod(String digest) {
        String uri = DIGESTS.get(digest);
        if (uri == null) {
            throw unsupported(digest);
        }
        return uri;
    }

    /** The digest's standard name of a DigestMethod URI, if known (SHA-1 included, to be refused by name). */
    public static Optional<String> digestName(String uri) {
        if (DigestMethod.SHA1.equals(uri)) {
            return Optional.of("SHA-1");
        }
        return DIGESTS.entrySet().stream().filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey).findFirst();
    }

    private static XmlRecordException unsupported(String what) {
        return new XmlRecordException(Reason.XML_ALGORITHM_NOT_SUPPORTED, LocalizedText.of(
                "chữ ký XML không hỗ trợ " + what + "; dùng SHA-256, SHA-384 hoặc SHA-512",
                "XML signatures do not support " + what + "; use SHA-256, SHA-384 or SHA-512"), null);
    }

    /**
     * Exclusive canonical form of an element. The element is written alone and canonicalised by
     * the JDK: for exclusive C14N this equals the canonical form of the subtree in its document,
     * because exclusive C14N takes neither namespaces nor xml: attributes from outside the subtree.
     */
    public static byte[] canonicalize(Node element) {
        try {
            TransformService c14n = TransformService.getInstance(C14N, "DOM");
            c14n.init((TransformParameterSpec) null);
            Data out = c14n.transform(new OctetStreamData(new ByteArrayInputStream(SecureXml.writeFragment(element))),
                    null);
            return ((OctetStreamData) out).getOctetStream().readAllBytes();
        } catch (GeneralSecurityException | TransformException | IOException e) {
            throw new IllegalStateException("the JDK cannot canonicalise", e);
        }
    }

    /** The digest of the canonical form. */
    public static byte[] digest(String digest, Node element) {
        try {
            return MessageDigest.getInstance(digest).digest(canonicalize(element));
        } catch (NoSuchAlgorithmException e) {
            throw unsupported(digest);
        }
    }

    /** What the signature's signed property says. */
    public record Properties(Instant signingTime, SigningRole role, Optional<String> subjectCode, String signerId,
            Optional<SchoolYear> year, Optional<PersonalIdentifier> signerPersonalId) {
    }

    /**
     * Appends a {@code ds:Signature} with its SignedInfo complete (a reference to each target, then
     * one to its own property, all digests computed) and an empty SignatureValue: for a record, at
     * the end of its role's element of the signing area (after that role's earlier years); for a
     * transaction, to the signing area.
     */
    public static Element append(HocBaLayout.Record record, List<HocBaLayout.Target> targets, String signatureId,
            AlgorithmChoice algorithm, Properties properties, List<X509Certificate> certificates) {
        Document doc = record.document();
        String propertyId = signatureId + "-TG";
        Element signature = ds(doc, "Signature");
        signature.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", HocBaLayout.DS);
        signature.setAttributeNS(null, HocBaLayout.ID, signatureId);
        Element container = record.shape() == HocBaLayout.Shape.RECORD ? HocBaLayout.place(record, properties.role())
                : record.signingArea();
        container.appendChild(signature);

        Element signedInfo = add(signature, "SignedInfo");
        add(signedInfo, "CanonicalizationMethod").setAttributeNS(null, "Algorithm", C14N);
        add(signedInfo, "SignatureMethod").setAttributeNS(null, "Algorithm", signatureMethod(algorithm));
        List<Element> targetReferences = targets.stream()
                .map(t -> reference(signedInfo, "#" + t.id(), algorithm.digest())).toList();
        Element propertyReference = reference(signedInfo, "#" + propertyId, algorithm.digest());
        add(signature, "SignatureValue");

        Element x509 = add(add(signature, "KeyInfo"), "X509Data");
        add(x509, "X509SubjectName").setTextContent(certificates.get(0).getSubjectX500Principal().getName());
        try {
            for (X509Certificate c : certificates) {
                add(x509, "X509Certificate").setTextContent(Base64.getEncoder().encodeToString(c.getEncoded()));
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }

        Element property = add(add(add(signature, "Object"), "SignatureProperties"), "SignatureProperty");
        property.setAttributeNS(null, HocBaLayout.ID, propertyId);
        property.setAttributeNS(null, "Target", "#" + signatureId);
        plain(property, HocBaLayout.SIGNING_TIME, HocBaLayout.formatTime(properties.signingTime()));
        plain(property, HocBaLayout.ROLE, HocBaLayout.roleCode(properties.role()));
        plain(property, HocBaLayout.SIGNER_ID, properties.signerId());
        properties.subjectCode().ifPresent(s -> plain(property, HocBaLayout.SUBJECT, s));
        properties.year().ifPresent(y -> plain(property, HocBaLayout.YEAR, y.toString()));
        if (record.shape() == HocBaLayout.Shape.RECORD) {
            // v1.0's per-signer fields, inside the signed property so that they are covered.
            plain(property, HocBaLayout.SIGNING_DATE,
                    properties.signingTime().atOffset(DigitalTranscript.VIETNAM).toLocalDate().toString());
            properties.signerPersonalId().ifPresent(p -> plain(property, HocBaLayout.SIGNER_PERSONAL_ID, p.value()));
        }

        for (int i = 0; i < targets.size(); i++) {
            digestValue(targetReferences.get(i), digest(algorithm.digest(), targets.get(i).element()));
        }
        digestValue(propertyReference, digest(algorithm.digest(), property));
        return signature;
    }

    private static Element reference(Element signedInfo, String uri, String digest) {
        Element reference = add(signedInfo, "Reference");
        reference.setAttributeNS(null, "URI", uri);
        add(add(reference, "Transforms"), "Transform").setAttributeNS(null, "Algorithm", C14N);
        add(reference, "DigestMethod").setAttributeNS(null, "Algorithm", digestMethod(digest));
        add(reference, "DigestValue");
        return reference;
    }

    private static void digestValue(Element reference, byte[] value) {
        HocBaLayout.only(reference, HocBaLayout.DS, "DigestValue", "")
                .setTextContent(Base64.getEncoder().encodeToString(value));
    }

    private static Element ds(Document doc, String name) {
        return doc.createElementNS(HocBaLayout.DS, "ds:" + name);
    }

    private static Element add(Element parent, String name) {
        Element e = ds(parent.getOwnerDocument(), name);
        parent.appendChild(e);
        return e;
    }

    private static void plain(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(null, name);
        e.setTextContent(text);
        parent.appendChild(e);
    }

    /** The signature's SignatureValue element. */
    public static Element signatureValue(Element signature) {
        return HocBaLayout.only(signature, HocBaLayout.DS, "SignatureValue", signature.getAttributeNS(null, "Id"));
    }

    /**
     * The XML Signature form of a signature value: ECDSA's DER SEQUENCE of r and s becomes r || s,
     * each as long as the curve's order (RFC 4050, XMLDSig 1.1 §6.4.3); RSA values are unchanged.
     */
    public static byte[] xmlSignatureValue(byte[] value, AlgorithmChoice algorithm, PublicKey key) {
        if (algorithm.scheme() != SignatureScheme.ECDSA || !(key instanceof ECPublicKey ec)) {
            return value.clone();
        }
        BigInteger order = ec.getParams().getOrder();
        try {
            BigInteger[] rs = StandardDSAEncoding.INSTANCE.decode(order, value);
            return PlainDSAEncoding.INSTANCE.encode(order, rs[0], rs[1]);
        } catch (IOException | RuntimeException e) {
            // Not DER: the signer may have given r || s already; the JDK's validation decides.
            return value.clone();
        }
    }

    /** The outcome of the JDK's validation of one signature. */
    public record Validation(boolean signatureValue, Map<String, Boolean> references, Optional<String> error) {
    }

    /**
     * Validates a signature with the JDK, secure validation on, resolving only the Ids registered
     * here on elements reached by path: the targets and the signature's own property.
     */
    public static Validation validate(HocBaLayout.FoundSignature found, List<HocBaLayout.Target> targets,
            PublicKey key) {
        DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(key), found.element());
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        for (HocBaLayout.Target t : targets) {
            context.setIdAttributeNS(t.element(), null, HocBaLayout.ID);
        }
        context.setIdAttributeNS(found.property(), null, HocBaLayout.ID);
        Map<String, Boolean> references = new HashMap<>();
        try {
            XMLSignature signature = FACTORY.unmarshalXMLSignature(context);
            for (Object o : signature.getSignedInfo().getReferences()) {
                Reference r = (Reference) o;
                references.put(r.getURI(), r.validate(context));
            }
            boolean value = signature.getSignatureValue().validate(context);
            return new Validation(value, references, Optional.empty());
        } catch (MarshalException | XMLSignatureException | RuntimeException e) {
            return new Validation(false, references, Optional.of(String.valueOf(e.getMessage())));
        }
    }
}
