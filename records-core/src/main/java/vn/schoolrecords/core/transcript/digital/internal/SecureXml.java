package vn.schoolrecords.core.transcript.digital.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;

/**
 * XML parsing and validation with secure processing: no DTD (a DOCTYPE is refused, so no
 * entity, internal or external, is ever expanded), no external schema or stylesheet, no
 * XInclude, the JDK's processing limits on. Always the JDK's own implementations, never a
 * parser found on the class path.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String CURRENT_ELEMENT = "http://apache.org/xml/properties/dom/current-element-node";

    private SecureXml() {
    }

    /**
     * Parses a document, namespace aware, refusing any DOCTYPE.
     *
     * @param bytes the document, not null
     * @return the DOM, not null
     * @throws MalformedDocumentException if it is not well-formed or has a DOCTYPE
     */
    public static Document parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            DocumentBuilder builder = builderFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new MalformedDocumentException("", e.getLineNumber(), e.getColumnNumber(), LocalizedText.of(
                    "tệp XML không hợp lệ hoặc có khai báo DOCTYPE/thực thể bị cấm: " + e.getMessage(),
                    "the XML is not well-formed or has a forbidden DOCTYPE/entity declaration: " + e.getMessage()), e);
        } catch (SAXException e) {
            throw new MalformedDocumentException("", -1, -1, LocalizedText.of(
                    "tệp XML không hợp lệ: " + e.getMessage(), "the XML is not well-formed: " + e.getMessage()), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a new, securely configured, namespace-aware document builder factory, not null */
    public static DocumentBuilderFactory builderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
        return f;
    }

    /** @return a new StAX input factory with DTDs and external entities off, not null */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /**
     * Loads an XML Schema resource securely: no import or include may reach outside.
     *
     * @param in the schema, not null; closed
     * @param name the resource's name, for errors
     * @return the schema, not null
     */
    public static Schema schema(InputStream in, String name) {
        Objects.requireNonNull(in, name);
        try (in) {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(in, name));
        } catch (SAXException e) {
            throw new IllegalStateException("the schema " + name + " does not load", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a parsed document; the first error names the element where it was found.
     *
     * @param schema the schema, not null
     * @param document the document, not null
     * @throws MalformedDocumentException naming the element, if the document breaks the schema
     */
    public static void validate(Schema schema, Document document) {
        Validator validator = secureValidator(schema);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            validator.validate(new DOMSource(document));
        } catch (SAXException e) {
            String path = path(currentNode(validator));
            String element = path.isEmpty() ? document.getDocumentElement().getNodeName()
                    : path.substring(path.lastIndexOf('/') + 1);
            throw new MalformedDocumentException(path, -1, -1, LocalizedText.of(
                    "phần tử " + element + " không đúng lược đồ (" + path + "): " + e.getMessage(),
                    "element " + element + " breaks the schema (" + path + "): " + e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a document as it streams by, without building a DOM: for callers that only need
     * to know that a document is valid. A DOCTYPE is refused as in {@link #parse}.
     *
     * @param schema the schema, not null
     * @param bytes the document, not null
     * @throws MalformedDocumentException naming the element, if the document is not well-formed,
     *     has a DOCTYPE or breaks the schema
     */
    public static void validateStream(Schema schema, byte[] bytes) {
        Deque<String> path = new ArrayDeque<>();
        try {
            javax.xml.stream.XMLStreamReader raw = inputFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            javax.xml.stream.XMLStreamReader reader = new javax.xml.stream.util.StreamReaderDelegate(raw) {
                @Override
                public int next() throws javax.xml.stream.XMLStreamException {
                    int event = super.next();
                    if (event == javax.xml.stream.XMLStreamConstants.DTD
                            || event == javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new javax.xml.stream.XMLStreamException("DOCTYPE is disallowed", getLocation());
                    }
                    if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                        path.addLast(getLocalName());
                    } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                        path.pollLast();
                    }
                    return event;
                }
            };
            Validator validator = secureValidator(schema);
            validator.validate(new javax.xml.transform.stax.StAXSource(reader));
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new MalformedDocumentException(String.join("/", path), -1, -1, LocalizedText.of(
                    "tệp XML không hợp lệ hoặc có khai báo DOCTYPE/thực thể bị cấm: " + e.getMessage(),
                    "the XML is not well-formed or has a forbidden DOCTYPE/entity declaration: " + e.getMessage()), e);
        } catch (SAXException e) {
            String where = String.join("/", path);
            String element = path.isEmpty() ? "" : path.peekLast();
            throw new MalformedDocumentException(where, -1, -1, LocalizedText.of(
                    "phần tử " + element + " không đúng lược đồ (" + where + "): " + e.getMessage(),
                    "element " + element + " breaks the schema (" + where + "): " + e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Validator secureValidator(Schema schema) {
        Validator validator = schema.newValidator();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's validator lacks secure processing", e);
        }
        return validator;
    }

    private static Node currentNode(Validator validator) {
        try {
            return (Node) validator.getProperty(CURRENT_ELEMENT);
        } catch (SAXException | ClassCastException e) {
            return null;
        }
    }

    /**
     * @param node an element, or null
     * @return its path from the root, e.g. {@code HOC_BA/DU_LIEU_HOC_BA/THONG_TIN_CHUNG}; empty for null
     */
    public static String path(Node node) {
        Deque<String> names = new ArrayDeque<>();
        for (Node n = node; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            names.push(n.getNodeName());
        }
        return String.join("/", names);
    }
}
