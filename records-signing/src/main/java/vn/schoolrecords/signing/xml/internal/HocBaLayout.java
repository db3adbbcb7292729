package vn.schoolrecords.signing.xml.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.core.transcript.digital.ModelVersion;
import vn.schoolrecords.core.transcript.digital.submission.TransactionEnvelopeXml;
import vn.schoolrecords.signing.xml.XmlRecordException;
import vn.schoolrecords.signing.xml.XmlRecordException.Reason;

/**
 * Where things are in a học bạ số (CV 2088/BGDĐT-GDTH Phụ lục 1, v1.0): the root {@code HOC_BA},
 * the data region {@code DU_LIEU_HOC_BA} with its {@code Id}, and the signing area
 * {@code DANH_SACH_THONG_TIN_KY}, whose element for each role ({@code GVBM}, {@code GVCN},
 * {@code CBQL}, {@code KY_PHAT_HANH}: core's mapping) holds that role's {@code ds:Signature}
 * elements, year after year; a transaction's signing area holds its signature directly. Everything is
 * reached by path from the root, never by an Id lookup over the whole document, so that a second
 * element carrying the same Id cannot stand in for the one a program reads (XML Signature
 * Wrapping).
 */
public final class HocBaLayout {

    /** The root element. */
    public static final String ROOT = DigitalTranscriptXml.ROOT;
    /** The data region that signatures cover. */
    public static final String DATA = DigitalTranscriptXml.DATA;
    /** The signing area, beside the data region ("vùng ký nằm ở 1 node riêng"). */
    public static final String SIGNING_AREA = DigitalTranscriptXml.SIGNING_AREA;
    /** The Id attribute, unqualified. */
    public static final String ID = DigitalTranscriptXml.ID_ATTRIBUTE;
    /** The XML Signature namespace. */
    public static final String DS = DigitalTranscriptXml.XMLDSIG_NAMESPACE;

    /** The signed property elements inside {@code SignatureProperty}, unqualified. */
    public static final String SIGNING_TIME = "SigningTime";
    /** The role code element: {@code GVBM}, {@code GVCN}, {@code CBQL}, {@code KY_PHAT_HANH}. */
    public static final String ROLE = "VAI_TRO_KY";
    /** The signer's staff id, or the school's code for the organisation signature. */
    public static final String SIGNER_ID = "MA_NGUOI_KY";
    /** A subject teacher's subject code. */
    public static final String SUBJECT = "MA_MON_HOC";
    /**
     * The school year ({@code YYYY-YYYY}) a record's signature belongs to (TT 70/2026 Điều 9 khoản 4:
     * signed year by year); absent in a transaction's signature.
     */
    public static final String YEAR = "NAM_HOC";
    /** The signing date (ngày ký, v1.0's per-signer {@code NGAY_KY}): SigningTime's date in Vietnam. */
    public static final String SIGNING_DATE = "NGAY_KY";
    /** The signer's 12-digit personal identifier (v1.0's per-signer {@code SO_CCCD}), when given. */
    public static final String SIGNER_PERSONAL_ID = "SO_CCCD";

    /**
     * The role codes: the v1.0 model's element names for the homeroom teacher ({@code GVCN}), the
     * school's management ({@code CBQL}) and the issuing organisation signature
     * ({@code KY_PHAT_HANH}); {@code GVBM} (giáo viên bộ môn) for subject teachers, which v1.0
     * lacks. Fixed to v1.0's names, read from core's mapping, so that what a signed role code means
     * does not change with a later model version.
     */
    private static final Map<SigningRole, String> ROLE_CODES = java.util.Arrays.stream(SigningRole.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r,
                    r -> DigitalTranscriptXml.signingPlace(ModelVersion.V1_0, r)));


    private HocBaLayout() {
    }

    /** The documents signed this way: a record, and a submission transaction envelope. */
    public enum Shape {
        /** A học bạ số: {@code HOC_BA} / {@code DU_LIEU_HOC_BA}. */
        RECORD(DigitalTranscriptXml.ROOT, DigitalTranscriptXml.DATA),
        /** A submission transaction (CV 2088 Phụ lục 02): {@code GIAO_DICH} / {@code DU_LIEU_GIAO_DICH}. */
        TRANSACTION(TransactionEnvelopeXml.ROOT, TransactionEnvelopeXml.DATA);

        private final String root;
        private final String data;

        Shape(String root, String data) {
            this.root = root;
            this.data = data;
        }

        /** @return the root element's name */
        public String root() {
            return root;
        }

        /** @return the data region's name */
        public String data() {
            return data;
        }

        /** Parses with core's secure, schema-validating reader of this kind of document. */
        public Document parse(byte[] xml) {
            return this == RECORD ? DigitalTranscriptXml.parse(xml) : TransactionEnvelopeXml.parse(xml);
        }
    }

    /** The located parts of a record or transaction. */
    public record Record(Document document, Element data, String dataId, Element signingArea, Shape shape) {
    }

    /**
     * A signature as found in the signing area, read by path, not yet verified; {@code placedAs}
     * is the role of the element it lies in (empty in a transaction), which must be its signed role.
     */
    public record FoundSignature(Element element, String id, Element signedInfo, Element property, String propertyId,
            Instant signingTime, SigningRole role, Optional<String> subjectCode, String signerId,
            Optional<SchoolYear> year, Optional<PersonalIdentifier> signerPersonalId, Optional<SigningRole> placedAs,
            List<X509Certificate> certificates) {
    }

    /** An element a signature covers, reached by path, with its Id. */
    public record Target(String id, Element element) {
    }

    /**
     * What a signature of the given year covers, each element reached by path and its Id carried
     * by it alone: for a record, the general information and that year's page (so appending the
     * next year leaves the signatures of this one valid); for a transaction, its data region.
     *
     * @throws XmlRecordException {@code XML_DATA_REGION_AMBIGUOUS} if an element is missing,
     *     repeated, or its Id is not the one derived from the data region's, or is carried elsewhere
     */
    public static List<Target> targets(Record record, Shape shape, Optional<SchoolYear> year) {
        if (shape == Shape.TRANSACTION) {
            return List.of(new Target(record.dataId(), record.data()));
        }
        if (year.isEmpty()) {
            throw malformed("chữ ký học bạ thiếu " + YEAR, "a record's signature lacks " + YEAR);
        }
        Element general = unique(children(record.data(), null, DigitalTranscriptXml.GENERAL),
                record.dataId() + "/" + DigitalTranscriptXml.GENERAL);
        Element history = unique(children(record.data(), null, DigitalTranscriptXml.HISTORY),
                record.dataId() + "/" + DigitalTranscriptXml.HISTORY);
        String yearId = DigitalTranscriptXml.yearId(record.dataId(), year.get());
        List<Element> pages = children(history, null, DigitalTranscriptXml.YEAR).stream()
                .filter(e -> yearId.equals(e.getAttributeNS(null, ID))).toList();
        if (pages.isEmpty()) {
            throw ambiguous("học bạ không có trang năm học " + year.get() + " (Id \"" + yearId + "\")",
                    "the record has no page for the school year " + year.get() + " (Id \"" + yearId + "\")");
        }
        Element page = unique(pages, yearId);
        return List.of(target(record, general, DigitalTranscriptXml.generalId(record.dataId())),
                target(record, page, yearId));
    }

    /**
     * The transfers ({@code CHUYEN_TRUONG}) whose date ({@code NGAY_CHUYEN}) falls in a school
     * year, reached by path, each with the Id derived from the data region's and carried by it
     * alone: the signatures of that year cover them (the receiving school signs that year).
     *
     * @throws XmlRecordException {@code XML_DATA_REGION_AMBIGUOUS} if a transfer's Id is not the
     *     derived one or is carried elsewhere
     */
    public static List<Target> transfers(Record record, SchoolYear year) {
        List<Target> list = new ArrayList<>();
        List<Element> all = allTransfers(record);
        List<java.time.LocalDate> dates = all.stream().map(HocBaLayout::transferDate).toList();
        for (int i = 0; i < all.size(); i++) {
            java.time.LocalDate d = dates.get(i);
            if (year.contains(d)) {
                int sameDay = (int) dates.subList(0, i + 1).stream().filter(d::equals).count();
                list.add(target(record, all.get(i), DigitalTranscriptXml.transferId(record.dataId(), d, sameDay)));
            }
        }
        return list;
    }

    private static List<Element> allTransfers(Record record) {
        List<Element> list = new ArrayList<>();
        for (Element history : children(record.data(), null, DigitalTranscriptXml.HISTORY)) {
            list.addAll(children(history, null, DigitalTranscriptXml.TRANSFER));
        }
        return list;
    }

    /** A transfer's date; one the schema let through but that is no date makes the data ambiguous. */
    private static java.time.LocalDate transferDate(Element transfer) {
        String text = children(transfer, null, DigitalTranscriptXml.TRANSFER_DATE).stream().findFirst()
                .map(e -> e.getTextContent().trim()).orElse("");
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ambiguous("ngày chuyển trường \"" + text + "\" không đọc được", "the transfer date \"" + text
                    + "\" cannot be read");
        }
    }

    /** A page's school year, if it is one (the schema checks only the form {@code YYYY-YYYY}). */
    private static Optional<SchoolYear> schoolYear(Element year) {
        try {
            return Optional.of(SchoolYear.parse(year.getTextContent().trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A data region a program may read: its element, its Id if it has one, its school year if it has one. */
    public record Region(String element, Optional<String> id, Optional<SchoolYear> year) {
    }

    /**
     * The data regions of a record, in document order: the general information, each year's page,
     * each transfer (with the year its date falls in) and the summary {@code TONG_KET}, which has
     * no Id and so no signature covers it.
     */
    public static List<Region> regions(Record record) {
        List<Region> list = new ArrayList<>();
        for (Element general : children(record.data(), null, DigitalTranscriptXml.GENERAL)) {
            list.add(new Region(DigitalTranscriptXml.GENERAL, Optional.of(general.getAttributeNS(null, ID)),
                    Optional.empty()));
        }
        for (Element history : children(record.data(), null, DigitalTranscriptXml.HISTORY)) {
            for (Element page : children(history, null, DigitalTranscriptXml.YEAR)) {
                Optional<SchoolYear> y = children(page, null, YEAR).stream().findFirst().flatMap(HocBaLayout::schoolYear);
                list.add(new Region(DigitalTranscriptXml.YEAR, Optional.of(page.getAttributeNS(null, ID)), y));
            }
            for (Element transfer : children(history, null, DigitalTranscriptXml.TRANSFER)) {
                Optional<SchoolYear> y;
                try {
                    y = Optional.of(SchoolYear.containing(transferDate(transfer)));
                } catch (XmlRecordException e) {
                    y = Optional.empty();
                }
                list.add(new Region(DigitalTranscriptXml.TRANSFER, Optional.of(transfer.getAttributeNS(null, ID)), y));
            }
        }
        for (Element summary : children(record.data(), null, DigitalTranscriptXml.SUMMARY)) {
            list.add(new Region(DigitalTranscriptXml.SUMMARY, Optional.ofNullable(
                    summary.hasAttributeNS(null, ID) ? summary.getAttributeNS(null, ID) : null), Optional.empty()));
        }
        return list;
    }

    private static Target target(Record record, Element element, String expectedId) {
        String id = element.getAttributeNS(null, ID);
        if (!expectedId.equals(id)) {
            throw ambiguous(element.getTagName() + " có Id \"" + id + "\", phải là \"" + expectedId + "\"",
                    element.getTagName() + " has the Id \"" + id + "\", it must be \"" + expectedId + "\"");
        }
        int carriers = countIdCarriers(record.document().getDocumentElement(), id);
        if (carriers != 1) {
            throw ambiguous("Id \"" + id + "\" xuất hiện ở " + carriers + " phần tử; chỉ được ở " + element.getTagName(),
                    "the Id \"" + id + "\" is carried by " + carriers + " elements; only " + element.getTagName()
                            + " may carry it");
        }
        return new Target(id, element);
    }

    private static Element unique(List<Element> found, String what) {
        if (found.size() != 1) {
            throw ambiguous("có " + found.size() + " phần tử " + what + "; phải có đúng một",
                    "found " + found.size() + " elements " + what + "; exactly one is required");
        }
        return found.get(0);
    }

    /**
     * The school years of a record's pages, read by path ({@code DU_LIEU_HOC_BA/QUA_TRINH_HOC_TAP/
     * HOC_BA_NAM_HOC/NAM_HOC}), in page order. The schema checks the form only: a year that is
     * not a school year (e.g. {@code 0025-2026}) is left out, its page's signatures fail on their own.
     */
    public static List<SchoolYear> yearPages(Record record) {
        List<SchoolYear> years = new ArrayList<>();
        for (Element history : children(record.data(), null, DigitalTranscriptXml.HISTORY)) {
            for (Element page : children(history, null, DigitalTranscriptXml.YEAR)) {
                children(page, null, YEAR).forEach(y -> schoolYear(y).ifPresent(years::add));
            }
        }
        return years;
    }

    /** The role's code. */
    public static String roleCode(SigningRole role) {
        return ROLE_CODES.get(role);
    }

    /** A date-time as the model writes it, in Vietnam time, to the second: core's form. */
    public static String formatTime(Instant instant) {
        return DigitalTranscriptXml.formatDateTime(instant);
    }

    /**
     * Locates the data region and the signing area by path and checks that the data region, and
     * its Id, are each present exactly once in the whole document.
     */
    public static Record locate(Document document) {
        return locate(document, Shape.RECORD);
    }

    /** {@link #locate(Document)} for a document of the given shape. */
    public static Record locate(Document document, Shape shape) {
        String rootName = shape.root();
        String dataName = shape.data();
        Element root = document.getDocumentElement();
        if (root == null || root.getNamespaceURI() != null || !rootName.equals(root.getLocalName())) {
            throw structure("gốc của tài liệu phải là " + rootName, "the document's root must be " + rootName);
        }
        Element data = null;
        Element area = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element e = (Element) n;
            if (e.getNamespaceURI() == null && dataName.equals(e.getLocalName()) && data == null) {
                data = e;
            } else if (e.getNamespaceURI() == null && SIGNING_AREA.equals(e.getLocalName()) && area == null) {
                area = e;
            } else {
                throw structure(rootName + " chỉ gồm một " + dataName + " và một " + SIGNING_AREA + ", gặp " + e.getTagName(),
                        rootName + " holds one " + dataName + " and one " + SIGNING_AREA + ", found " + e.getTagName());
            }
        }
        if (data == null || area == null) {
            throw structure(rootName + " thiếu " + (data == null ? dataName : SIGNING_AREA),
                    rootName + " lacks " + (data == null ? dataName : SIGNING_AREA));
        }
        int regions = document.getElementsByTagNameNS("*", dataName).getLength();
        if (regions != 1) {
            throw ambiguous("tài liệu có " + regions + " phần tử " + dataName + "; chỉ được có một",
                    "the document has " + regions + " " + dataName + " elements; exactly one is allowed");
        }
        String dataId = data.getAttributeNS(null, ID);
        if (dataId.isBlank()) {
            throw ambiguous(dataName + " thiếu thuộc tính Id", dataName + " lacks its Id attribute");
        }
        int carriers = countIdCarriers(root, dataId);
        if (carriers != 1) {
            throw ambiguous("Id \"" + dataId + "\" xuất hiện ở " + carriers + " phần tử; chỉ được ở " + dataName,
                    "the Id \"" + dataId + "\" is carried by " + carriers + " elements; only " + dataName + " may carry it");
        }
        return new Record(document, data, dataId, area, shape);
    }

    /**
     * The element of a record's signing area for a role (core's mapping of the record's model
     * version), created empty where the schema wants it if the role has not signed yet.
     */
    public static Element place(Record record, SigningRole role) {
        ModelVersion version = DigitalTranscriptXml.version(record.document());
        String name = DigitalTranscriptXml.signingPlace(version, role);
        Element before = null;
        for (Node n = record.signingArea().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNamespaceURI() == null) {
                if (name.equals(e.getLocalName())) {
                    return e;
                }
                SigningRole other = roleOfPlace(version, e.getLocalName());
                if (before == null && other != null && other.ordinal() > role.ordinal()) {
                    before = e;
                }
            }
        }
        Element created = record.document().createElementNS(null, name);
        record.signingArea().insertBefore(created, before);
        return created;
    }

    private static SigningRole roleOfPlace(ModelVersion version, String element) {
        for (SigningRole r : SigningRole.values()) {
            if (DigitalTranscriptXml.signingPlace(version, r).equals(element)) {
                return r;
            }
        }
        return null;
    }

    /** How many elements carry an attribute named Id, ID or id (any namespace) with the value. */
    public static int countIdCarriers(Element root, String value) {
        int count = 0;
        NamedNodeMap attributes = root.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (name.equalsIgnoreCase(ID) && value.equals(a.getValue())) {
                count++;
                break;
            }
        }
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                count += countIdCarriers((Element) n, value);
            }
        }
        return count;
    }

    /** Every ds:Signature of the document, wherever it is. */
    public static List<Element> allSignatures(Document document) {
        List<Element> list = new ArrayList<>();
        var nodes = document.getElementsByTagNameNS(DS, "Signature");
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /**
     * The signature elements of the signing area, read by path, in document order, each with the
     * role of the element it lies in: for a record, the children of each role's element (the
     * schema allows nothing else); for a transaction, the children of the signing area.
     */
    public static List<Placed> placed(Record record) {
        List<Placed> list = new ArrayList<>();
        if (record.shape() == Shape.TRANSACTION) {
            children(record.signingArea(), DS, "Signature").forEach(e -> list.add(new Placed(e, Optional.empty())));
            return list;
        }
        ModelVersion version = DigitalTranscriptXml.version(record.document());
        for (Node n = record.signingArea().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNamespaceURI() == null) {
                SigningRole role = roleOfPlace(version, e.getLocalName());
                if (role != null) {
                    children(e, DS, "Signature").forEach(s -> list.add(new Placed(s, Optional.of(role))));
                }
            }
        }
        return list;
    }

    /** A signature element and the role of the element of the signing area it lies in. */
    public record Placed(Element element, Optional<SigningRole> placedAs) {
    }

    /** {@link #placed} read: every signature of the signing area, in document order. */
    public static List<FoundSignature> signatures(Record record) {
        return placed(record).stream().map(HocBaLayout::read).toList();
    }

    /** Reads one placed signature's parts by path; anything missing or repeated is malformed. */
    public static FoundSignature read(Placed placed) {
        FoundSignature s = read(placed.element());
        return new FoundSignature(s.element(), s.id(), s.signedInfo(), s.property(), s.propertyId(), s.signingTime(),
                s.role(), s.subjectCode(), s.signerId(), s.year(), s.signerPersonalId(), placed.placedAs(),
                s.certificates());
    }

    /** Reads one signature's parts by path; anything missing or repeated is malformed. */
    public static FoundSignature read(Element signature) {
        String id = signature.getAttributeNS(null, ID);
        if (id.isBlank()) {
            throw malformed("chữ ký thiếu Id", "a signature lacks its Id");
        }
        Element signedInfo = only(signature, DS, "SignedInfo", id);
        Element object = only(signature, DS, "Object", id);
        Element properties = only(object, DS, "SignatureProperties", id);
        Element property = only(properties, DS, "SignatureProperty", id);
        String propertyId = property.getAttributeNS(null, ID);
        if (propertyId.isBlank() || !("#" + id).equals(property.getAttributeNS(null, "Target"))) {
            throw malformed("SignatureProperty của chữ ký " + id + " thiếu Id hoặc không trỏ về chữ ký",
                    "the SignatureProperty of signature " + id + " lacks an Id or does not target the signature");
        }
        String time = only(property, null, SIGNING_TIME, id).getTextContent().trim();
        Instant signingTime;
        try {
            signingTime = DigitalTranscriptXml.parseDateTime(time);
        } catch (DateTimeParseException e) {
            throw malformed("SigningTime \"" + time + "\" của chữ ký " + id + " không theo dạng YYYY-MM-DDThh:mm:ssTZD",
                    "SigningTime \"" + time + "\" of signature " + id + " is not YYYY-MM-DDThh:mm:ssTZD");
        }
        String roleCode = only(property, null, ROLE, id).getTextContent().trim();
        SigningRole role = ROLE_CODES.entrySet().stream().filter(e -> e.getValue().equals(roleCode))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> malformed(
                        "vai trò ký \"" + roleCode + "\" không xác định", "unknown signing role \"" + roleCode + "\""));
        String signerId = only(property, null, SIGNER_ID, id).getTextContent().trim();
        Optional<String> subject = optional(property, SUBJECT).map(e -> e.getTextContent().trim());
        Optional<SchoolYear> year;
        try {
            year = optional(property, YEAR).map(e -> SchoolYear.parse(e.getTextContent().trim()));
        } catch (RuntimeException e) {
            throw malformed("năm học của chữ ký " + id + " không theo dạng YYYY-YYYY",
                    "the school year of signature " + id + " is not YYYY-YYYY");
        }
        Optional<String> date = optional(property, SIGNING_DATE).map(e -> e.getTextContent().trim());
        if (date.isPresent() && !date.get().equals(signingTime.atOffset(DigitalTranscript.VIETNAM).toLocalDate().toString())) {
            throw malformed(SIGNING_DATE + " \"" + date.get() + "\" của chữ ký " + id + " không phải ngày của SigningTime " + time,
                    SIGNING_DATE + " \"" + date.get() + "\" of signature " + id + " is not the date of SigningTime " + time);
        }
        Optional<PersonalIdentifier> personalId;
        try {
            personalId = optional(property, SIGNER_PERSONAL_ID).map(e -> PersonalIdentifier.parse(e.getTextContent().trim()));
        } catch (RuntimeException e) {
            throw malformed(SIGNER_PERSONAL_ID + " của chữ ký " + id + " không phải 12 chữ số",
                    SIGNER_PERSONAL_ID + " of signature " + id + " is not 12 digits");
        }
        if ((role == SigningRole.SUBJECT_TEACHER) != subject.isPresent()) {
            throw malformed("chỉ chữ ký của giáo viên môn học ghi môn học (chữ ký " + id + ")",
                    "only a subject teacher's signature names a subject (signature " + id + ")");
        }
        Element keyInfo = only(signature, DS, "KeyInfo", id);
        Element x509Data = only(keyInfo, DS, "X509Data", id);
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Node n = x509Data.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && DS.equals(e.getNamespaceURI()) && "X509Certificate".equals(e.getLocalName())) {
                    byte[] der = Base64.getMimeDecoder().decode(e.getTextContent());
                    certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
                }
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw malformed("không đọc được chứng thư số trong chữ ký " + id,
                    "cannot read a certificate in signature " + id);
        }
        if (certificates.isEmpty()) {
            throw malformed("chữ ký " + id + " không kèm X509Certificate", "signature " + id + " has no X509Certificate");
        }
        return new FoundSignature(signature, id, signedInfo, property, propertyId, signingTime, role, subject,
                signerId, year, personalId, Optional.empty(), List.copyOf(certificates));
    }

    /** The single child element with the name; none or several is malformed. */
    static Element only(Element parent, String namespace, String localName, String signatureId) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && java.util.Objects.equals(namespace, e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                if (found != null) {
                    throw malformed("chữ ký " + signatureId + " có hơn một " + localName,
                            "signature " + signatureId + " has more than one " + localName);
                }
                found = e;
            }
        }
        if (found == null) {
            throw malformed("chữ ký " + signatureId + " thiếu " + localName, "signature " + signatureId + " lacks " + localName);
        }
        return found;
    }

    private static Optional<Element> optional(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNamespaceURI() == null && localName.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The element children of an element with the name, in order. */
    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && java.util.Objects.equals(namespace, e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    private static XmlRecordException structure(String vi, String en) {
        return new XmlRecordException(Reason.XML_NOT_A_DIGITAL_TRANSCRIPT, LocalizedText.of(vi, en), null);
    }

    private static XmlRecordException ambiguous(String vi, String en) {
        return new XmlRecordException(Reason.XML_DATA_REGION_AMBIGUOUS, LocalizedText.of(vi, en), null);
    }

    static XmlRecordException malformed(String vi, String en) {
        return new XmlRecordException(Reason.XML_SIGNATURE_MALFORMED, LocalizedText.of(vi, en), null);
    }
}
