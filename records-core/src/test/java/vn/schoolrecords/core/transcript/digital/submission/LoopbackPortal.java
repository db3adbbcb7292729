package vn.schoolrecords.core.transcript.digital.submission;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.core.transcript.digital.internal.SecureXml;

/**
 * A receiving portal (Cổng tiếp nhận học bạ số) on the loopback interface, for tests: it checks
 * each transaction's envelope against the schema, its signature against the school's registered
 * key and its credentials, decodes the content, reads every record against the record schema,
 * and answers with the model's status codes. What it accepted it remembers, for the queries.
 */
final class LoopbackPortal implements AutoCloseable {

    static final int MAX_CONTENT_BYTES = 64 * 1024 * 1024;

    private final HttpServer server;
    private final PublicKey schoolKey;
    private final String userName;
    private final String passwordHash;
    private final Map<String, List<TransactionResponse.RecordResult>> submitted = new ConcurrentHashMap<>();
    private final Map<String, List<TransactionResponse.RecordResult>> recalls = new ConcurrentHashMap<>();
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Map<String, String> certificates = new ConcurrentHashMap<>();
    final List<TransactionEnvelope> received = java.util.Collections.synchronizedList(new ArrayList<>());

    LoopbackPortal(PublicKey schoolKey, String userName, String passwordHash) throws IOException {
        this.schoolKey = schoolKey;
        this.userName = userName;
        this.passwordHash = passwordHash;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hocbaso", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hocbaso");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        TransactionResponse answer;
        int status = 200;
        try {
            answer = answer(body);
        } catch (RecordsException e) {
            status = 400;
            answer = new TransactionResponse("", e.code(), e.text().vi(), "0", e.text().en(), List.of(), Optional.empty());
        }
        byte[] xml = write(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }

    private TransactionResponse answer(byte[] body) {
        Document doc = TransactionEnvelopeXml.parse(body);
        TransactionEnvelope env = TransactionEnvelopeXml.read(body);
        received.add(env);
        String id = env.messageId();
        if (!JdkTestSigner.verify(doc, schoolKey, env.dataId())) {
            return error(id, "SIGNATURE", "chữ ký giao dịch không hợp lệ");
        }
        if (!env.header().userName().equals(userName) || !env.header().passwordHash().equals(passwordHash)) {
            return error(id, "AUTH", "sai tài khoản hoặc mật khẩu");
        }
        switch (env.kind()) {
            case SUBMIT -> {
                List<TransactionResponse.RecordResult> results = new ArrayList<>();
                for (Document record : SubmissionPackager.readBatch(
                        SubmissionContent.decode(env.content().orElseThrow(), MAX_CONTENT_BYTES))) {
                    DigitalTranscript r = DigitalTranscriptXml.fromDocument(record);
                    boolean signed = record.getElementsByTagNameNS(DigitalTranscriptXml.XMLDSIG_NAMESPACE, "Signature")
                            .getLength() > 0;
                    results.add(result(r.transcript().student().id(), r.transcript().student().fullName(),
                            r.transcript().student().personalId().value(), r.lookupCode().toString(),
                            signed ? ApprovalStatus.APPROVED.code() : ApprovalStatus.REJECTED.code(),
                            signed ? "" : "CHUA_KY_PHAT_HANH"));
                    if (signed) {
                        accepted.put(r.lookupCode().toString(), r.transcript().student().id());
                    }
                }
                submitted.put(id, results);
                return ok(id, List.of(), Optional.empty());
            }
            case RECALL -> {
                Document list = SecureXml.parse(SubmissionContent.decode(env.content().orElseThrow(), MAX_CONTENT_BYTES));
                List<TransactionResponse.RecordResult> results = new ArrayList<>();
                for (Node n = list.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        String code = child(e, "MA_TRA_CUU_UUID");
                        boolean known = accepted.containsKey(code);
                        results.add(result(known ? accepted.get(code) : "", child(e, "HO_VA_TEN"), child(e, "SO_CCCD"),
                                code, known ? RecallStatus.ACCEPTED.code() : RecallStatus.REFUSED.code(),
                                known ? "" : "KHONG_TIM_THAY"));
                    }
                }
                recalls.put(id, results);
                return ok(id, List.of(), Optional.empty());
            }
            case REGISTER_CERTIFICATE -> {
                certificates.put(id, env.certificate().orElseThrow().serialNumber());
                SubmissionContent.decode(env.content().orElseThrow(), MAX_CONTENT_BYTES);
                return ok(id, List.of(), Optional.empty());
            }
            case QUERY_SUBMIT_RESULT -> {
                return ok(id, submitted.getOrDefault(id, List.of()), Optional.empty());
            }
            case QUERY_RECALL -> {
                return ok(id, recalls.getOrDefault(id, List.of()), Optional.empty());
            }
            case QUERY_REGISTRATION -> {
                return ok(id, List.of(), Optional.of(certificates.containsKey(id) ? ApprovalStatus.APPROVED
                        : ApprovalStatus.REJECTED));
            }
            default -> throw new IllegalStateException();
        }
    }

    private static TransactionResponse.RecordResult result(String studentId, String name, String personalId,
            String code, int status, String error) {
        return new TransactionResponse.RecordResult(studentId, name, personalId, code, status, error, error, error);
    }

    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n.getTextContent();
            }
        }
        return "";
    }

    private static TransactionResponse ok(String id, List<TransactionResponse.RecordResult> records,
            Optional<ApprovalStatus> certificate) {
        return new TransactionResponse(id, "0", "Thành công", "1", "Đã tiếp nhận", records, certificate);
    }

    private static TransactionResponse error(String id, String code, String text) {
        return new TransactionResponse(id, code, text, "0", text, List.of(), Optional.empty());
    }

    /** The answer on the wire (the test's own layout; the model gives only the field names). */
    static byte[] write(TransactionResponse r) {
        try {
            Document doc = SecureXml.builderFactory().newDocumentBuilder().newDocument();
            Element root = doc.createElement("KET_QUA");
            doc.appendChild(root);
            add(root, "MessageId", r.messageId());
            add(root, "Error", r.error());
            add(root, "ErrorDescription", r.errorDescription());
            add(root, "ResponseCode", r.responseCode());
            add(root, "ResponseDescription", r.responseDescription());
            r.certificateStatus().ifPresent(s -> add(root, "trang_thai_phe_duyet", Integer.toString(s.code())));
            for (TransactionResponse.RecordResult x : r.records()) {
                Element e = doc.createElement("HOC_BA");
                root.appendChild(e);
                add(e, "ma_hoc_sinh", x.studentId());
                add(e, "ten_hoc_sinh", x.studentName());
                add(e, "so_cccd", x.personalId());
                add(e, "ma_tra_cuu_uuid", x.lookupCode());
                add(e, "trang_thai", Integer.toString(x.status()));
                add(e, "error", x.error());
                add(e, "error_field_title", x.errorFieldTitle());
                add(e, "error_description", x.errorDescription());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static TransactionResponse read(byte[] xml) {
        Element root = SecureXml.parse(xml).getDocumentElement();
        List<TransactionResponse.RecordResult> records = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNodeName().equals("HOC_BA")) {
                records.add(new TransactionResponse.RecordResult(child(e, "ma_hoc_sinh"), child(e, "ten_hoc_sinh"),
                        child(e, "so_cccd"), child(e, "ma_tra_cuu_uuid"), Integer.parseInt(child(e, "trang_thai")),
                        child(e, "error"), child(e, "error_field_title"), child(e, "error_description")));
            }
        }
        String cert = child(root, "trang_thai_phe_duyet");
        return new TransactionResponse(child(root, "MessageId"), child(root, "Error"), child(root, "ErrorDescription"),
                child(root, "ResponseCode"), child(root, "ResponseDescription"), records,
                cert.isEmpty() ? Optional.empty() : Optional.of(ApprovalStatus.ofCode(Integer.parseInt(cert))));
    }

    private static void add(Element parent, String name, String value) {
        Element e = parent.getOwnerDocument().createElement(name);
        e.setTextContent(value);
        parent.appendChild(e);
    }

    /** The vendor's side of the wire, for the tests: a plain HTTP POST of the signed envelope. */
    static SubmissionTransport transport(URI uri) {
        return (kind, signed) -> {
            try {
                java.net.HttpURLConnection c = (java.net.HttpURLConnection) uri.toURL().openConnection();
                c.setRequestMethod("POST");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/xml; charset=utf-8");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(signed);
                }
                try (InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
                    return read(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }
}
