package vn.schoolrecords.signing.xml.internal;

import java.io.ByteArrayOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Node;

import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;


/**
 * Reading through core's {@link DigitalTranscriptXml#parse} (secure processing, no DOCTYPE,
 * validated against the model's schema) and writing DOMs back, the JAXP secure-processing
 * limits on.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** Two writers per thread: creating JAXP factories costs more than writing a record. */
    private static final ThreadLocal<Transformer> DOCUMENT_WRITER = ThreadLocal.withInitial(() -> newWriter(false));
    private static final ThreadLocal<Transformer> FRAGMENT_WRITER = ThreadLocal.withInitial(() -> newWriter(true));

    /**
     * Parses a học bạ số with core's secure, schema-validating reader: no DTD, no entities, only
     * XML signatures in the signing area.
     */
    public static Document parse(byte[] xml) {
        return DigitalTranscriptXml.parse(xml);
    }

    /** Writes a whole document in UTF-8 with an XML declaration, without re-indenting anything. */
    public static byte[] write(Document document) {
        document.setXmlStandalone(true);
        return transform(DOCUMENT_WRITER.get(), document);
    }

    /** Writes a node alone, without an XML declaration: the input of canonicalisation. */
    static byte[] writeFragment(Node node) {
        return transform(FRAGMENT_WRITER.get(), node);
    }

    private static Transformer newWriter(boolean omitDeclaration) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, omitDeclaration ? "yes" : "no");
            return t;
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK cannot write XML", e);
        }
    }

    private static byte[] transform(Transformer transformer, Node node) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK cannot write a DOM it built", e);
        }
    }
}
