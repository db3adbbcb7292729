package vn.schoolrecords.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import vn.schoolrecords.signing.CadesVerification.Status;
import vn.schoolrecords.signing.internal.CertificateChecks;
import vn.schoolrecords.signing.internal.Cms;

/**
 * Detached CAdES signatures (ETSI EN 319 122-1, CAdES-BASELINE-B and -T) over bytes such as a
 * record's JSON or the year-end archive's manifest: a DER CMS SignedData without the content (a
 * {@code .p7s} file), with the signed attributes content-type, signing-time, message-digest and
 * signing-certificate-v2, the signer's chain, and for B-T an RFC 3161 signature timestamp.
 *
 * <p>The same rules as for PDF apply before anything is signed: the algorithm is checked against
 * the request's {@link AlgorithmPolicy} and the certificate's validity and key usage at the
 * signing time (TT 15/2025/TT-BKHCN); the signature value is verified before it is returned.
 * Stateless.
 */
public final class CadesSigner {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private CadesSigner() {
    }

    /**
     * Signs bytes with a detached CAdES signature.
     *
     * @param content the bytes to sign, not null, not modified
     * @param request how, not null
     * @param keySource the signer's key, whose chain is the request's, not null, not closed
     * @return the DER-encoded CMS SignedData ({@code .p7s}), not null
     * @throws WeakAlgorithmException if the key or digest is not allowed by the request's policy
     * @throws CertificateNotUsableException if the certificate is expired, not yet valid or may not sign
     * @throws KeySourceException if the key cannot sign
     * @throws SignatureValueMismatchException if the key's value does not verify with the request's certificate
     * @throws TimestampException if level B-T and no valid timestamp was obtained
     */
    public static byte[] signDetached(byte[] content, CadesRequest request, KeySource keySource) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(keySource, "keySource");
        byte[] data = content.clone();
        X509Certificate signer = request.certificateChain().get(0);
        AlgorithmChoice algorithm = request.scheme().isPresent()
                ? request.policy().check(signer.getPublicKey(), request.digest(), request.scheme().get())
                : request.policy().check(signer.getPublicKey(), request.digest());
        CertificateChecks.checkUsable(signer, request.signingTime());

        AlgorithmIdentifier signatureAlgorithm = Cms.signatureAlgorithm(algorithm);
        AlgorithmIdentifier digestAlgorithm = Cms.digestAlgorithm(signatureAlgorithm);
        byte[] attributes = Cms.signedAttributes(Cms.digest(algorithm.digest(), data), signer, algorithm.digest(),
                digestAlgorithm, Optional.of(request.signingTime()));
        byte[] value = keySource.sign(attributes, algorithm);
        // The whole content as one range: the PDF byte-range check serves detached content too.
        if (!Cms.valueVerifies(attributes, value, data, new int[] {0, data.length, data.length, 0}, algorithm, signer)) {
            throw new SignatureValueMismatchException("cades", null);
        }
        byte[] cms = Cms.signedData(attributes, value, request.certificateChain(), digestAlgorithm, signatureAlgorithm,
                Optional.empty());
        if (request.timestampClient().isEmpty()) {
            return cms;
        }
        byte[] imprint = Cms.digest(algorithm.digest(), value);
        byte[] token = request.timestampClient().get().timestamp(imprint, algorithm.digest());
        Cms.checkTimestamp(token, imprint, digestAlgorithm);
        return Cms.signedData(attributes, value, request.certificateChain(), digestAlgorithm, signatureAlgorithm,
                Optional.of(token));
    }

    /**
     * Checks a detached CAdES signature over the given bytes with the certificate it carries.
     *
     * @param content the bytes said to be signed, not null
     * @param signature the DER CMS SignedData, not null
     * @return the verdict with the signer and times found, not null
     */
    public static CadesVerification verifyDetached(byte[] content, byte[] signature) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signature, "signature");
        SignerInformation info;
        X509Certificate certificate;
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content.clone()), signature.clone());
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return malformed();
            }
            info = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                return malformed();
            }
            certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (CMSException | GeneralSecurityException | RuntimeException e) {
            return malformed();
        }
        Optional<X509Certificate> signer = Optional.of(certificate);
        Optional<Instant> signingTime = signingTime(info.getSignedAttributes());
        try {
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
                return new CadesVerification(Status.SIGNATURE_INVALID, signer, signingTime, Optional.empty());
            }
        } catch (CMSSignerDigestMismatchException e) {
            return new CadesVerification(Status.CONTENT_ALTERED, signer, signingTime, Optional.empty());
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return new CadesVerification(Status.SIGNATURE_INVALID, signer, signingTime, Optional.empty());
        }
        if (!namesSigningCertificate(info, certificate)) {
            return new CadesVerification(Status.SIGNING_CERTIFICATE_MISMATCH, signer, signingTime, Optional.empty());
        }
        AttributeTable unsigned = info.getUnsignedAttributes();
        Attribute stamp = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stamp == null) {
            return new CadesVerification(Status.VALID, signer, signingTime, Optional.empty());
        }
        try {
            byte[] token = stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();
            AlgorithmIdentifier digestAlgorithm = info.getDigestAlgorithmID();
            byte[] imprint = MessageDigest.getInstance(digestAlgorithm.getAlgorithm().getId()).digest(info.getSignature());
            Cms.checkTimestamp(token, imprint, digestAlgorithm);
            Instant time = new TimeStampToken(new CMSSignedData(token)).getTimeStampInfo().getGenTime().toInstant();
            return new CadesVerification(Status.VALID, signer, signingTime, Optional.of(time));
        } catch (GeneralSecurityException | IOException | CMSException | TSPException | RuntimeException e) {
            // TimestampException, from the imprint and signature check, is one of these.
            return new CadesVerification(Status.TIMESTAMP_INVALID, signer, signingTime, Optional.empty());
        }
    }

    /** EN 319 122-1 §5.2.2: signing-certificate-v2's first ESSCertIDv2 is the hash of the signer's certificate. */
    private static boolean namesSigningCertificate(SignerInformation info, X509Certificate certificate) {
        AttributeTable signed = info.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        try {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
            byte[] hash = MessageDigest.getInstance(id.getHashAlgorithm().getAlgorithm().getId())
                    .digest(certificate.getEncoded());
            return Arrays.equals(hash, id.getCertHash());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Instant> signingTime(AttributeTable signed) {
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute == null) {
            return Optional.empty();
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        try {
            return Optional.of(Time.getInstance(value).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static CadesVerification malformed() {
        return new CadesVerification(Status.MALFORMED, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
