package vn.schoolrecords.core.transcript.digital.submission;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.core.transcript.digital.internal.SecureXml;

/**
 * Writes and reads a {@link TransactionEnvelope} as XML (schema resource {@value #SCHEMA_RESOURCE}):
 * root {@value #ROOT}, the signed data region {@value #DATA} with its {@value #ID_ATTRIBUTE}
 * ({@link TransactionEnvelope#dataId()}), then the signing area {@value #SIGNING_AREA} for the
 * school's {@code ds:Signature}. Reading is secure (no DOCTYPE, no entities) and validated.
 */
public final class TransactionEnvelopeXml {

    /** The root element. */
    public static final String ROOT = "GIAO_DICH";
    /** The signed data region. */
    public static final String DATA = "DU_LIEU_GIAO_DICH";
    /** The signing area, a sibling of the data region. */
    public static final String SIGNING_AREA = DigitalTranscriptXml.SIGNING_AREA;
    /** The attribute naming the data region. */
    public static final String ID_ATTRIBUTE = DigitalTranscriptXml.ID_ATTRIBUTE;
    /** The envelope's XML Schema, a resource of this package. */
    public static final String SCHEMA_RESOURCE = "giao-dich-1.0.xsd";

    private static Schema schema;

    private TransactionEnvelopeXml() {
    }

    /**
     * Writes an envelope with an empty signing area.
     *
     * @param envelope the envelope, not null
     * @return UTF-8 XML, not null
     */
    public static byte[] write(TransactionEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + envelope.content().map(String::length).orElse(0));
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(ROOT);
            w.writeCharacters("\n  ");
            w.writeStartElement(DATA);
            w.writeAttribute(ID_ATTRIBUTE, envelope.dataId());
            TransactionHeader h = envelope.header();
            field(w, "token", h.token());
            field(w, "user_name", h.userName());
            field(w, "password", h.passwordHash());
            field(w, "ma_don_vi", h.unitCode());
            field(w, "nam_hoc", Integer.toString(h.schoolYear().startYear()));
            field(w, "messageid", envelope.messageId());
            field(w, "type", Integer.toString(envelope.kind().code()));
            field(w, "function", envelope.function());
            if (envelope.certificate().isPresent()) {
                CertificateRegistration c = envelope.certificate().get();
                field(w, "serial_number", c.serialNumber());
                field(w, "ngay_hieu_luc", c.validFrom().toString());
                field(w, "ma_kieu_chu_ky", c.signatureType());
                field(w, "nha_phat_hanh", c.issuer());
            }
            if (envelope.content().isPresent()) {
                field(w, "content", envelope.content().get());
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeStartElement(SIGNING_AREA);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the StAX writer failed", e);
        }
        return out.toByteArray();
    }

    private static void field(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /**
     * Parses and validates an envelope, signed or not.
     *
     * @param xml the UTF-8 XML, not null
     * @return the validated document, not null
     * @throws MalformedDocumentException if it is not well-formed, has a DOCTYPE or breaks the schema
     */
    public static Document parse(byte[] xml) {
        Document doc = SecureXml.parse(xml);
        SecureXml.validate(schema(), doc);
        return doc;
    }

    /**
     * Reads an envelope, signed or not; signatures are not checked here.
     *
     * @param xml the UTF-8 XML, not null
     * @return the envelope, not null
     * @throws MalformedDocumentException if it breaks the schema or its Id is not its message id's
     * @throws SubmissionException if its values do not fit its kind
     */
    public static TransactionEnvelope read(byte[] xml) {
        Document doc = parse(xml);
        Element data = (Element) doc.getDocumentElement().getElementsByTagName(DATA).item(0);
        String messageId = text(data, "messageid").orElseThrow();
        TransactionKind kind = TransactionKind.ofCode(Integer.parseInt(text(data, "type").orElseThrow()));
        TransactionHeader header = new TransactionHeader(text(data, "token").orElseThrow(),
                text(data, "user_name").orElseThrow(), text(data, "password").orElseThrow(),
                text(data, "ma_don_vi").orElseThrow(),
                SchoolYear.of(Integer.parseInt(text(data, "nam_hoc").orElseThrow())));
        Optional<CertificateRegistration> certificate = text(data, "serial_number").map(serial ->
                new CertificateRegistration(serial, LocalDate.parse(text(data, "ngay_hieu_luc").orElseThrow(
                        () -> missing("ngay_hieu_luc"))), text(data, "ma_kieu_chu_ky").orElseThrow(
                        () -> missing("ma_kieu_chu_ky")), text(data, "nha_phat_hanh").orElseThrow(
                        () -> missing("nha_phat_hanh"))));
        TransactionEnvelope envelope = new TransactionEnvelope(kind, header, messageId, text(data, "function").orElseThrow(),
                certificate, text(data, "content"));
        if (!envelope.dataId().equals(data.getAttribute(ID_ATTRIBUTE))) {
            throw new MalformedDocumentException(ROOT + "/" + DATA, -1, -1, LocalizedText.of(
                    "Id của " + DATA + " phải là " + envelope.dataId(), "the Id of " + DATA + " must be "
                            + envelope.dataId()), null);
        }
        return envelope;
    }

    private static MalformedDocumentException missing(String element) {
        return new MalformedDocumentException(ROOT + "/" + DATA + "/" + element, -1, -1, LocalizedText.of(
                "thiếu phần tử " + element + " của đăng ký chứng thư số",
                "element " + element + " of a certificate registration is missing"), null);
    }

    private static Optional<String> text(Element data, String name) {
        for (Node n = data.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name)) {
                return Optional.of(n.getTextContent());
            }
        }
        return Optional.empty();
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            schema = SecureXml.schema(TransactionEnvelopeXml.class.getResourceAsStream(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
        }
        return schema;
    }
}
