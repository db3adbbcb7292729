package vn.schoolrecords.core.transcript.digital;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.digital.internal.ElementSpec;
import vn.schoolrecords.core.transcript.digital.internal.Mapping;
import vn.schoolrecords.core.transcript.digital.internal.ScalarType;
import vn.schoolrecords.core.transcript.digital.internal.SecureXml;
import vn.schoolrecords.core.transcript.digital.internal.TranscriptGroups;
import vn.schoolrecords.core.transcript.digital.internal.XmlCodec;

/**
 * Writes and reads the digital transcript (học bạ số) XML of the Ministry's technical model:
 * root {@value #ROOT} with the data region {@value #DATA} (carrying the {@value #ID_ATTRIBUTE}
 * that signatures reference) and the separate signing area {@value #SIGNING_AREA}, which holds
 * one element per signing role ({@link #signingPlace}: {@code GVBM}, {@code GVCN}, {@code CBQL},
 * {@code KY_PHAT_HANH}); the signing module puts each {@code ds:Signature} in its role's element,
 * school year after school year. An unsigned record has the required ones, empty.
 *
 * <p>UTF-8; a null value is an absent element; decimals with a point and at most four places;
 * date-times {@code YYYY-MM-DDThh:mm:ss+07:00}. Element names come from the model version's
 * mapping resource, and every document read is validated against the version's XML Schema
 * ({@link ModelVersion#schemaResource()}) with secure processing: a DOCTYPE, an entity, an
 * element outside the schema or a value of the wrong form is refused with a
 * {@link MalformedDocumentException} naming the element.
 *
 * <p>Stateless and thread-safe.
 */
public final class DigitalTranscriptXml {

    /** The root element of a record. */
    public static final String ROOT = "HOC_BA";
    /** The data region that the signatures cover. */
    public static final String DATA = "DU_LIEU_HOC_BA";
    /** The signing area: a sibling of the data region, holding one element per signing role. */
    public static final String SIGNING_AREA = "DANH_SACH_THONG_TIN_KY";
    /** The attribute naming the data region (and each year's page) for {@code Reference/@URI}. */
    public static final String ID_ATTRIBUTE = XmlCodec.ID_ATTRIBUTE;
    /** The element of one school year's page inside the data region; it carries an {@value #ID_ATTRIBUTE} too. */
    public static final String YEAR = "HOC_BA_NAM_HOC";
    /**
     * The general information (thông tin chung) inside the data region; it carries an
     * {@value #ID_ATTRIBUTE} so that each year's signatures cover it beside that year's page.
     */
    public static final String GENERAL = "THONG_TIN_CHUNG";
    /**
     * A transfer (chuyển trường) inside the learning history; it carries an {@value #ID_ATTRIBUTE}
     * ({@link #transferId}) so that the signatures of the school year its date falls in cover it.
     */
    public static final String TRANSFER = "CHUYEN_TRUONG";
    /** The date of a transfer, inside {@value #TRANSFER}. */
    public static final String TRANSFER_DATE = "NGAY_CHUYEN";
    /** The summary (tổng kết) inside the data region: closing and reissued copies; it has no Id. */
    public static final String SUMMARY = "TONG_KET";
    /** The learning history inside the data region, parent of the year pages ({@value #YEAR}). */
    public static final String HISTORY = "QUA_TRINH_HOC_TAP";
    /** The namespace of XML signatures (XMLDSig), the only namespace allowed in the signing area. */
    public static final String XMLDSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

    private static final Map<ModelVersion, Model> MODELS = new EnumMap<>(ModelVersion.class);
    private static final java.time.format.DateTimeFormatter DATE_TIME = ScalarType.DATE_TIME;

    private DigitalTranscriptXml() {
    }

    /**
     * Writes a record, with an empty signing area.
     *
     * @param record the record, not null
     * @return the UTF-8 XML, not null
     */
    public static byte[] write(DigitalTranscript record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(record, out);
        return out.toByteArray();
    }

    /**
     * Writes a record, with an empty signing area, to a stream that is not closed.
     *
     * @param record the record, not null
     * @param out the stream, not null; not closed
     */
    public static void write(DigitalTranscript record, OutputStream out) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(out, "out");
        Model model = model(record.version());
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            XmlCodec.write(model.mapping.root(), TranscriptGroups.toGroup(record), w, 0);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the StAX writer failed", e);
        }
    }

    /**
     * Reads a record, signed or not: parsed securely, validated against the schema of the version
     * it names, and converted back. Signatures are not checked here (that is the signing module's
     * verifier); the signing area may hold only XMLDSig elements.
     *
     * @param xml the UTF-8 XML, not null
     * @return the record, not null
     * @throws MalformedDocumentException if the XML is not well-formed, has a DOCTYPE, breaks
     *     the schema, or its data Id is not the one its lookup code gives
     * @throws vn.schoolrecords.core.RecordsException (a subclass) if the values break a rule of
     *     the transcript
     */
    public static DigitalTranscript read(byte[] xml) {
        return fromDocument(parse(xml));
    }

    /**
     * Parses a record securely and validates it against its version's schema, for callers that
     * need the DOM (the signing module signs and verifies on it).
     *
     * @param xml the UTF-8 XML, not null
     * @return the validated document, not null
     * @throws MalformedDocumentException as for {@link #read}
     */
    public static Document parse(byte[] xml) {
        Document doc = SecureXml.parse(xml);
        SecureXml.validate(model(versionOf(doc)).schema, doc);
        return doc;
    }

    /**
     * Checks a record, signed or not, as it streams by, without building its DOM: secure
     * processing and the schema of a model version, as {@link #parse} does. For callers that
     * pass the bytes on (the submission package).
     *
     * @param xml the UTF-8 XML, not null
     * @throws MalformedDocumentException naming the element, if no model version's schema accepts it
     */
    public static void validate(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        MalformedDocumentException first = null;
        for (ModelVersion v : ModelVersion.values()) {
            try {
                SecureXml.validateStream(model(v).schema, xml);
                return;
            } catch (MalformedDocumentException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /**
     * Converts a document that {@link #parse} returned.
     *
     * @param document the validated document, not null
     * @return the record, not null
     * @throws MalformedDocumentException if a value cannot be read or the data Id does not match
     */
    public static DigitalTranscript fromDocument(Document document) {
        Objects.requireNonNull(document, "document");
        Model model = model(versionOf(document));
        Element root = document.getDocumentElement();
        DigitalTranscript record = TranscriptGroups.fromGroup(XmlCodec.read(model.mapping.root(), root));
        Element data = (Element) root.getElementsByTagName(DATA).item(0);
        String expected = dataId(record.lookupCode());
        if (!expected.equals(data.getAttribute(ID_ATTRIBUTE))) {
            throw new MalformedDocumentException(ROOT + "/" + DATA, -1, -1, LocalizedText.of(
                    "Id của " + DATA + " phải là " + expected, "the Id of " + DATA + " must be " + expected), null);
        }
        // The other Ids are derived too: a signature names its year by the year page's Id, so an Id
        // that does not match the page's year would let a signature seem to cover another year.
        requireId((Element) data.getElementsByTagName(GENERAL).item(0), TranscriptGroups.generalId(expected));
        var pages = data.getElementsByTagName(YEAR);
        var years = record.transcript().years();
        for (int i = 0; i < pages.getLength(); i++) {
            requireId((Element) pages.item(i), yearId(record.lookupCode(), years.get(i).year()));
        }
        var transfers = data.getElementsByTagName(TRANSFER);
        List<String> transferIds = TranscriptGroups.transferIds(expected,
                record.transcript().transfers().stream().map(vn.schoolrecords.core.transcript.Transfer::date).toList());
        for (int i = 0; i < transfers.getLength(); i++) {
            requireId((Element) transfers.item(i), transferIds.get(i));
        }
        return record;
    }

    /**
     * The Id of a record's data region, what each signature's {@code Reference/@URI} names
     * ({@code "#" + dataId}).
     *
     * @param lookupCode the record's lookup code, not null
     * @return the Id, an XML NCName, not null
     */
    public static String dataId(UUID lookupCode) {
        return TranscriptGroups.dataId(Objects.requireNonNull(lookupCode, "lookupCode"));
    }

    private static void requireId(Element element, String expected) {
        if (!expected.equals(element.getAttribute(ID_ATTRIBUTE))) {
            throw new MalformedDocumentException(ROOT + "/" + DATA + "//" + element.getTagName(), -1, -1,
                    LocalizedText.of("Id của " + element.getTagName() + " phải là " + expected,
                            "the Id of " + element.getTagName() + " must be " + expected), null);
        }
    }

    /**
     * The Id of the general information ({@value #GENERAL}) of the record whose data region has
     * the Id given: every year's signatures cover it.
     *
     * @param dataId the data region's Id, as {@link #dataId(UUID)} gives it, not null
     * @return the Id, not null
     */
    public static String generalId(String dataId) {
        return TranscriptGroups.generalId(Objects.requireNonNull(dataId, "dataId"));
    }

    /**
     * The Id of one school year's page ({@value #YEAR}) of the record whose data region has the
     * Id given; the same as {@link #yearId(UUID, SchoolYear)} for its lookup code.
     *
     * @param dataId the data region's Id, not null
     * @param year the school year, not null
     * @return the Id, not null
     */
    public static String yearId(String dataId, SchoolYear year) {
        return TranscriptGroups.yearId(Objects.requireNonNull(dataId, "dataId"), Objects.requireNonNull(year, "year"));
    }

    /**
     * The Id of one school year's page ({@value #YEAR}) inside the data region, for signatures
     * that cover one year only.
     *
     * @param lookupCode the record's lookup code, not null
     * @param year the school year, not null
     * @return the Id, not null
     */
    public static String yearId(UUID lookupCode, SchoolYear year) {
        return TranscriptGroups.yearId(Objects.requireNonNull(lookupCode, "lookupCode"),
                Objects.requireNonNull(year, "year"));
    }

    /**
     * The Id of a transfer ({@value #TRANSFER}): {@code <data Id>_CT_<YYYYMMDD>_<n>}, where n is
     * its 1-based position among the record's transfers of that date.
     *
     * @param dataId the Id of the record's data region, not null
     * @param date the transfer's date, not null
     * @param sameDay its 1-based position among the transfers of that date, ≥ 1
     * @return the Id, not null
     */
    public static String transferId(String dataId, java.time.LocalDate date, int sameDay) {
        if (sameDay < 1) {
            throw new IllegalArgumentException("sameDay must be at least 1: " + sameDay);
        }
        return TranscriptGroups.transferId(Objects.requireNonNull(dataId, "dataId"), Objects.requireNonNull(date, "date"),
                sameDay);
    }

    /**
     * The element of the signing area that holds a role's signatures in a model version: in v1.0
     * {@code GVCN} (homeroom teacher), {@code CBQL} (head of school or the person delegated),
     * {@code KY_PHAT_HANH} (the school's organisation signature, which issues), and {@code GVBM}
     * for subject teachers, which v1.0 lacks and which is named in its style. The elements follow
     * each other in the order of {@link vn.schoolrecords.core.transcript.SigningRole}.
     *
     * @param version the model version, not null
     * @param role the signing role, not null
     * @return the element name, not null
     */
    public static String signingPlace(ModelVersion version, vn.schoolrecords.core.transcript.SigningRole role) {
        Objects.requireNonNull(role, "role");
        return model(Objects.requireNonNull(version, "version")).mapping.root().children().stream()
                .filter(c -> c.kind() == ElementSpec.Kind.SIGNING_AREA).findFirst().orElseThrow().child(role.name())
                .element();
    }

    /**
     * Whether a role's element must be present in the signing area of a model version (in v1.0
     * {@code CBQL} and {@code KY_PHAT_HANH} are; {@code GVCN} and {@code GVBM} are not).
     *
     * @param version the model version, not null
     * @param role the signing role, not null
     * @return true if the schema requires the element
     */
    public static boolean signingPlaceRequired(ModelVersion version, vn.schoolrecords.core.transcript.SigningRole role) {
        Objects.requireNonNull(role, "role");
        return model(Objects.requireNonNull(version, "version")).mapping.root().children().stream()
                .filter(c -> c.kind() == ElementSpec.Kind.SIGNING_AREA).findFirst().orElseThrow().child(role.name())
                .occurs() == ElementSpec.Occurs.ONE;
    }

    /**
     * The model version a parsed record names in {@code PHIEN_BAN}.
     *
     * @param document a record's document, not null
     * @return its version, not null
     * @throws MalformedDocumentException if the root is not {@value #ROOT} or the version is unknown
     */
    public static ModelVersion version(Document document) {
        return versionOf(Objects.requireNonNull(document, "document"));
    }

    /**
     * A date-time in the model's form, {@code YYYY-MM-DDThh:mm:ss+07:00} (CV 2088 Phụ lục 1
     * §II.1.3): Vietnam's offset, whole seconds. The signing module writes {@code SigningTime} with it.
     *
     * @param instant the instant, not null
     * @return the text, e.g. {@code 2026-06-20T10:15:30+07:00}, not null
     */
    public static String formatDateTime(java.time.Instant instant) {
        return DATE_TIME.format(instant.atOffset(DigitalTranscript.VIETNAM).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /**
     * Reads a date-time in the model's form (any offset, whole seconds).
     *
     * @param text e.g. {@code 2026-06-20T10:15:30+07:00}, not null
     * @return the instant, not null
     * @throws java.time.format.DateTimeParseException if it is not of that form
     */
    public static java.time.Instant parseDateTime(String text) {
        return java.time.OffsetDateTime.parse(text, DATE_TIME).toInstant();
    }

    /**
     * The XML Schema of a model version, loaded securely.
     *
     * @param version the version, not null
     * @return the schema, not null
     */
    public static Schema schema(ModelVersion version) {
        return model(version).schema;
    }

    private static ModelVersion versionOf(Document doc) {
        Element root = doc.getDocumentElement();
        if (!ROOT.equals(root.getNodeName()) || root.getNamespaceURI() != null) {
            throw new MalformedDocumentException(root.getNodeName(), -1, -1, LocalizedText.of(
                    "phần tử gốc phải là " + ROOT + ", không phải " + root.getNodeName(),
                    "the root element must be " + ROOT + ", not " + root.getNodeName()), null);
        }
        var versions = root.getElementsByTagName("PHIEN_BAN");
        String label = versions.getLength() == 0 ? "" : versions.item(0).getTextContent();
        for (ModelVersion v : ModelVersion.values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new MalformedDocumentException(ROOT, -1, -1, LocalizedText.of(
                "phiên bản mô hình học bạ số không được hỗ trợ: '" + label + "'",
                "unsupported digital transcript model version: '" + label + "'"), null);
    }

    private static Model model(ModelVersion version) {
        synchronized (MODELS) {
            return MODELS.computeIfAbsent(version, Model::load);
        }
    }

    /** A version's mapping and schema, loaded once. */
    private static final class Model {
        final Mapping mapping;
        final Schema schema;

        private Model(Mapping mapping, Schema schema) {
            this.mapping = mapping;
            this.schema = schema;
        }

        static Model load(ModelVersion version) {
            try (InputStream in = DigitalTranscriptXml.class.getResourceAsStream(version.mappingResource())) {
                Mapping mapping = Mapping.read(Objects.requireNonNull(in, version.mappingResource()));
                return new Model(mapping, SecureXml.schema(
                        DigitalTranscriptXml.class.getResourceAsStream(version.schemaResource()),
                        version.schemaResource()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
