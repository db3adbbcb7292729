package vn.schoolrecords.signing.testpki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/**
 * EU DSS 6.2 as an independent validator: the test root as the only trust anchor, and either
 * offline (only the validation data in the document, which is what B-LT promises) or online
 * (DSS fetches OCSP and CRLs from the loopback PKI itself).
 */
public final class DssValidation {

    private DssValidation() {
    }

    /**
     * One signature as DSS judged it.
     *
     * @param id DSS's id of the signature
     * @param signedBy the signer's name as DSS shows it
     * @param level the PAdES baseline level DSS determined
     * @param indication the validation result
     * @param subIndication the reason, or null
     * @param errors DSS's error messages
     * @param timestamps how many timestamps cover the signature, document timestamps included
     */
    public record Verdict(String id, String signedBy, SignatureLevel level, Indication indication,
            SubIndication subIndication, String errors, int timestamps) {
    }

    /** The signatures in the document and, for failures, the simple report. */
    public record Result(List<Verdict> signatures, List<String> timestampIds, String simpleReport) {
    }

    public static Result validate(byte[] pdf, X509Certificate root, boolean online) {
        return validate(pdf, root, online, null);
    }

    /**
     * As {@link #validate(byte[], X509Certificate, boolean)}, at a given validation time, for
     * documents signed with a test PKI whose clock is fixed.
     *
     * @param at the validation time, or null for now
     */
    public static Result validate(byte[] pdf, X509Certificate root, boolean online, java.time.Instant at) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        try {
            trusted.addCertificate(new CertificateToken(root));
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        if (online) {
            verifier.setOcspSource(new OnlineOCSPSource());
            verifier.setCrlSource(new OnlineCRLSource());
        } else {
            verifier.setOcspSource(null);
            verifier.setCrlSource(null);
        }
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        if (at != null) {
            validator.setValidationTime(java.util.Date.from(at));
        }
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        List<Verdict> verdicts = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            verdicts.add(new Verdict(id, simple.getSignedBy(id), simple.getSignatureFormat(id), simple.getIndication(id),
                    simple.getSubIndication(id), simple.getAdESValidationErrors(id).stream()
                            .map(Object::toString).collect(Collectors.joining("; ")),
                    simple.getSignatureTimestamps(id).size()));
        }
        return new Result(verdicts, simple.getTimestampIdList(), reports.getXmlSimpleReport());
    }
}
