package vn.schoolrecords.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.TimestampClient;
import vn.schoolrecords.signing.TimestampException;
import vn.schoolrecords.signing.internal.ValidationData.Der;
import vn.schoolrecords.signing.internal.ValidationData.Evidence;

/**
 * The two incremental updates of the long-term levels (ETSI EN 319 142-1 §5.4, ISO 32000-2
 * §12.8.4.3 and §12.8.5): the document security store (/DSS) with the validation data and a
 * VRI entry per signature, and the document timestamp (/Type /DocTimeStamp, SubFilter
 * ETSI.RFC3161) over the whole document.
 */
public final class Dss {

    static final COSName DSS = COSName.getPDFName("DSS");
    static final COSName CERTS = COSName.getPDFName("Certs");
    static final COSName OCSPS = COSName.getPDFName("OCSPs");
    static final COSName CRLS = COSName.getPDFName("CRLs");
    static final COSName VRI = COSName.getPDFName("VRI");
    static final COSName CERT = COSName.getPDFName("Cert");
    static final COSName OCSP = COSName.getPDFName("OCSP");
    static final COSName CRL = COSName.getPDFName("CRL");

    /** Space for a timestamp token with the authority's chain (a few kilobytes in practice). */
    private static final int TIMESTAMP_RESERVE = 16384;

    private Dss() {
    }

    /**
     * Adds the evidence to the DSS (created if absent) in one incremental update. Items already
     * in the DSS are referenced, not repeated; each key gets a VRI entry naming its items.
     *
     * @param pdf the document, not modified
     * @param byVriKey the evidence of each signature or timestamp, by VRI key
     * @return the updated document
     */
    public static byte[] addValidationData(byte[] pdf, Map<String, Evidence> byVriKey) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary dss = catalog.getCOSDictionary(DSS);
            if (dss == null) {
                dss = new COSDictionary();
                dss.setItem(COSName.TYPE, DSS);
                catalog.setItem(DSS, dss);
            }
            Store certs = new Store(document, dss, CERTS);
            Store ocsps = new Store(document, dss, OCSPS);
            Store crls = new Store(document, dss, CRLS);
            COSDictionary vri = dss.getCOSDictionary(VRI);
            if (vri == null) {
                vri = new COSDictionary();
                dss.setItem(VRI, vri);
            }
            for (Map.Entry<String, Evidence> e : byVriKey.entrySet()) {
                COSDictionary entry = new COSDictionary();
                putIfAny(entry, CERT, certs.references(e.getValue().certificates()));
                putIfAny(entry, OCSP, ocsps.references(e.getValue().ocspResponses()));
                putIfAny(entry, CRL, crls.references(e.getValue().crls()));
                vri.setItem(COSName.getPDFName(e.getKey()), entry);
            }
            putIfAny(dss, CERTS, certs.array);
            putIfAny(dss, OCSPS, ocsps.array);
            putIfAny(dss, CRLS, crls.array);
            vri.setNeedToBeUpdated(true);
            dss.setNeedToBeUpdated(true);
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16384);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw SignedRevisions.malformed(e.getMessage(), e);
        }
    }

    private static void putIfAny(COSDictionary dictionary, COSName key, COSArray array) {
        if (array.size() > 0) {
            array.setNeedToBeUpdated(true);
            dictionary.setItem(key, array);
        }
    }

    /** One of the DSS arrays of streams, indexed by content so that nothing is stored twice. */
    private static final class Store {

        private final PDDocument document;
        private final COSArray array;
        private final Map<Der, COSBase> byContent = new LinkedHashMap<>();

        Store(PDDocument document, COSDictionary dss, COSName key) throws IOException {
            this.document = document;
            COSArray existing = dss.getCOSArray(key);
            this.array = existing == null ? new COSArray() : existing;
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        byContent.putIfAbsent(new Der(in.readAllBytes()), array.get(i));
                    }
                }
            }
        }

        COSArray references(Set<Der> items) throws IOException {
            COSArray references = new COSArray();
            for (Der item : items) {
                COSBase stored = byContent.get(item);
                if (stored == null) {
                    COSStream stream = document.getDocument().createCOSStream();
                    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        out.write(item.bytes());
                    }
                    array.add(stream);
                    byContent.put(item, stream);
                    stored = stream;
                }
                references.add(stored);
            }
            return references;
        }
    }

    /**
     * Adds a document timestamp over the whole document in one incremental update: an invisible
     * field, a SHA-256 imprint of the byte range, the token checked against it.
     *
     * @param pdf the document, not modified
     * @param tsa the timestamp authority
     * @return the timestamped document
     * @throws TimestampException if no matching token was obtained, or it does not fit
     */
    public static byte[] addDocumentTimestamp(byte[] pdf, TimestampClient tsa) {
        byte[] prepared;
        int[] byteRange;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(COSName.getPDFName(SignedRevisions.RFC3161));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(TIMESTAMP_RESERVE);
                document.addSignature(timestamp, options);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * TIMESTAMP_RESERVE + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(new byte[0]); // the placeholder of zeros; the token goes in below
            prepared = out.toByteArray();
            byteRange = timestamp.getByteRange();
        } catch (IOException e) {
            throw SignedRevisions.malformed(e.getMessage(), e);
        }
        byte[] imprint = Cms.digest("SHA-256", prepared, byteRange);
        byte[] token = tsa.timestamp(imprint, "SHA-256");
        Cms.checkTimestamp(token, imprint, new DefaultDigestAlgorithmIdentifierFinder().find("SHA-256"));
        int capacity = (byteRange[2] - byteRange[1] - 2) / 2;
        if (token.length > capacity) {
            throw new TimestampException(TimestampException.Reason.REJECTED, LocalizedText.of(
                    "dấu thời gian dài " + token.length + " byte, vượt chỗ dành sẵn " + capacity + " byte",
                    "the timestamp of " + token.length + " bytes exceeds the " + capacity + " bytes reserved"), null);
        }
        byte[] hex = HexFormat.of().withUpperCase().formatHex(token).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, prepared, byteRange[1] + 1, hex.length);
        return prepared;
    }
}
