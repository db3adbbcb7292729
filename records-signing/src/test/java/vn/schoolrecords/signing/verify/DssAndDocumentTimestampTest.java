package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.signing.HttpRevocationSource;
import vn.schoolrecords.signing.verify.RevocationReport.Source;
import vn.schoolrecords.signing.verify.RevocationReport.Status;

/**
 * Validation data in the document (the DSS dictionary, ETSI EN 319 142-1 §5.4.2.2) and document
 * timestamps (ETSI.RFC3161), written here with PDFBox as a B-LT / B-LTA signer would, until the
 * signing side writes them itself.
 */
class DssAndDocumentTimestampTest {

    static Fixtures f;

    @BeforeAll
    static void start() {
        f = new Fixtures();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** Adds a DSS with the chains and OCSP responses of the given signers. */
    static byte[] withDss(byte[] pdf, List<List<X509Certificate>> chains) {
        return Attacks.incremental(pdf, doc -> {
            COSArray certs = new COSArray();
            COSArray ocsps = new COSArray();
            for (List<X509Certificate> chain : chains) {
                for (int i = 0; i < chain.size(); i++) {
                    certs.add(stream(doc, encoded(chain.get(i))));
                    if (i + 1 < chain.size()) {
                        for (byte[] r : RevocationFetcher.from(HttpRevocationSource.of()).fetch(chain.get(i), chain.get(i + 1)).ocspResponses()) {
                            ocsps.add(stream(doc, r));
                        }
                    }
                }
            }
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), certs);
            dss.setItem(COSName.getPDFName("OCSPs"), ocsps);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("DSS"), dss);
            Attacks.mark(doc.getDocumentCatalog().getCOSObject());
        });
    }

    static byte[] withDocumentTimestamp(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream();
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setType(COSName.DOC_TIME_STAMP);
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            options.setPreferredSignatureSize(16000);
            doc.addSignature(signature, content -> {
                try {
                    return f.pki.timestampToken(MessageDigest.getInstance("SHA-256").digest(content.readAllBytes()));
                } catch (java.security.GeneralSecurityException e) {
                    throw new IOException(e);
                }
            }, options);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static COSStream stream(PDDocument doc, byte[] bytes) {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream()) {
            out.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return s;
    }

    static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static VerificationPolicy offline() {
        return VerificationPolicy.builder(Fixtures.NOW.plus(Duration.ofHours(1))).build();
    }

    @Test
    void revocationDataInTheDssIsUsedOfflineAndTheDssIsAnAllowedChange() {
        byte[] signed = f.signed(2, false);
        List<List<X509Certificate>> chains = new ArrayList<>(List.of(f.mathTeacher.chain(), f.homeroom.chain()));
        byte[] lt = withDss(signed, chains);
        VerificationReport report = PdfSignatureVerifier.verify(lt, f.trust, offline());
        assertThat(report.indication()).as("%s", report.signatures()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.revocation()).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(Status.GOOD);
                assertThat(r.source()).isEqualTo(Source.DOCUMENT);
            });
            assertThat(s.modifications()).anySatisfy(m -> {
                assertThat(m.kind()).isEqualTo(Modification.Kind.DSS);
                assertThat(m.allowed()).isTrue();
            });
        });
        // Without the DSS the same signatures are INDETERMINATE offline.
        assertThat(PdfSignatureVerifier.verify(signed, f.trust, offline()).subIndication()).contains(SubIndication.TRY_LATER);
    }

    @Test
    void aDocumentTimestampIsReportedAndAllowedAfterTheSignatures() {
        // The authority's chain goes into the DSS too: the test TSA's tokens do not carry it.
        List<X509Certificate> tsa = List.of(f.pki.tsaCertificate(), f.pki.issuingCertificate(), f.pki.rootCertificate());
        byte[] lta = withDocumentTimestamp(withDss(f.signed(2, true), List.of(f.mathTeacher.chain(), f.homeroom.chain(), tsa)));
        VerificationReport report = PdfSignatureVerifier.verify(lta, f.trust, offline());
        assertThat(report.documentTimestamps()).singleElement().satisfies(t -> {
            assertThat(t.indication()).as("%s", t.findings()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(t.timestamp().orElseThrow().usable()).isTrue();
            assertThat(t.coversWholeDocument()).isTrue();
        });
        assertThat(report.signaturesOnly()).hasSize(2).allSatisfy(s -> {
            assertThat(s.indication()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(s.modifications()).anySatisfy(m -> assertThat(m.kind()).isEqualTo(Modification.Kind.DOCUMENT_TIMESTAMP_ADDED));
        });
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void aDocumentTimestampOverAlteredBytesIsAHashFailure() {
        byte[] lta = withDocumentTimestamp(f.signed(1, false));
        lta[300] ^= 0x01;
        VerificationReport report = PdfSignatureVerifier.verify(lta, f.trust, offline());
        assertThat(report.documentTimestamps()).singleElement()
                .satisfies(t -> assertThat(t.subIndication()).contains(SubIndication.HASH_FAILURE));
    }
}
