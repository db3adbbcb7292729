package vn.schoolrecords.signing.testpki;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A test PKI on loopback, built from Bouncy Castle: a root CA, an intermediate CA that issues
 * personal (teacher, principal) and organisation (school seal) certificates, an OCSP responder, CRLs
 * and an RFC 3161 timestamp authority, all served by one JDK {@link HttpServer} on 127.0.0.1 with
 * an ephemeral port and no executor (requests run on its one dispatcher thread, which
 * {@link #close()} stops). Certificates can be revoked, and issued expired or not yet valid, on
 * demand. Times come from the clock given, so tests can freeze them.
 */
public final class TestPki implements AutoCloseable {

    /** The TSA's policy OID (a test arc). */
    public static final ASN1ObjectIdentifier TSA_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");

    private final Clock clock;
    private final HttpServer server;
    private final String base;
    private final AtomicLong serials = new AtomicLong(1000);
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    private final Credential root;
    private final Credential intermediate;
    private final Credential tsa;
    private final DigestCalculatorProvider digests;

    private TestPki(Clock clock) throws Exception {
        this.clock = clock;
        this.digests = new JcaDigestCalculatorProviderBuilder().build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.base = "http://127.0.0.1:" + server.getAddress().getPort();
        Instant now = clock.instant();
        KeyPair rootKeys = KeyKind.RSA_2048.generate();
        X500Name rootName = new X500Name("CN=Test Root CA,O=schoolrecords test PKI,C=VN");
        X509Certificate rootCert = issue(rootName, rootKeys.getPrivate(), null, rootName, rootKeys,
                now.minus(Duration.ofDays(3650)), now.plus(Duration.ofDays(3650)), Role.CA, "SHA256withRSA");
        this.root = new Credential(rootKeys.getPrivate(), List.of(rootCert));
        KeyPair caKeys = KeyKind.RSA_2048.generate();
        X509Certificate caCert = issue(new X500Name("CN=Test Issuing CA,O=schoolrecords test PKI,C=VN"),
                rootKeys.getPrivate(), rootCert, null, caKeys, now.minus(Duration.ofDays(1825)),
                now.plus(Duration.ofDays(1825)), Role.CA, "SHA256withRSA");
        this.intermediate = new Credential(caKeys.getPrivate(), List.of(caCert, rootCert));
        this.tsa = issueFrom(new X500Name("CN=Test Timestamp Authority,O=schoolrecords test PKI,C=VN"),
                KeyKind.RSA_2048, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(3650)), Role.TSA);

        server.createContext("/ocsp", this::ocsp);
        server.createContext("/crl/root.crl", exchange -> reply(exchange, "application/pkix-crl", crl(root)));
        server.createContext("/crl/issuing.crl", exchange -> reply(exchange, "application/pkix-crl", crl(intermediate)));
        server.createContext("/tsa", this::timestamp);
        server.start();
    }

    /** Starts a PKI whose certificates are valid around the clock's current instant. */
    public static TestPki start(Clock clock) {
        try {
            return new TestPki(clock);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private enum Role { CA, PERSON, ORGANISATION, TSA, NO_SIGNING }

    /** A teacher's or principal's certificate: digitalSignature + nonRepudiation, valid for a year. */
    public Credential person(String name, KeyKind kind) {
        Instant now = clock.instant();
        return person(name, kind, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
    }

    /** A personal certificate valid between the given instants (expired or not yet valid on demand). */
    public Credential person(String name, KeyKind kind, Instant notBefore, Instant notAfter) {
        return issueFrom(new X500Name("CN=" + name + ",OU=Giáo viên,O=Trường THPT Thử nghiệm,C=VN"), kind,
                notBefore, notAfter, Role.PERSON);
    }

    /** A school seal (con dấu) certificate of the organisation. */
    public Credential organisation(String name, KeyKind kind) {
        Instant now = clock.instant();
        return issueFrom(new X500Name("CN=" + name + ",O=" + name + ",C=VN"), kind, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(365)), Role.ORGANISATION);
    }

    /** A certificate whose key usage is keyEncipherment only: it may not sign. */
    public Credential encryptionOnly(String name) {
        Instant now = clock.instant();
        return issueFrom(new X500Name("CN=" + name + ",C=VN"), KeyKind.RSA_2048, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(365)), Role.NO_SIGNING);
    }

    /** Revokes a certificate from the given instant: OCSP answers revoked, the CRL lists it. */
    public void revoke(X509Certificate certificate, Instant when) {
        revoked.put(certificate.getSerialNumber(), when);
    }

    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    public X509Certificate issuingCertificate() {
        return intermediate.certificate();
    }

    public X509Certificate tsaCertificate() {
        return tsa.certificate();
    }

    public URI ocspUri() {
        return URI.create(base + "/ocsp");
    }

    public URI crlUri() {
        return URI.create(base + "/crl/issuing.crl");
    }

    public URI tsaUri() {
        return URI.create(base + "/tsa");
    }

    /** A timestamp token over a digest, straight from the TSA (for tests of bad tokens). */
    public byte[] timestampToken(byte[] digest) {
        try {
            TimeStampRequest request = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256, digest);
            return tokens().generate(request, BigInteger.valueOf(serials.incrementAndGet()),
                    Date.from(clock.instant())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Credential issueFrom(X500Name subject, KeyKind kind, Instant notBefore, Instant notAfter, Role role) {
        try {
            KeyPair keys = kind.generate();
            X509Certificate cert = issue(subject, intermediate.privateKey(), intermediate.certificate(), null, keys,
                    notBefore, notAfter, role, "SHA256withRSA");
            return new Credential(keys.getPrivate(), List.of(cert, intermediate.certificate(), root.certificate()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate issue(X500Name subject, PrivateKey issuerKey, X509Certificate issuer, X500Name selfIssuer,
            KeyPair keys, Instant notBefore, Instant notAfter, Role role, String algorithm) throws Exception {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = issuer == null
                ? new JcaX509v3CertificateBuilder(selfIssuer, BigInteger.valueOf(serials.incrementAndGet()),
                        Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                : new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serials.incrementAndGet()),
                        Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuer != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
            String crl = issuer.getSubjectX500Principal().equals(issuer.getIssuerX500Principal())
                    ? base + "/crl/root.crl" : base + "/crl/issuing.crl";
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(new GeneralNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, crl))), null, null)}));
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    new AccessDescription(AccessDescription.id_ad_ocsp,
                            new GeneralName(GeneralName.uniformResourceIdentifier, base + "/ocsp"))));
        }
        switch (role) {
            case CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(issuer == null ? 1 : 0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case PERSON, ORGANISATION -> builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            case TSA -> {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            case NO_SIGNING -> builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyEncipherment));
        }
        ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(issuerKey);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private void ocsp(HttpExchange exchange) throws IOException {
        try (exchange) {
            OCSPReq request = new OCSPReq(exchange.getRequestBody().readAllBytes());
            Instant now = clock.instant();
            X509CertificateHolder issuingHolder = new JcaX509CertificateHolder(intermediate.certificate());
            Credential signer = request.getRequestList().length > 0
                    && request.getRequestList()[0].getCertID().matchesIssuer(issuingHolder, digests) ? intermediate : root;
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(
                    new JcaX509CertificateHolder(signer.certificate()).getSubject()));
            for (Req r : request.getRequestList()) {
                CertificateID id = r.getCertID();
                Instant when = revoked.get(id.getSerialNumber());
                CertificateStatus status = when == null ? CertificateStatus.GOOD
                        : new RevokedStatus(Date.from(when), CRLReason.keyCompromise);
                builder.addResponse(id, status, Date.from(now), Date.from(now.plus(Duration.ofDays(1))));
            }
            org.bouncycastle.asn1.x509.Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(nonce));
            }
            BasicOCSPResp basic = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.privateKey()),
                    new X509CertificateHolder[] {new JcaX509CertificateHolder(signer.certificate())}, Date.from(now));
            OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
            send(exchange, "application/ocsp-response", response.getEncoded());
        } catch (Exception e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private byte[] crl(Credential issuer) {
        try {
            Instant now = clock.instant();
            JcaX509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.certificate(), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            revoked.forEach((serial, when) -> builder.addCRLEntry(serial, Date.from(when), CRLReason.keyCompromise));
            return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.privateKey())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TimeStampTokenGenerator tokens() throws Exception {
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.privateKey(), tsa.certificate()),
                digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), TSA_POLICY);
        generator.addCertificates(new JcaCertStore(List.of(tsa.certificate(), intermediate.certificate())));
        return generator;
    }

    private void timestamp(HttpExchange exchange) throws IOException {
        try (exchange) {
            TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
            TimeStampResponseGenerator generator = new TimeStampResponseGenerator(tokens(), TSPAlgorithms.ALLOWED);
            byte[] response = generator.generate(request, BigInteger.valueOf(serials.incrementAndGet()),
                    Date.from(clock.instant())).getEncoded();
            send(exchange, "application/timestamp-reply", response);
        } catch (Exception e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private static void reply(HttpExchange exchange, String type, byte[] body) throws IOException {
        try (exchange) {
            send(exchange, type, body);
        }
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops the server and its dispatcher thread. */
    @Override
    public void close() {
        server.stop(0);
    }
}
