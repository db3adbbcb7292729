package vn.schoolrecords.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.TreeMap;
import java.util.zip.Deflater;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.pdf.EmbeddedRecordException;
import vn.schoolrecords.pdf.EmbeddedRecordException.Reason;
import vn.schoolrecords.pdf.PdfOptions;

/**
 * What makes a document PDF/A-3b (ISO 19005-3, conformance level B) and a carrier of its
 * record: the sRGB output intent, XMP metadata consistent with the document information, a
 * fixed document ID, and the record's JSON as an associated file (AFRelationship Data).
 */
public final class PdfA {

    public static final String PRODUCER = "schoolrecords (Apache PDFBox)";
    public static final String JSON_MIME = "application/json";

    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName CHECKSUM = COSName.getPDFName("CheckSum");
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** The offset as +07:00, whose colon becomes the apostrophe of PDF dates. */
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxxx", Locale.ROOT);

    private PdfA() {
    }

    /** A document's descriptive metadata. */
    public record Description(String title, String author, String subject, Instant created) {
    }

    /** A record attached to a document: its JSON, its file name, and its schema and version. */
    public record Attachment(byte[] json, String fileName, String schema) {
    }

    /** Makes the document PDF/A-3b and attaches the record. Call once, before {@link #save}. */
    public static void finish(PDDocument doc, Description description, Attachment attachment) {
        finish(doc, description, List.of(attachment));
    }

    /**
     * Makes the document PDF/A-3b and attaches several records, e.g. the grade books of every
     * class in a teacher's personal grade book, in the order given. Call once, before {@link #save}.
     */
    public static void finish(PDDocument doc, Description description, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            throw new IllegalArgumentException("a document carries at least one record");
        }
        Calendar created = calendar(description.created());
        doc.setVersion(1.7f);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("vi-VN");

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(description.title());
        info.setAuthor(description.author());
        info.setSubject(description.subject());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        // One PDF date for the four places it goes, formatted once with java.time: PDFBox's
        // setters format each with String.format, which cost more than the rest of the dictionary.
        String pdfDate = pdfDate(description.created());
        info.getCOSObject().setString(COSName.CREATION_DATE, pdfDate);
        info.getCOSObject().setString(COSName.MOD_DATE, pdfDate);

        try {
            catalog.setMetadata(xmp(doc, description, created));
            PDOutputIntent intent = outputIntent(doc);
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
            attach(doc, attachments, pdfDate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // A fixed ID derived from the content: the same record and options give the same bytes.
        List<byte[]> parts = new ArrayList<>();
        attachments.forEach(a -> parts.add(a.json()));
        parts.add(description.title().getBytes(StandardCharsets.UTF_8));
        parts.add(description.created().toString().getBytes(StandardCharsets.US_ASCII));
        byte[] id = md5(parts.toArray(new byte[0][]));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static PDMetadata xmp(PDDocument doc, Description description, Calendar created) throws IOException {
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(description, created));
        return metadata;
    }

    /** The XMP packet, built with xmpbox's model and serialised by its serialiser. */
    static byte[] xmp(Description description, Calendar created) {
        XmpTools tools = XmpTools.borrow();
        XMPMetadata xmp = tools.metadata;
        xmp.clearSchemas();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(description.title());
        dc.addCreator(description.author());
        dc.setDescription(description.subject());
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        basic.setCreatorTool(PRODUCER);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(3);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try {
            tools.serializer.serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IllegalStateException("XMP metadata could not be written", e);
        }
        // Given back only after a serialisation that went through.
        xmp.clearSchemas();
        tools.giveBack();
        return bytes.toByteArray();
    }

    /**
     * An xmpbox model and serialiser, pooled like the parsed fonts: creating them (xmpbox's type
     * mapping, a DOM parser, the transformer factory) cost as much as the serialising itself.
     * Neither is thread-safe, so each serves one rendering at a time; the model's only
     * per-rendering state is its list of schemas, cleared before and after use. The JDK's own
     * factories: newInstance() searches the class path for others on every call, and the
     * built-in ones write the same XMP.
     */
    private static final class XmpTools {
        private static final int POOL_SIZE = 4;
        private static final Queue<XmpTools> POOL = new ConcurrentLinkedQueue<>();

        final XMPMetadata metadata = XMPMetadata.createXMPMetadata();
        final XmpSerializer serializer = new XmpSerializer(TransformerFactory.newDefaultInstance(),
                DocumentBuilderFactory.newDefaultInstance());

        static XmpTools borrow() {
            XmpTools pooled = POOL.poll();
            return pooled != null ? pooled : new XmpTools();
        }

        void giveBack() {
            if (POOL.size() < POOL_SIZE) {
                POOL.offer(this);
            }
        }
    }

    /**
     * The sRGB output intent (GTS_PDFA1), as PDFBox's {@code PDOutputIntent(doc, profile)} makes
     * it but with the profile deflated once per JVM: that constructor parses and deflates the
     * same 3 kB profile for every rendering.
     */
    private static PDOutputIntent outputIntent(PDDocument doc) {
        COSStream profile = doc.getDocument().createCOSStream();
        profile.setInt(COSName.N, 3);
        Flate.writeDeflated(profile, Srgb.DEFLATED);
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dict.setItem(COSName.S, COSName.GTS_PDFA1);
        dict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        return new PDOutputIntent(dict);
    }

    private static void attach(PDDocument doc, List<Attachment> attachments, String pdfDate) {
        Map<String, PDComplexFileSpecification> specs = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (Attachment attachment : attachments) {
            PDEmbeddedFile file = new PDEmbeddedFile(doc);
            Flate.writeDeflated(file.getCOSObject(), Flate.deflate(attachment.json(), Flate.LEVEL));
            file.setSubtype(JSON_MIME);
            COSDictionary params = new COSDictionary();
            params.setInt(COSName.SIZE, attachment.json().length);
            params.setString(COSName.CREATION_DATE, pdfDate);
            params.setString(COSName.MOD_DATE, pdfDate);
            params.setItem(CHECKSUM, new COSString(md5(attachment.json())));
            file.getCOSObject().setItem(COSName.PARAMS, params);

            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.fileName());
            spec.setFileUnicode(attachment.fileName());
            spec.setFileDescription(attachment.schema());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(AF_RELATIONSHIP, "Data");
            if (specs.put(attachment.fileName(), spec) != null) {
                throw new IllegalArgumentException("two records named " + attachment.fileName());
            }
            associated.add(spec);
        }

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        // The name tree's keys must be sorted.
        tree.setNames(new TreeMap<>(specs));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
    }

    /** Saves to the caller's stream, flushed and left open. */
    public static void save(PDDocument doc, OutputStream out) {
        OutputStream shield = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (OutputStream buffered = new BufferedOutputStream(shield, 1 << 13)) {
            doc.save(buffered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The subsets are written: the parsed faces may serve another rendering.
        FontSet.release(doc);
    }

    /**
     * The record attached to a PDF as data, checked against its recorded size and checksum.
     *
     * @throws EmbeddedRecordException if the bytes are not a PDF, no JSON is attached, or it was altered
     */
    public static Attachment extract(byte[] pdf) {
        return extractAll(pdf).get(0);
    }

    /**
     * Every record attached to a PDF as data, in the document's order, each checked against its
     * recorded size and checksum.
     *
     * @throws EmbeddedRecordException if the bytes are not a PDF, no JSON is attached, or one was altered
     */
    public static List<Attachment> extractAll(byte[] pdf) {
        List<Attachment> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray associated = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
            for (int i = 0; associated != null && i < associated.size(); i++) {
                if (associated.getObject(i) instanceof COSDictionary dict
                        && "Data".equals(dict.getNameAsString(AF_RELATIONSHIP))) {
                    PDComplexFileSpecification spec = new PDComplexFileSpecification(dict);
                    PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null
                            ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
                    if (file != null && JSON_MIME.equals(file.getSubtype())) {
                        found.add(checked(spec, file));
                    }
                }
            }
        } catch (IOException e) {
            throw new EmbeddedRecordException(Reason.UNREADABLE, LocalizedText.of(
                    "không đọc được tệp PDF", "the PDF cannot be read"), e);
        }
        if (found.isEmpty()) {
            throw new EmbeddedRecordException(Reason.MISSING, LocalizedText.of(
                    "tệp PDF không chứa dữ liệu JSON đính kèm", "the PDF carries no attached JSON record"), null);
        }
        return found;
    }

    private static Attachment checked(PDComplexFileSpecification spec, PDEmbeddedFile file) throws IOException {
        byte[] json = file.toByteArray();
        COSDictionary params = file.getCOSObject().getCOSDictionary(COSName.PARAMS);
        COSBase checksum = params == null ? null : params.getDictionaryObject(CHECKSUM);
        boolean sizeMatches = params != null && file.getSize() == json.length;
        boolean checksumMatches = checksum instanceof COSString s && Arrays.equals(s.getBytes(), md5(json));
        if (!sizeMatches || !checksumMatches) {
            throw new EmbeddedRecordException(Reason.ALTERED, LocalizedText.of(
                    "dữ liệu JSON đính kèm không khớp kích thước hoặc tổng kiểm tra đã ghi",
                    "the attached JSON does not match its recorded size or checksum"), null);
        }
        String schema = spec.getFileDescription() == null ? "" : spec.getFileDescription();
        return new Attachment(json, spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFile(), schema);
    }

    /** A PDF date (ISO 32000-1, 7.9.4) in Vietnam's offset, as D:YYYYMMDDHHmmSS+07'00'. */
    static String pdfDate(Instant instant) {
        return "D:" + PDF_DATE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(PdfOptions.VIETNAM))
                .replace(':', '\'') + "'";
    }

    private static Calendar calendar(Instant instant) {
        // PDF dates have whole seconds; XMP and the document information must agree exactly.
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(PdfOptions.VIETNAM));
        calendar.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return calendar;
    }

    private static byte[] md5(byte[]... parts) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (byte[] part : parts) {
                md5.update(part);
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /** The JDK's own sRGB profile, read and deflated once: no file to ship, works headless. */
    private static final class Srgb {
        static final byte[] DEFLATED = Flate.deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData(),
                Deflater.BEST_COMPRESSION);
    }
}
