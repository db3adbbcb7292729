package vn.schoolrecords.signing.xml.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.xml.XmlRecordException;
import vn.schoolrecords.signing.xml.XmlRecordException.Reason;

/**
 * Parsing and writing XML with every external reach switched off: no DTD at all (a DOCTYPE is
 * refused, which also stops entity expansion), no external entities, schemas or stylesheets, no
 * XInclude, the JAXP secure-processing limits on.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXml() {
    }

    /**
     * One parser and two writers per thread: creating JAXP factories costs more than parsing a
     * record, and neither parsers nor transformers may be shared between threads.
     */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(SecureXml::newParser);
    private static final ThreadLocal<Transformer> DOCUMENT_WRITER = ThreadLocal.withInitial(() -> newWriter(false));
    private static final ThreadLocal<Transformer> FRAGMENT_WRITER = ThreadLocal.withInitial(() -> newWriter(true));

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not change what was read.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Parses namespace-aware; a DOCTYPE or malformed input is an {@link XmlRecordException}. */
    public static Document parse(byte[] xml) {
        DocumentBuilder builder = PARSER.get();
        try {
            builder.reset();
            builder.setErrorHandler(STRICT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new XmlRecordException(Reason.XML_DOCTYPE_NOT_ALLOWED, LocalizedText.of(
                        "tài liệu XML khai báo DOCTYPE; không được phép (chống thực thể ngoài)",
                        "the XML document declares a DOCTYPE, which is refused (no external entities)"), e);
            }
            throw notWellFormed(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw notWellFormed(e.getMessage(), e);
        }
    }

    private static DocumentBuilder newParser() {
        try {
            return factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's parser lacks a secure-processing feature", e);
        }
    }

    private static XmlRecordException notWellFormed(String detail, Exception e) {
        return new XmlRecordException(Reason.XML_NOT_WELL_FORMED, LocalizedText.of(
                "tài liệu XML không đúng cú pháp: " + detail, "the XML document is not well-formed: " + detail), e);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature(DISALLOW_DOCTYPE, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
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
