package vn.schoolrecords.examples;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** What the command line shows of a signer's certificate. */
final class Signers {

    private Signers() {
    }

    /** @return the certificate's common name, or its whole subject if it has none */
    static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] cn = subject.getRDNs(BCStyle.CN);
        return cn.length == 0 ? subject.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
