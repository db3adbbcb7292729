package vn.schoolrecords.core.transcript.digital.submission;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.events.XMLEvent;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.core.transcript.digital.internal.SecureXml;

/**
 * Builds the transactions of the submission package (CV 2088/BGDĐT-GDTH, Phụ lục 1, v1.0,
 * §II.2): batches of issued records in a {@value #BATCH_ROOT}, encoded with
 * {@link SubmissionContent}, no transaction larger than the limit (10 MB by default, §II.2.8),
 * split deterministically in the records' order; the recall list; the queries and the
 * certificate registration. The envelopes come back unsigned: {@link #sendAll} has them signed
 * by a {@link TransactionSigner} and carried by a {@link SubmissionTransport}.
 */
public final class SubmissionPackager {

    /** The root of a batch of records, and of a recall list. */
    public static final String BATCH_ROOT = "DANH_SACH_HOC_BA";
    /** The batch root's {@code id}, as in the model's example ({@code id="dataDanhSach"}). */
    public static final String BATCH_ID = "dataDanhSach";
    /**
     * The size limit of one transaction, in bytes: "10MB" (§II.2.8) read as 10 000 000 bytes, the
     * smaller of the decimal and binary readings, so a transaction fits either way.
     */
    public static final int MAX_TRANSACTION_BYTES = 10_000_000;
    /** Bytes kept free in each transaction for the school's signature (certificate chain included). */
    public static final int SIGNATURE_ALLOWANCE = 32 * 1024;

    private static final XMLEventFactory EVENTS = XMLEventFactory.newDefaultFactory();

    private SubmissionPackager() {
    }

    /**
     * The submit transactions of a list of issued records, within {@value #MAX_TRANSACTION_BYTES} bytes each.
     *
     * @param records the signed records' XML, in order, each accepted by {@link DigitalTranscriptXml#validate}, not null
     * @param header the sender, not null
     * @param messageIdPrefix the message ids are this, a dash and 1, 2, 3 … in order, not null
     * @return one envelope per batch, in order, not null
     * @throws MalformedDocumentException if a record is not a valid record
     * @throws SubmissionException {@link SubmissionException.Problem#RECORD_TOO_LARGE} if one record alone is too large
     */
    public static List<TransactionEnvelope> submit(List<byte[]> records, TransactionHeader header,
            String messageIdPrefix) {
        return submit(records, header, messageIdPrefix, MAX_TRANSACTION_BYTES);
    }

    /**
     * As {@link #submit(List, TransactionHeader, String)} with another size limit.
     *
     * @param records the signed records' XML, in order, not null
     * @param header the sender, not null
     * @param messageIdPrefix the prefix of the message ids, not null
     * @param maxTransactionBytes the largest envelope, signature allowance included, in bytes
     * @return one envelope per batch, in order, not null
     */
    public static List<TransactionEnvelope> submit(List<byte[]> records, TransactionHeader header,
            String messageIdPrefix, int maxTransactionBytes) {
        for (byte[] r : records) {
            // validated as it streams by: the package never builds a record's DOM
            DigitalTranscriptXml.validate(r);
        }
        return split(records, TransactionKind.SUBMIT, header, messageIdPrefix, maxTransactionBytes);
    }

    /**
     * The recall transactions of a list of records (§II.2.6): a {@value #BATCH_ROOT} of
     * {@code HOC_BA} entries naming each record (lookup code, learner, school, school year).
     *
     * @param records the records to recall, in order, not null
     * @param header the sender, not null
     * @param messageIdPrefix the prefix of the message ids, not null
     * @return one envelope per batch, in order, not null
     */
    public static List<TransactionEnvelope> recall(List<DigitalTranscript> records, TransactionHeader header,
            String messageIdPrefix) {
        Document doc = newDocument();
        List<byte[]> entries = new ArrayList<>();
        for (DigitalTranscript r : records) {
            Transcript t = r.transcript();
            Element e = doc.createElement("HOC_BA");
            add(doc, e, "MA_TRA_CUU_UUID", r.lookupCode().toString());
            add(doc, e, "HO_VA_TEN", t.student().fullName());
            add(doc, e, "GIOI_TINH", t.student().gender().vietnameseName());
            add(doc, e, "NGAY_SINH", t.student().dateOfBirth().toString());
            add(doc, e, "SO_CCCD", t.student().personalId().value());
            add(doc, e, "TEN_TRUONG", t.currentSchool().name());
            add(doc, e, "MA_TRUONG", t.currentSchool().code());
            if (!t.years().isEmpty()) {
                add(doc, e, "TEN_NAM_HOC", t.years().get(t.years().size() - 1).year().toString());
            }
            entries.add(serialize(e));
        }
        return split(entries, TransactionKind.RECALL, header, messageIdPrefix, MAX_TRANSACTION_BYTES);
    }

    /**
     * A query of an earlier transaction (kinds 2, 4, 6).
     *
     * @param kind {@link TransactionKind#QUERY_SUBMIT_RESULT}, {@link TransactionKind#QUERY_REGISTRATION}
     *     or {@link TransactionKind#QUERY_RECALL}, not null
     * @param header the sender, not null
     * @param queriedMessageId the message id of the transaction queried, not null
     * @return the envelope, not null
     * @throws SubmissionException if the kind is not a query
     */
    public static TransactionEnvelope query(TransactionKind kind, TransactionHeader header, String queriedMessageId) {
        return TransactionEnvelope.of(kind, header, queriedMessageId, Optional.empty(), Optional.empty());
    }

    /**
     * The registration of the school's certificate (kind 3).
     *
     * @param header the sender, not null
     * @param messageId the message id, not null
     * @param certificate the certificate's details, not null
     * @param contentXml the certificate information the portal asks for, as UTF-8 XML, not null
     * @return the envelope, not null
     */
    public static TransactionEnvelope registerCertificate(TransactionHeader header, String messageId,
            CertificateRegistration certificate, byte[] contentXml) {
        return TransactionEnvelope.of(TransactionKind.REGISTER_CERTIFICATE, header, messageId,
                Optional.of(certificate), Optional.of(SubmissionContent.encode(contentXml)));
    }

    /**
     * Signs and sends transactions in order.
     *
     * @param envelopes the envelopes, not null
     * @param signer signs each with the school's certificate, not null
     * @param transport carries each, not null
     * @return the answers, in order, not null
     */
    public static List<TransactionResponse> sendAll(List<TransactionEnvelope> envelopes, TransactionSigner signer,
            SubmissionTransport transport) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(transport, "transport");
        List<TransactionResponse> answers = new ArrayList<>();
        for (TransactionEnvelope e : envelopes) {
            byte[] signed = signer.sign(TransactionEnvelopeXml.write(e), e.dataId());
            answers.add(transport.send(e.kind(), signed));
        }
        return answers;
    }

    /**
     * Reads a decoded batch of records securely; each record is validated against its model's schema.
     *
     * @param batchXml the decoded content of a submit transaction, not null
     * @return each record's document, in order, not null
     * @throws MalformedDocumentException if the batch or a record breaks its schema
     */
    public static List<Document> readBatch(byte[] batchXml) {
        Document batch = SecureXml.parse(batchXml);
        Element root = batch.getDocumentElement();
        if (!BATCH_ROOT.equals(root.getNodeName())) {
            throw new MalformedDocumentException(root.getNodeName(), -1, -1, LocalizedText.of(
                    "phần tử gốc phải là " + BATCH_ROOT, "the root element must be " + BATCH_ROOT), null);
        }
        List<Document> records = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                Document one = newDocument();
                one.appendChild(one.importNode(n, true));
                // validated as a record of its own: the same schema as a single file
                records.add(DigitalTranscriptXml.parse(serialize(one.getDocumentElement())));
            }
        }
        return records;
    }

    /**
     * The batch XML of some records, as it is compressed into the content: each record's events
     * copied as they are (names, namespace declarations, attributes, text), so the canonical form
     * of a signed region, and so its signatures, are unchanged. Comments and processing
     * instructions are left out (not part of C14N without comments); a DTD cannot occur, the
     * secure reader refuses it.
     *
     * @param records the records' UTF-8 XML, in order, not null
     * @return UTF-8 XML, not null
     */
    static byte[] batchXml(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            XMLEventWriter w = XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out, "UTF-8");
            w.add(EVENTS.createStartDocument("UTF-8", "1.0"));
            w.add(EVENTS.createCharacters("\n"));
            w.add(EVENTS.createStartElement("", "", BATCH_ROOT));
            w.add(EVENTS.createAttribute("id", BATCH_ID));
            XMLInputFactory in = SecureXml.inputFactory();
            for (byte[] r : records) {
                w.add(EVENTS.createCharacters("\n"));
                XMLEventReader reader = in.createXMLEventReader(new ByteArrayInputStream(r));
                while (reader.hasNext()) {
                    XMLEvent e = reader.nextEvent();
                    switch (e.getEventType()) {
                        case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT,
                                XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                                XMLStreamConstants.SPACE -> {
                            w.add(e);
                        }
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new IllegalStateException("a validated record has no DTD");
                        default -> {
                            // document start and end, comments, processing instructions: not carried
                        }
                    }
                }
                reader.close();
            }
            w.add(EVENTS.createCharacters("\n"));
            w.add(EVENTS.createEndElement("", "", BATCH_ROOT));
            w.add(EVENTS.createEndDocument());
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the StAX copy failed", e);
        }
        return out.toByteArray();
    }

    private static List<TransactionEnvelope> split(List<byte[]> records, TransactionKind kind, TransactionHeader header,
            String prefix, int maxBytes) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(prefix, "messageIdPrefix");
        // Envelope bytes without content: write one with a one-character content and take it away.
        int overhead = TransactionEnvelopeXml.write(TransactionEnvelope.of(kind, header, prefix + "-0",
                Optional.empty(), Optional.of("A"))).length - 1 + SIGNATURE_ALLOWANCE + 16;
        List<List<byte[]>> groups = new ArrayList<>();
        List<byte[]> current = new ArrayList<>();
        long size = 0;
        for (byte[] r : records) {
            // Each record compressed alone: an upper estimate of its share of the batch (GZip
            // of the whole is never much larger); the built batch is checked exactly below.
            long estimate = base64Length(SubmissionContent.compress(r).length);
            if (overhead + estimate > maxBytes) {
                throw SubmissionException.of(SubmissionException.Problem.RECORD_TOO_LARGE,
                        "một học bạ số không vừa trong một giao dịch " + maxBytes + " byte",
                        "one record does not fit in a transaction of " + maxBytes + " bytes");
            }
            if (!current.isEmpty() && overhead + size + estimate > maxBytes) {
                groups.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(r);
            size += estimate;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<String> contents = new ArrayList<>();
        for (List<byte[]> g : groups) {
            encodeWithin(g, overhead, maxBytes, contents);
        }
        List<TransactionEnvelope> envelopes = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            envelopes.add(TransactionEnvelope.of(kind, header, prefix + "-" + (i + 1), Optional.empty(),
                    Optional.of(contents.get(i))));
        }
        return envelopes;
    }

    /** Encodes a group; a group whose real size is over the limit is halved, in order, until it fits. */
    private static void encodeWithin(List<byte[]> group, int overhead, int maxBytes, List<String> out) {
        String content = SubmissionContent.encode(batchXml(group));
        if (overhead + (long) content.length() <= maxBytes || group.size() == 1) {
            if (overhead + (long) content.length() > maxBytes) {
                throw SubmissionException.of(SubmissionException.Problem.RECORD_TOO_LARGE,
                        "một học bạ số không vừa trong một giao dịch " + maxBytes + " byte",
                        "one record does not fit in a transaction of " + maxBytes + " bytes");
            }
            out.add(content);
            return;
        }
        int half = group.size() / 2;
        encodeWithin(group.subList(0, half), overhead, maxBytes, out);
        encodeWithin(group.subList(half, group.size()), overhead, maxBytes, out);
    }

    private static long base64Length(int bytes) {
        return 4L * ((bytes + 2) / 3);
    }

    private static byte[] serialize(Element e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            copy(e, w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException x) {
            throw new IllegalStateException("the StAX writer failed", x);
        }
        return out.toByteArray();
    }

    /**
     * Writes an element as it is: names, namespace declarations, attributes and text, so that
     * the canonical form of a signed region, and so its signatures, are unchanged. Comments and
     * processing instructions are left out (not part of the exclusive or inclusive C14N without comments).
     */
    private static void copy(Element e, XMLStreamWriter w) throws XMLStreamException {
        String prefix = e.getPrefix();
        String ns = e.getNamespaceURI();
        if (ns == null) {
            w.writeStartElement(e.getLocalName() != null ? e.getLocalName() : e.getNodeName());
        } else {
            w.writeStartElement(prefix == null ? "" : prefix, e.getLocalName(), ns);
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                if (a.getPrefix() == null) {
                    w.writeDefaultNamespace(a.getValue());
                } else {
                    w.writeNamespace(a.getLocalName(), a.getValue());
                }
            }
        }
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            if (a.getNamespaceURI() == null) {
                w.writeAttribute(a.getLocalName() != null ? a.getLocalName() : a.getName(), a.getValue());
            } else {
                w.writeAttribute(a.getPrefix() == null ? "" : a.getPrefix(), a.getNamespaceURI(), a.getLocalName(),
                        a.getValue());
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> copy((Element) n, w);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> w.writeCharacters(n.getNodeValue());
                default -> {
                    // comments and processing instructions are not carried
                }
            }
        }
        w.writeEndElement();
    }

    private static Document newDocument() {
        try {
            return SecureXml.builderFactory().newDocumentBuilder().newDocument();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Document doc, Element parent, String name, String value) {
        Element e = doc.createElement(name);
        e.setTextContent(value);
        parent.appendChild(e);
    }
}
