package vn.schoolrecords.signing.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.TimestampException;

/**
 * The CMS half (RFC 5652, ETSI EN 319 122-1 as profiled by PAdES): signed attributes, the
 * detached SignedData, and its verification, with Bouncy Castle's ASN.1 and CMS classes.
 *
 * <p>The signed attributes are content-type, message-digest and signing-certificate-v2. The
 * signing time is not a CMS attribute: PAdES baseline (EN 319 142-1 §5.4) forbids the
 * signing-time attribute and takes the claimed time from the signature dictionary's /M.
 */
public final class Cms {

    /** A private provider instance: never registered in {@code Security}. */
    private static final Provider BC = new BouncyCastleProvider();

    private Cms() {
    }

    /** The signature's algorithm identifier, e.g. id-RSASSA-PSS with SHA-256, MGF1-SHA-256, salt 32. */
    public static AlgorithmIdentifier signatureAlgorithm(AlgorithmChoice choice) {
        String digest = switch (choice.digest()) {
            case "SHA-512/224" -> "SHA512(224)";
            case "SHA-512/256" -> "SHA512(256)";
            default -> choice.digest().startsWith("SHA3-") ? choice.digest() : choice.digest().replace("-", "");
        };
        String name = switch (choice.scheme()) {
            case RSASSA_PSS -> digest + "WITHRSAANDMGF1";
            case RSASSA_PKCS1_V1_5 -> digest + "WITHRSA";
            case ECDSA -> digest + "WITHECDSA";
        };
        return new DefaultSignatureAlgorithmIdentifierFinder().find(name.toUpperCase(Locale.ROOT));
    }

    public static AlgorithmIdentifier digestAlgorithm(AlgorithmIdentifier signatureAlgorithm) {
        return new DefaultDigestAlgorithmIdentifierFinder().find(signatureAlgorithm);
    }

    /** The DER SET OF signed attributes: exactly the bytes the signer signs. */
    public static byte[] signedAttributes(byte[] contentDigest, X509Certificate signer, String digest,
            AlgorithmIdentifier digestAlgorithm) {
        return signedAttributes(contentDigest, signer, digest, digestAlgorithm, Optional.empty());
    }

    /**
     * As above, with the signing-time attribute when given: CAdES baseline (EN 319 122-1 §5.2.1)
     * requires it, where PAdES forbids it.
     */
    public static byte[] signedAttributes(byte[] contentDigest, X509Certificate signer, String digest,
            AlgorithmIdentifier digestAlgorithm, Optional<Instant> signingTime) {
        try {
            Certificate certificate = Certificate.getInstance(signer.getEncoded());
            byte[] certificateHash = MessageDigest.getInstance(digest).digest(signer.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.getIssuer())),
                    certificate.getSerialNumber().getValue());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data)));
            if (signingTime.isPresent()) {
                attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime.get())))));
            }
            attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(contentDigest))));
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(
                    new SigningCertificateV2(new ESSCertIDv2(digestAlgorithm, certificateHash, issuerSerial)))));
            return new DERSet(attributes).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot encode the signed attributes", e);
        }
    }

    /** The detached CMS SignedData with the chain, and the signature timestamp when given. */
    public static byte[] signedData(byte[] signedAttributes, byte[] signatureValue, List<X509Certificate> chain,
            AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm, Optional<byte[]> timestampToken) {
        try {
            Certificate signer = Certificate.getInstance(chain.get(0).getEncoded());
            ASN1Set unsigned = null;
            if (timestampToken.isPresent()) {
                unsigned = new DERSet(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(timestampToken.get()))));
            }
            SignerInfo signerInfo = new SignerInfo(new SignerIdentifier(new IssuerAndSerialNumber(signer)),
                    digestAlgorithm, ASN1Set.getInstance(signedAttributes), signatureAlgorithm,
                    new DEROctetString(signatureValue), unsigned);
            ASN1EncodableVector certificates = new ASN1EncodableVector();
            for (X509Certificate c : chain) {
                certificates.add(Certificate.getInstance(c.getEncoded()));
            }
            SignedData signedData = new SignedData(new DERSet(digestAlgorithm),
                    new ContentInfo(CMSObjectIdentifiers.data, null), new DERSet(certificates), null,
                    new DERSet(signerInfo));
            return new ContentInfo(CMSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot encode the CMS signature", e);
        }
    }

    /**
     * Whether a signature value is right for the signed attributes we built: the attributes'
     * message digest is that of the document's byte range, and the value verifies over the
     * attributes with the signer's public key, the algorithm's scheme and parameters (JCA). The
     * rest of the CMS is ours, built from these attributes and this value, so verifying it with
     * Bouncy Castle's CMS parser as well would only parse back what was just encoded.
     */
    public static boolean valueVerifies(byte[] signedAttributes, byte[] signatureValue, byte[] document,
            int[] byteRange, AlgorithmChoice algorithm, X509Certificate signer) {
        try {
            byte[] messageDigest = null;
            for (ASN1Encodable element : ASN1Set.getInstance(signedAttributes)) {
                Attribute attribute = Attribute.getInstance(element);
                if (attribute.getAttrType().equals(CMSAttributes.messageDigest)) {
                    messageDigest = ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
                }
            }
            if (messageDigest == null
                    || !MessageDigest.isEqual(messageDigest, digest(algorithm.digest(), document, byteRange))) {
                return false;
            }
            Signature verifier = Signature.getInstance(algorithm.jcaSignatureName());
            verifier.initVerify(signer.getPublicKey());
            if (algorithm.pssParameters().isPresent()) {
                verifier.setParameter(algorithm.pssParameters().get());
            }
            verifier.update(signedAttributes);
            return verifier.verify(signatureValue);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The digest of the two ranges of the document that a signature covers. */
    public static byte[] digest(String digest, byte[] document, int[] byteRange) {
        try {
            MessageDigest md = MessageDigest.getInstance(digest);
            md.update(document, byteRange[0], byteRange[1]);
            md.update(document, byteRange[2], byteRange[3]);
            return md.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] digest(String digest, byte[] data) {
        try {
            return MessageDigest.getInstance(digest).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks a signature timestamp token: its message imprint is the digest of the signature
     * value, and its own signature verifies with the authority's certificate it carries.
     * Whether that authority is trusted is the verifier's question, not the signer's.
     */
    public static void checkTimestamp(byte[] token, byte[] imprint, AlgorithmIdentifier digestAlgorithm) {
        try {
            TimeStampToken timestamp = new TimeStampToken(new CMSSignedData(token));
            ASN1ObjectIdentifier algorithm = timestamp.getTimeStampInfo().getMessageImprintAlgOID();
            if (!algorithm.equals(digestAlgorithm.getAlgorithm())
                    || !Arrays.equals(timestamp.getTimeStampInfo().getMessageImprintDigest(), imprint)) {
                throw mismatch(null);
            }
            Collection<X509CertificateHolder> matches = authorityCertificates(timestamp);
            if (matches.isEmpty()) {
                throw mismatch(null);
            }
            timestamp.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(matches.iterator().next()));
        } catch (CMSException | TSPException | IOException | OperatorCreationException
                | GeneralSecurityException | RuntimeException e) {
            if (e instanceof TimestampException t) {
                throw t;
            }
            throw mismatch(e);
        }
    }

    /** The certificates in the token that match its signer id (BC's SignerId is a raw Selector). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Collection<X509CertificateHolder> authorityCertificates(TimeStampToken timestamp) {
        Store<X509CertificateHolder> store = timestamp.getCertificates();
        return store.getMatches((org.bouncycastle.util.Selector) timestamp.getSID());
    }

    private static TimestampException mismatch(Exception cause) {
        return new TimestampException(TimestampException.Reason.MISMATCH, LocalizedText.of(
                "dấu thời gian không khớp với giá trị chữ ký hoặc chữ ký của nó không hợp lệ",
                "the timestamp does not match the signature value or its own signature is invalid"), cause);
    }
}
