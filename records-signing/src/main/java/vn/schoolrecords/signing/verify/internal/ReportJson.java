package vn.schoolrecords.signing.verify.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.verify.AlgorithmReport;
import vn.schoolrecords.signing.verify.CertificateInfo;
import vn.schoolrecords.signing.verify.Finding;
import vn.schoolrecords.signing.verify.Modification;
import vn.schoolrecords.signing.verify.RevocationReport;
import vn.schoolrecords.signing.verify.SignatureReport;
import vn.schoolrecords.signing.verify.TimestampReport;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * The report as a Jackson tree, then text: built node by node so that the JSON is exactly the
 * schema's (verification-report-1.json), with no reflection over the public records.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String write(VerificationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("validationTime", report.validationTime().toString());
        root.put("documentLength", report.documentLength());
        root.put("revisions", report.revisions());
        root.put("indication", report.indication().name());
        report.subIndication().ifPresent(s -> root.put("subIndication", s.name()));
        ArrayNode signatures = root.putArray("signatures");
        report.signatures().forEach(s -> signature(signatures.addObject(), s));
        findings(root.putArray("findings"), report.findings());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static void signature(ObjectNode n, SignatureReport s) {
        n.put("fieldName", s.fieldName());
        n.put("kind", s.kind().name());
        s.subFilter().ifPresent(v -> n.put("subFilter", v));
        n.put("revision", s.revision());
        ArrayNode range = n.putArray("byteRange");
        s.byteRange().forEach(range::add);
        n.put("revisionEnd", s.revisionEnd());
        n.put("coversWholeDocument", s.coversWholeDocument());
        s.signerName().ifPresent(v -> n.put("signerName", v));
        s.reason().ifPresent(v -> n.put("reason", v));
        s.location().ifPresent(v -> n.put("location", v));
        s.signer().ifPresent(c -> certificate(n.putObject("signer"), c));
        ArrayNode chain = n.putArray("chain");
        s.chain().forEach(c -> certificate(chain.addObject(), c));
        time(n, "claimedSigningTime", s.claimedSigningTime());
        s.timestamp().ifPresent(t -> timestamp(n.putObject("timestamp"), t));
        s.algorithm().ifPresent(a -> algorithm(n.putObject("algorithm"), a));
        ArrayNode revocation = n.putArray("revocation");
        s.revocation().forEach(r -> revocation(revocation.addObject(), r));
        s.docMdpPermission().ifPresent(p -> n.put("docMdpPermission", p));
        s.level().ifPresent(l -> n.put("level", l.name().replace('_', '-')));
        ArrayNode modifications = n.putArray("modifications");
        s.modifications().forEach(m -> modification(modifications.addObject(), m));
        n.put("indication", s.indication().name());
        s.subIndication().ifPresent(v -> n.put("subIndication", v.name()));
        findings(n.putArray("findings"), s.findings());
    }

    private static void certificate(ObjectNode n, CertificateInfo c) {
        n.put("subject", c.subject());
        n.put("commonName", c.commonName());
        n.put("issuer", c.issuer());
        n.put("serialNumber", c.serialNumber());
        n.put("notBefore", c.notBefore().toString());
        n.put("notAfter", c.notAfter().toString());
        n.put("sha256", c.sha256());
    }

    private static void timestamp(ObjectNode n, TimestampReport t) {
        n.put("genTime", t.genTime().toString());
        n.put("digest", t.digest());
        n.put("imprintMatches", t.imprintMatches());
        n.put("signatureValid", t.signatureValid());
        t.authority().ifPresent(c -> certificate(n.putObject("authority"), c));
        n.put("trusted", t.trusted());
        ArrayNode chain = n.putArray("chain");
        t.chain().forEach(c -> certificate(chain.addObject(), c));
    }

    private static void algorithm(ObjectNode n, AlgorithmReport a) {
        n.put("digest", a.digest());
        n.put("scheme", a.scheme());
        n.put("keyAlgorithm", a.keyAlgorithm());
        n.put("keyBits", a.keyBits());
        n.put("acceptable", a.acceptable());
        a.reason().ifPresent(r -> text(n.putObject("reason"), r));
    }

    private static void revocation(ObjectNode n, RevocationReport r) {
        certificate(n.putObject("certificate"), r.certificate());
        n.put("status", r.status().name());
        n.put("source", r.source().name());
        time(n, "revokedAt", r.revokedAt());
        time(n, "producedAt", r.producedAt());
    }

    private static void modification(ObjectNode n, Modification m) {
        n.put("kind", m.kind().name());
        n.put("objectNumber", m.objectNumber());
        n.put("generation", m.generation());
        m.page().ifPresent(p -> n.put("page", p));
        n.put("allowed", m.allowed());
        text(n.putObject("text"), m.text());
    }

    private static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode n = array.addObject();
            n.put("code", f.code());
            n.put("passed", f.passed());
            text(n.putObject("text"), f.text());
        }
    }

    private static void text(ObjectNode n, LocalizedText t) {
        n.put("vi", t.vi());
        n.put("en", t.en());
    }

    private static void time(ObjectNode n, String name, Optional<Instant> time) {
        time.ifPresent(t -> n.put(name, t.toString()));
    }
}
