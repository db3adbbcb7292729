package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.signing.PadesExtensionException.Reason;
import vn.schoolrecords.signing.internal.Dss;
import vn.schoolrecords.signing.internal.SignedRevisions;
import vn.schoolrecords.signing.internal.SignedRevisions.Entry;
import vn.schoolrecords.signing.internal.ValidationData;
import vn.schoolrecords.signing.internal.ValidationData.Evidence;

/**
 * Extends a signed PDF to the long-term PAdES baseline levels (ETSI EN 319 142-1): B-LT and
 * B-LTA, at signing time or years later, each step an incremental update that leaves every
 * earlier signature valid.
 *
 * <h2>What can be extended</h2>
 * <ul>
 * <li>B-T to B-LT: a DSS dictionary (kho dữ liệu xác thực) with the certificates, OCSP responses
 * and CRLs of every signature and every timestamp in the document, and a VRI entry for each,
 * keyed by the upper-case hex SHA-1 of its /Contents (ISO 32000-2 §12.8.4.3).</li>
 * <li>B-T or B-LT to B-LTA: the same DSS update, then a document timestamp over the whole
 * document, then a last DSS update with the validation data of that timestamp's authority, as
 * validators need it to validate the timestamp later.</li>
 * <li>B-LTA to B-LTA: archive renewal (gia hạn lưu trữ), the same updates again, before the
 * last timestamp's authority certificate expires or its algorithm weakens.</li>
 * <li>B-LT to B-LT adds the validation data of signatures that lack it, e.g. a signer who signed
 * after the last extension; if none lacks it, the document is returned as it is. B-LTA to B-LT
 * is refused ({@link Reason#ALREADY_AT_HIGHER_LEVEL}).</li>
 * <li>B-B to anything is refused ({@link Reason#SIGNATURE_NOT_TIMESTAMPED}): a signature
 * timestamp lives inside the signature's CMS, which cannot change without re-signing; sign at
 * B-T instead. A B-B signature already covered by a later document timestamp counts as
 * timestamped. B-B and B-T as targets are refused ({@link Reason#TARGET_LEVEL_NOT_SUPPORTED}):
 * they are chosen when signing, with {@link SignatureService}.</li>
 * </ul>
 *
 * <h2>Revocation data</h2>
 * A signature or timestamp whose VRI entry is already in the DSS keeps the data captured then
 * and is not fetched again: years later its certificates' status may no longer be obtainable,
 * or they may have been revoked since, and neither should stop an archive's renewal. For the
 * others, it is fetched only through the caller's {@link RevocationSource}, for every
 * certificate of every chain but the self-signed root: an OCSP response if one is usable, otherwise CRLs. Each is
 * checked before it is stored: signed by the issuer (or a responder it delegated to), about that
 * certificate, current at the extender's clock (5 minutes of skew). A certificate that an OCSP
 * response or CRL reports revoked, whatever the revocation time, is refused
 * ({@link Reason#CERTIFICATE_REVOKED}): deciding whether a signature made before the revocation
 * still stands is the verifier's policy, and a school should re-sign. Chains are built from the
 * certificates in the signatures, their timestamps, the DSS, and the extra certificates given.
 *
 * <p>On any error the caller's array is untouched and no document is returned. Immutable and
 * thread-safe if its revocation source and timestamp client are.
 */
public final class PadesExtender {

    private final Clock clock;
    private final RevocationSource revocations;
    private final Optional<TimestampClient> timestampClient;
    private final List<X509Certificate> extraCertificates;

    private PadesExtender(Builder b) {
        this.clock = b.clock;
        this.revocations = b.revocations;
        this.timestampClient = Optional.ofNullable(b.timestampClient);
        this.extraCertificates = List.copyOf(b.extraCertificates);
    }

    /**
     * A builder.
     *
     * @param clock the clock at which revocation data must be current, not null
     * @param revocations where OCSP responses and CRLs come from, not null
     * @return the builder, not null
     */
    public static Builder builder(Clock clock, RevocationSource revocations) {
        return new Builder(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(revocations, "revocations"));
    }

    /**
     * Extends the document to a long-term level; see the class description for what is supported.
     *
     * @param pdf the signed document, not null, not modified
     * @param target {@link PadesLevel#B_LT} or {@link PadesLevel#B_LTA}, not null
     * @return the extended document, not null
     * @throws PadesExtensionException if the level cannot be reached, a certificate is revoked, an
     *     issuer or revocation data is missing, or B-LTA without a timestamp client
     * @throws TimestampException if the document timestamp was not granted
     * @throws MalformedDocumentException if the PDF or a signature in it cannot be read
     */
    public byte[] extend(byte[] pdf, PadesLevel target) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(target, "target");
        if (target == PadesLevel.B_B || target == PadesLevel.B_T) {
            throw new PadesExtensionException(Reason.TARGET_LEVEL_NOT_SUPPORTED, "", LocalizedText.of(
                    "mức " + target + " được chọn khi ký, không thể nâng lên bằng cách mở rộng",
                    "level " + target + " is chosen when signing, not reached by extension"), null);
        }
        if (target == PadesLevel.B_LTA && timestampClient.isEmpty()) {
            throw new PadesExtensionException(Reason.TIMESTAMP_CLIENT_MISSING, "", LocalizedText.of(
                    "mức B-LTA cần máy chủ dấu thời gian; hãy gắn bằng timestampClient",
                    "level B-LTA needs a timestamp authority; attach one with timestampClient"), null);
        }
        byte[] document = pdf.clone();
        SignedRevisions.Contents contents = SignedRevisions.read(document);
        checkLevel(contents.entries(), target);

        List<X509Certificate> pool = new ArrayList<>(extraCertificates);
        contents.entries().forEach(e -> pool.addAll(e.certificates()));
        pool.addAll(contents.dssCertificates());
        ValidationData data = new ValidationData(revocations, clock.instant(), pool);
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        for (Entry entry : contents.entries()) {
            // Validation data captured earlier is kept, not fetched again: years later the old
            // certificates' status may no longer be obtainable, or they may have been revoked since.
            if (!contents.vriKeys().contains(entry.vriKey())) {
                evidence.put(entry.vriKey(), data.of(entry));
            }
        }
        byte[] extended = evidence.isEmpty() ? document : Dss.addValidationData(document, evidence);
        if (target == PadesLevel.B_LT) {
            return extended;
        }
        extended = Dss.addDocumentTimestamp(extended, timestampClient.get());
        List<Entry> after = SignedRevisions.read(extended).entries();
        Entry timestamp = after.get(after.size() - 1);
        data.include(timestamp.certificates());
        return Dss.addValidationData(extended, Map.of(timestamp.vriKey(), data.of(timestamp)));
    }

    private static void checkLevel(List<Entry> entries, PadesLevel target) {
        if (entries.isEmpty()) {
            throw new PadesExtensionException(Reason.NO_SIGNATURE, "", LocalizedText.of(
                    "tài liệu chưa có chữ ký số hay dấu thời gian tài liệu nào",
                    "the document has no signature and no document timestamp"), null);
        }
        long lastTimestamp = entries.stream().filter(Entry::documentTimestamp).mapToLong(Entry::revisionEnd)
                .max().orElse(-1);
        if (target == PadesLevel.B_LT && lastTimestamp >= 0) {
            throw new PadesExtensionException(Reason.ALREADY_AT_HIGHER_LEVEL, "", LocalizedText.of(
                    "tài liệu đã có dấu thời gian tài liệu (mức B-LTA); hãy gia hạn bằng mức B_LTA",
                    "the document already has a document timestamp (B-LTA); renew it with target B_LTA"), null);
        }
        for (Entry e : entries) {
            if (!e.documentTimestamp() && e.timestampSigners().isEmpty() && lastTimestamp < e.revisionEnd()) {
                String subject = e.signer().getSubjectX500Principal().getName();
                throw new PadesExtensionException(Reason.SIGNATURE_NOT_TIMESTAMPED, subject, LocalizedText.of(
                        "chữ ký của " + subject + " ở mức B-B, không có dấu thời gian; phải ký lại ở mức B-T",
                        "the signature of " + subject + " is B-B, without a timestamp; re-sign it at B-T"), null);
            }
        }
    }

    /** Options of the extender. */
    public static final class Builder {

        private final Clock clock;
        private final RevocationSource revocations;
        private TimestampClient timestampClient;
        private final List<X509Certificate> extraCertificates = new ArrayList<>();

        private Builder(Clock clock, RevocationSource revocations) {
            this.clock = clock;
            this.revocations = revocations;
        }

        /**
         * The authority of document timestamps, needed for B-LTA.
         *
         * @param client the timestamp client, not null
         * @return this builder
         */
        public Builder timestampClient(TimestampClient client) {
            this.timestampClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Certificates to build chains from when the document does not carry them, e.g. the
         * root of a timestamp authority, whose tokens usually omit it.
         *
         * @param certificates the certificates, not null
         * @return this builder
         */
        public Builder extraCertificates(Collection<X509Certificate> certificates) {
            Objects.requireNonNull(certificates, "certificates").forEach(c -> extraCertificates.add(
                    Objects.requireNonNull(c, "certificate")));
            return this;
        }

        /** @return the extender, not null */
        public PadesExtender build() {
            return new PadesExtender(this);
        }
    }
}
