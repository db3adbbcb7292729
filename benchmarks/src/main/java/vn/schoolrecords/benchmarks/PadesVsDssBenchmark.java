package vn.schoolrecords.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Date;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;

/**
 * {@link PadesBenchmark}'s benchmarks (ours, four in turn, raw PDFBox + Bouncy Castle) in the same
 * JMH run as EU DSS 6.2's PAdES B-B: the same transcript, the same RSA-2048 key and certificate,
 * the same scheme (RSASSA-PSS, SHA-256, MGF1-SHA-256, salt 32), filling the same existing field.
 * DSS's signature value is computed with the JCA, as ours is by the PKCS #12 key source.
 *
 * <p>Set up as a DSS user would (reviewed 23/11/2026): one {@link PAdESService} with a default
 * {@link CommonCertificateVerifier}, built once as a server would; a new parameters object per
 * signature, used for both getDataToSign and signDocument (so DSS reuses the prepared document it
 * caches in the parameters between the two calls, which is its normal path); the existing field
 * filled, no visible appearance (ours draws none either); DSS's defaults otherwise (it checks the
 * certificate's validity, as ours does; it does not verify the signature value, which ours does;
 * it reserves 9,472 bytes for /Contents where ours reserves what the chain needs). No SLF4J
 * binding is on the class path, so DSS's logging costs nothing. Run with
 * {@code -prof vn.schoolrecords.benchmarks.CpuTimeProfiler}: on a shared machine compare the
 * {@code ·cpu.worker} figures, not the wall-clock scores.
 */
public class PadesVsDssBenchmark extends PadesBenchmark {

    private PAdESService dss;
    private CertificateToken signingCertificate;

    @Override
    @Setup
    public void setUp() throws Exception {
        super.setUp();
        dss = new PAdESService(new CommonCertificateVerifier());
        signingCertificate = new CertificateToken(chain.get(0));
    }

    /** EU DSS: getDataToSign, a JCA RSASSA-PSS signature value, signDocument. */
    @Benchmark
    public byte[] dssPadesBaselineB() throws Exception {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(signingCertificate);
        // After the certificate, which sets plain RSA from its key.
        parameters.setEncryptionAlgorithm(EncryptionAlgorithm.RSASSA_PSS);
        parameters.bLevel().setSigningDate(Date.from(NOW));
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setFieldId(FIELD);
        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        parameters.setImageParameters(image);

        DSSDocument document = new InMemoryDocument(transcript);
        ToBeSigned toBeSigned = dss.getDataToSign(document, parameters);
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        pss.initSign(privateKey);
        pss.update(toBeSigned.getBytes());
        SignatureValue value = new SignatureValue(SignatureAlgorithm.RSA_SSA_PSS_SHA256_MGF1, pss.sign());
        DSSDocument signed = dss.signDocument(document, parameters, value);
        return bytes(signed);
    }

    private static byte[] bytes(DSSDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.writeTo(out);
        return out.toByteArray();
    }
}
