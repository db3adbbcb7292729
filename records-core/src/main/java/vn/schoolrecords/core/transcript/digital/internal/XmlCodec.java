package vn.schoolrecords.core.transcript.digital.internal;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.RecordsException;

/**
 * Writes a {@link Group} as XML by a mapping (StAX, never text concatenation) and reads it back
 * from a validated DOM. Only element names from the mapping are used.
 */
public final class XmlCodec {

    /** The name of the attribute that signatures reference ({@code Reference/@URI="#…"}). */
    public static final String ID_ATTRIBUTE = "Id";

    private static final String INDENT = "  ";

    private XmlCodec() {
    }

    /**
     * Writes an element and its content, indented by depth.
     *
     * @param spec the element's mapping, not null
     * @param value the value: scalar, group, or null for the signing area
     * @param w the writer, not null
     * @param depth the nesting depth of the element, ≥ 0
     * @throws XMLStreamException if the writer fails
     */
    public static void write(ElementSpec spec, Object value, XMLStreamWriter w, int depth) throws XMLStreamException {
        indent(w, depth);
        w.writeStartElement(spec.element());
        switch (spec.kind()) {
            case SCALAR -> w.writeCharacters(spec.scalar().format(value));
            case SIGNING_AREA -> {
                // The required roles' places, empty: the signing module puts each ds:Signature in
                // its role's place and adds an optional place when its role first signs.
                boolean any = false;
                for (ElementSpec slot : spec.children()) {
                    if (slot.occurs() == ElementSpec.Occurs.ONE) {
                        write(slot, null, w, depth + 1);
                        any = true;
                    }
                }
                if (any) {
                    indent(w, depth);
                }
            }
            case SIGNATURES -> {
                // empty until its role signs
            }
            case GROUP -> {
                Group g = (Group) value;
                if (spec.hasId()) {
                    if (g.id() == null) {
                        throw new IllegalStateException(spec.element() + " needs an Id");
                    }
                    w.writeAttribute(ID_ATTRIBUTE, g.id());
                }
                for (ElementSpec child : spec.children()) {
                    writeChild(child, g, w, depth + 1);
                }
                indent(w, depth);
            }
        }
        w.writeEndElement();
    }

    private static void writeChild(ElementSpec child, Group g, XMLStreamWriter w, int depth)
            throws XMLStreamException {
        Object v = g.get(child.field());
        switch (child.occurs()) {
            case MANY -> {
                if (v != null) {
                    for (Object item : (List<?>) v) {
                        write(child, item, w, depth);
                    }
                }
            }
            case OPTIONAL -> {
                if (v != null) {
                    write(child, v, w, depth);
                }
            }
            case ONE -> {
                if (v == null && child.kind() != ElementSpec.Kind.SIGNING_AREA
                        && child.kind() != ElementSpec.Kind.SIGNATURES) {
                    throw new IllegalStateException("no value for the required " + child.element());
                }
                write(child, v, w, depth);
            }
        }
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        if (depth > 0) {
            w.writeCharacters("\n" + INDENT.repeat(depth));
        }
    }

    /**
     * Reads a group element that the schema has validated.
     *
     * @param spec the element's mapping, not null
     * @param element the element, not null
     * @return its group, not null
     * @throws MalformedDocumentException naming the element whose value cannot be read
     */
    public static Group read(ElementSpec spec, Element element) {
        Group g = new Group();
        if (spec.hasId()) {
            g.id(element.getAttribute(ID_ATTRIBUTE));
        }
        Map<String, ElementSpec> byName = spec.childrenByElement();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element child = (Element) n;
            ElementSpec cs = byName.get(child.getLocalName());
            if (cs == null || child.getNamespaceURI() != null) {
                throw unknown(child);
            }
            Object value = switch (cs.kind()) {
                case SCALAR -> scalar(cs, child);
                case GROUP -> read(cs, child);
                case SIGNING_AREA, SIGNATURES -> null;
            };
            if (value == null) {
                continue;
            }
            if (cs.occurs() == ElementSpec.Occurs.MANY) {
                g.add(cs.field(), value);
            } else if (g.get(cs.field()) != null) {
                throw unknown(child);
            } else {
                g.put(cs.field(), value);
            }
        }
        return g;
    }

    private static Object scalar(ElementSpec spec, Element element) {
        String text = element.getTextContent();
        try {
            return spec.scalar().parse(text);
        } catch (RuntimeException e) {
            String path = SecureXml.path(element);
            String why = e instanceof RecordsException r ? r.text().vi() : e.getMessage();
            String whyEn = e instanceof RecordsException r ? r.text().en() : e.getMessage();
            throw new MalformedDocumentException(path, -1, -1, LocalizedText.of(
                    "giá trị của phần tử " + spec.element() + " không đọc được (" + path + "): " + why,
                    "the value of element " + spec.element() + " cannot be read (" + path + "): " + whyEn), e);
        }
    }

    private static MalformedDocumentException unknown(Element element) {
        String path = SecureXml.path(element);
        return new MalformedDocumentException(path, -1, -1, LocalizedText.of(
                "phần tử " + element.getNodeName() + " không có trong mô hình (" + path + ")",
                "element " + element.getNodeName() + " is not in the model (" + path + ")"), null);
    }
}
