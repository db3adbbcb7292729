package vn.schoolrecords.signing;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.signing.internal.CertificateChecks;
import vn.schoolrecords.signing.internal.Cms;
import vn.schoolrecords.signing.internal.PdfPreparation;
import vn.schoolrecords.signing.internal.PlanOrder;
import vn.schoolrecords.signing.internal.PreparedSignatures;
import vn.schoolrecords.signing.internal.VisibleAppearance;

/**
 * Signs PDF documents with PAdES baseline signatures (ETSI EN 319 142-1, SubFilter
 * {@code ETSI.CAdES.detached}) in two phases: {@link #prepare(byte[], SignatureRequest)} writes
 * the incremental update and returns the data to be signed, any signer produces the signature
 * value, and {@link #complete(PreparedSignature, byte[])} embeds it. Each signature is an
 * incremental update that leaves earlier signatures valid; the signer's field is locked.
 *
 * <p>Before anything is signed the service checks the algorithm against the request's
 * {@link AlgorithmPolicy}, and the signer's certificate's validity at the signing time and its key
 * usage (TT 15/2025/TT-BKHCN). Before anything is written it checks that the signature value
 * verifies with the certificate. The caller's byte arrays are never modified.
 *
 * <p>The service reads the time only from its {@link Clock}, to refuse expired prepared
 * signatures, and records completions in the caller's {@link CompletionLedger}. Immutable and
 * thread-safe if the ledger is.
 */
public final class SignatureService {

    /** Space for the CMS structure around the certificates and the signature value. */
    private static final int CMS_OVERHEAD = 2048;
    /** Space for an RFC 3161 token with the authority's certificate chain. */
    private static final int TIMESTAMP_RESERVE = 12288;

    private final Clock clock;
    private final CompletionLedger ledger;

    private SignatureService(Clock clock, CompletionLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * A service.
     *
     * @param clock the clock that decides whether a prepared signature has expired, not null
     * @param ledger records completions so that each prepared signature is completed once only, not null
     * @return the service, not null
     */
    public static SignatureService of(Clock clock, CompletionLedger ledger) {
        return new SignatureService(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(ledger, "ledger"));
    }

    /**
     * Phase one: checks the algorithm and certificate, fills the signature field and writes the
     * incremental update with space reserved for the signature.
     *
     * @param pdf the document, not null, not modified
     * @param request what to sign and how, not null
     * @return the prepared signature, not null
     * @throws WeakAlgorithmException if the key or digest is not allowed by the request's policy
     * @throws CertificateNotUsableException if the certificate is expired, not yet valid or may not sign
     * @throws SignatureFieldException if the field is missing, not a signature field, already
     *     signed, locked, or not one of the request's plan's fields
     * @throws vn.schoolrecords.core.transcript.SigningException if the request carries a plan and
     *     it is not this field's turn (out of order, after the seal, not the planned signer's part)
     * @throws AppearanceException if the visible appearance cannot be drawn (a glyph missing from the font, no field to overlap)
     * @throws MalformedDocumentException if the PDF cannot be read
     */
    public PreparedSignature prepare(byte[] pdf, SignatureRequest request) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(request, "request");
        X509Certificate signer = request.certificateChain().get(0);
        AlgorithmChoice algorithm = request.scheme().isPresent()
                ? request.policy().check(signer.getPublicKey(), request.digest(), request.scheme().get())
                : request.policy().check(signer.getPublicKey(), request.digest());
        CertificateChecks.checkUsable(signer, request.signingTime());

        AlgorithmIdentifier signatureAlgorithm = Cms.signatureAlgorithm(algorithm);
        AlgorithmIdentifier digestAlgorithm = Cms.digestAlgorithm(signatureAlgorithm);
        PdfPreparation.Result pdfUpdate = PdfPreparation.prepare(pdf.clone(), request.fieldName(),
                request.createsField(), new PdfPreparation.Details(request.signerName(), request.reason(),
                        request.location(), request.signingTime()),
                request.appearance().filter(a -> !request.createsField() || request.newFieldVisible())
                        .map(a -> painter(a, request)),
                request.plan().map(p -> PlanOrder.gate(p, request.fieldName(), request.signingTime())),
                reserve(request, algorithm));
        byte[] contentDigest = Cms.digest(algorithm.digest(), pdfUpdate.document(), pdfUpdate.byteRange());
        byte[] signedAttributes = Cms.signedAttributes(contentDigest, signer, algorithm.digest(), digestAlgorithm);
        return new PreparedSignature(pdfUpdate.document(), pdfUpdate.byteRange(), signedAttributes,
                Cms.digest(algorithm.digest(), signedAttributes), algorithm, request.certificateChain(),
                request.fieldName(), request.level(), request.signingTime(), request.expiresAt(),
                request.timestampClient());
    }

    /**
     * Phase two: checks the signature value, adds the signature timestamp for B-T, embeds the
     * CMS signature and records the completion.
     *
     * @param prepared the prepared signature, not null
     * @param signatureValue the signer's signature over {@link PreparedSignature#dataToBeSigned()}, not null
     * @return the signed document, not null
     * @throws PreparedSignatureException if it has expired, was completed already, or the signature does not fit
     * @throws SignatureValueMismatchException if the value does not verify with the signer's certificate
     * @throws TimestampException if level B-T and no valid timestamp was obtained
     */
    public byte[] complete(PreparedSignature prepared, byte[] signatureValue) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(signatureValue, "signatureValue");
        Instant now = clock.instant();
        PreparedSignatures.checkNotExpired(prepared.id(), prepared.expiresAt(), now);
        byte[] value = signatureValue.clone();
        AlgorithmIdentifier signatureAlgorithm = Cms.signatureAlgorithm(prepared.algorithm());
        AlgorithmIdentifier digestAlgorithm = Cms.digestAlgorithm(signatureAlgorithm);
        byte[] document = prepared.document();
        int[] byteRange = prepared.byteRange();
        if (!Cms.valueVerifies(prepared.signedAttributes(), value, document, byteRange, prepared.algorithm(),
                prepared.certificateChain().get(0))) {
            throw new SignatureValueMismatchException(prepared.id(), null);
        }
        byte[] cms = Cms.signedData(prepared.signedAttributes(), value, prepared.certificateChain(),
                digestAlgorithm, signatureAlgorithm, Optional.empty());
        if (prepared.level() == PadesLevel.B_T) {
            TimestampClient tsa = prepared.timestampClient().orElseThrow(() -> new PreparedSignatureException(
                    PreparedSignatureException.Reason.TIMESTAMP_CLIENT_MISSING, prepared.id(), LocalizedText.of(
                            "mức B-T cần máy chủ dấu thời gian; hãy gắn bằng withTimestampClient",
                            "level B-T needs a timestamp authority; attach one with withTimestampClient"), null));
            byte[] imprint = Cms.digest(prepared.algorithm().digest(), value);
            byte[] token = tsa.timestamp(imprint, prepared.algorithm().digest());
            Cms.checkTimestamp(token, imprint, digestAlgorithm);
            cms = Cms.signedData(prepared.signedAttributes(), value, prepared.certificateChain(), digestAlgorithm,
                    signatureAlgorithm, Optional.of(token));
        }
        int capacity = (byteRange[2] - byteRange[1] - 2) / 2;
        if (cms.length > capacity) {
            throw new PreparedSignatureException(PreparedSignatureException.Reason.SIGNATURE_TOO_LARGE, prepared.id(),
                    LocalizedText.of("chữ ký dài " + cms.length + " byte, vượt chỗ dành sẵn " + capacity + " byte",
                            "the signature of " + cms.length + " bytes exceeds the " + capacity + " bytes reserved"),
                    null);
        }
        PreparedSignatures.claim(ledger, prepared.id(), prepared.expiresAt(), now);
        byte[] signed = document.clone();
        byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, signed, byteRange[1] + 1, hex.length);
        return signed;
    }

    /**
     * Both phases with a key at hand: prepares, signs with the key source, completes.
     *
     * @param pdf the document, not null, not modified
     * @param request what to sign and how, with the key source's certificate chain, not null
     * @param keySource the signer's key, not null, not closed
     * @return the signed document, not null
     * @throws vn.schoolrecords.core.RecordsException as {@link #prepare} and {@link #complete}, or
     *     {@link KeySourceException} if the key cannot sign
     */
    public byte[] sign(byte[] pdf, SignatureRequest request, KeySource keySource) {
        Objects.requireNonNull(keySource, "keySource");
        PreparedSignature prepared = prepare(pdf, request);
        return complete(prepared, keySource.sign(prepared.signedAttributes(), prepared.algorithm()));
    }

    private static PdfPreparation.Painter painter(SignatureAppearance appearance, SignatureRequest request) {
        VisibleAppearance.Signer signer = VisibleAppearance.Signer.of(request.signerName(), request.signerRole(),
                request.signingTime(), request.certificateChain().get(0));
        return (document, field) -> VisibleAppearance.paint(document, field, appearance, signer);
    }

    private static int reserve(SignatureRequest request, AlgorithmChoice algorithm) {
        int size = CMS_OVERHEAD + 2 * (algorithm.keyBits() / 8 + 16);
        for (X509Certificate c : request.certificateChain()) {
            try {
                size += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("certificate cannot be encoded", e);
            }
        }
        return request.level() == PadesLevel.B_T ? size + TIMESTAMP_RESERVE : size;
    }

    /** Whether the byte range of a prepared document points at a /Contents string of zeros. */
    static boolean placeholderIntact(byte[] document, int[] byteRange) {
        if (byteRange[0] != 0 || byteRange[1] <= 0 || byteRange[2] <= byteRange[1] + 2
                || (long) byteRange[2] + byteRange[3] != document.length || byteRange[3] < 0) {
            return false;
        }
        if (document[byteRange[1]] != '<' || document[byteRange[2] - 1] != '>') {
            return false;
        }
        for (int i = byteRange[1] + 1; i < byteRange[2] - 1; i++) {
            if (document[i] != '0') {
                return false;
            }
        }
        return true;
    }
}
