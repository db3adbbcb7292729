package vn.schoolrecords.signing.internal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.verify.CertificateInfo;
import vn.schoolrecords.signing.verify.RevocationReport;
import vn.schoolrecords.signing.verify.SubIndication;

/**
 * The certificate checks of a signature, once for every verifier (PDF and XML): the path to a
 * trust anchor at the validation time, or at the proven signing time if a timestamp proves it,
 * and the revocation status of every certificate of the path. The outcomes carry one vocabulary
 * of codes — {@code CERTIFICATE_PATH}, {@code CERTIFICATE_VALIDITY}, {@code REVOCATION},
 * {@code REVOCATION_FRESHNESS} — and the ETSI EN 319 102-1 sub-indication of each failure.
 * Internal, not exported.
 */
public final class PathValidation {

    private PathValidation() {
    }

    /** How an outcome counts. */
    public enum Kind {
        /** the check passed */
        PASSED,
        /** the check did not pass, which the policy does not count as a failure (reported only) */
        NOTED,
        /** the check failed */
        FAILED
    }

    /**
     * One outcome.
     *
     * @param code the check's code, e.g. {@code CERTIFICATE_PATH}
     * @param kind passed, noted or failed
     * @param problem the sub-indication of a failure, empty otherwise
     * @param text what was found, in both languages
     */
    public record Outcome(String code, Kind kind, Optional<SubIndication> problem, LocalizedText text) {
        static Outcome passed(String code, String vi, String en) {
            return new Outcome(code, Kind.PASSED, Optional.empty(), LocalizedText.of(vi, en));
        }

        static Outcome noted(String code, String vi, String en) {
            return new Outcome(code, Kind.NOTED, Optional.empty(), LocalizedText.of(vi, en));
        }

        static Outcome failed(SubIndication problem, String code, String vi, String en) {
            return new Outcome(code, Kind.FAILED, Optional.of(problem), LocalizedText.of(vi, en));
        }
    }

    /**
     * What was found.
     *
     * @param path the path used, if one was found
     * @param revocation the revocation status of each certificate of the path but the anchor; empty
     *     if revocation was not checked or no path was found
     * @param outcomes the outcomes in order
     */
    public record Result(Optional<Certificates.Path> path, List<RevocationReport> revocation, List<Outcome> outcomes) {
    }

    /**
     * Checks the path and, if asked, the revocation status of a signer's certificate.
     *
     * @param certificates the run's paths and revocation data
     * @param signer the signer's certificate
     * @param carried the certificates the signature carries
     * @param validationTime the validation instant
     * @param poe the signing time a timestamp proves, if any (proof of existence)
     * @param claimed the signing time the signature claims, if any
     * @param checkRevocation whether to look at revocation at all
     * @param revocationRequired whether missing or stale revocation data fails (else it is noted)
     * @return the result
     */
    public static Result check(Certificates certificates, X509Certificate signer, List<X509Certificate> carried,
            Instant validationTime, Optional<Instant> poe, Optional<Instant> claimed, boolean checkRevocation,
            boolean revocationRequired) {
        List<Outcome> out = new ArrayList<>();
        Object found = certificates.path(signer, carried, validationTime);
        if (found == Certificates.PathProblem.INVALID_AT_TIME && poe.isPresent()) {
            Optional<Certificates.Path> atPoe = certificates.build(signer, carried, poe.get());
            if (atPoe.isPresent()) {
                found = atPoe.get();
                out.add(Outcome.passed("CERTIFICATE_VALIDITY", "chứng thư số hết hạn trước thời điểm kiểm tra nhưng dấu thời gian chứng minh chữ ký có từ khi còn hiệu lực",
                        "the certificate expired before the validation time, but the timestamp proves the signature existed while it was valid"));
            }
        }
        if (found == Certificates.PathProblem.NONE_FOUND) {
            out.add(Outcome.failed(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, "CERTIFICATE_PATH",
                    "không xây dựng được đường dẫn chứng thư đến một chứng thư gốc tin cậy",
                    "no certification path to a trusted root could be built"));
            return new Result(Optional.empty(), List.of(), out);
        }
        if (found == Certificates.PathProblem.INVALID_AT_TIME) {
            out.add(Outcome.failed(SubIndication.OUT_OF_BOUNDS_NO_POE, "CERTIFICATE_VALIDITY",
                    "chứng thư số không còn (hoặc chưa) hiệu lực tại thời điểm kiểm tra và không có dấu thời gian chứng minh",
                    "the certificate is not valid at the validation time and no timestamp proves an earlier existence"));
            return new Result(Optional.empty(), List.of(), out);
        }
        Certificates.Path path = (Certificates.Path) found;
        out.add(Outcome.passed("CERTIFICATE_PATH", "đường dẫn chứng thư đến chứng thư gốc tin cậy "
                + CertificateInfo.from(path.anchor()).commonName(),
                "certification path to the trusted root " + CertificateInfo.from(path.anchor()).commonName()));
        if (!checkRevocation) {
            return new Result(Optional.of(path), List.of(), out);
        }
        List<RevocationReport> revocation = certificates.revocation(path);
        // Fresh means issued no earlier than the best proof of the signing time (the usable
        // timestamp's, else the claimed one): an answer from before signing says nothing of the
        // certificate when it signed. A revocation answer is news whenever it was issued.
        Optional<Instant> signedAt = poe.or(() -> claimed);
        for (RevocationReport r : revocation) {
            String cn = r.certificate().commonName();
            if (r.status() == RevocationReport.Status.GOOD && signedAt.isPresent()
                    && r.producedAt().map(p -> p.isBefore(signedAt.get())).orElse(true)) {
                if (revocationRequired) {
                    out.add(Outcome.failed(SubIndication.TRY_LATER, "REVOCATION_FRESHNESS", "thông tin thu hồi của chứng thư "
                            + cn + " được phát hành trước thời điểm ký, không đủ mới",
                            "the revocation data of certificate " + cn + " was issued before the signing time and is not fresh"));
                } else {
                    out.add(Outcome.noted("REVOCATION_FRESHNESS", "thông tin thu hồi của chứng thư " + cn
                            + " được phát hành trước thời điểm ký",
                            "the revocation data of certificate " + cn + " was issued before the signing time"));
                }
                continue;
            }
            switch (r.status()) {
                case REVOKED -> {
                    Instant when = r.revokedAt().orElse(Instant.MIN);
                    if (poe.isPresent() && poe.get().isBefore(when)) {
                        out.add(Outcome.passed("REVOCATION", "chứng thư " + cn + " bị thu hồi lúc " + when
                                + ", sau thời điểm ký đã được chứng minh", "certificate " + cn
                                + " was revoked at " + when + ", after the proven signing time"));
                    } else if (poe.isPresent()) {
                        out.add(Outcome.failed(SubIndication.REVOKED, "REVOCATION", "chứng thư " + cn
                                + " bị thu hồi lúc " + when + ", trước khi ký", "certificate " + cn
                                + " was revoked at " + when + ", before signing"));
                    } else {
                        out.add(Outcome.failed(SubIndication.REVOKED_NO_POE, "REVOCATION", "chứng thư " + cn
                                + " bị thu hồi lúc " + when + " và không có dấu thời gian chứng minh chữ ký có trước đó",
                                "certificate " + cn + " was revoked at " + when
                                + " and no timestamp proves the signature existed before"));
                    }
                }
                case UNKNOWN -> {
                    if (revocationRequired) {
                        out.add(Outcome.failed(SubIndication.TRY_LATER, "REVOCATION", "không có thông tin thu hồi cho chứng thư "
                                + cn, "no revocation data for certificate " + cn));
                    } else {
                        out.add(Outcome.noted("REVOCATION", "không rõ tình trạng thu hồi của chứng thư " + cn,
                                "the revocation status of certificate " + cn + " is unknown"));
                    }
                }
                case GOOD -> out.add(Outcome.passed("REVOCATION", "chứng thư " + cn + " chưa bị thu hồi ("
                        + (r.source() == RevocationReport.Source.DOCUMENT ? "dữ liệu trong tài liệu" : "tra cứu trực tuyến") + ")",
                        "certificate " + cn + " is not revoked ("
                        + (r.source() == RevocationReport.Source.DOCUMENT ? "data in the document" : "online") + ")"));
            }
        }
        return new Result(Optional.of(path), revocation, out);
    }
}
