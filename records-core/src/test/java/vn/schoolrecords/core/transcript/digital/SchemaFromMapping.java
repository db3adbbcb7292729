package vn.schoolrecords.core.transcript.digital;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.schoolrecords.core.transcript.digital.internal.ElementSpec;
import vn.schoolrecords.core.transcript.digital.internal.Mapping;
import vn.schoolrecords.core.transcript.digital.internal.ScalarType;
import vn.schoolrecords.core.transcript.digital.internal.SecureXml;

/**
 * Derives the XML Schema of a model version from its mapping, so the committed schema resource
 * and the mapping cannot drift apart: {@link DigitalTranscriptSchemaTest} compares the two. To
 * regenerate after changing a mapping, run that test with {@code -Dhocbaso.writeSchema=true}.
 */
final class SchemaFromMapping {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final Document doc;
    private final Element schema;
    private final Map<String, ScalarType> simpleTypes = new TreeMap<>();

    private SchemaFromMapping() throws Exception {
        doc = SecureXml.builderFactory().newDocumentBuilder().newDocument();
        schema = doc.createElementNS(XS, "xs:schema");
        schema.setAttribute("elementFormDefault", "unqualified");
        doc.appendChild(schema);
    }

    static String xsd(Mapping mapping, String title) throws Exception {
        SchemaFromMapping g = new SchemaFromMapping();
        g.schema.appendChild(g.doc.createComment(" " + title + ". Generated from the mapping resource"
                + " by SchemaFromMapping (test sources); do not edit by hand. "));
        Map<String, java.util.List<ElementSpec>> types = new TreeMap<>(mapping.types());
        g.schema.appendChild(g.element(mapping.root()));
        for (Map.Entry<String, java.util.List<ElementSpec>> t : types.entrySet()) {
            Element ct = g.xs("complexType");
            ct.setAttribute("name", typeName(t.getKey()));
            Element seq = g.xs("sequence");
            t.getValue().forEach(c -> seq.appendChild(g.element(c)));
            ct.appendChild(seq);
            g.schema.appendChild(ct);
        }
        for (Map.Entry<String, ScalarType> s : new LinkedHashMap<>(g.simpleTypes).entrySet()) {
            g.schema.appendChild(g.simpleType(s.getKey(), s.getValue()));
        }
        Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(g.doc), new StreamResult(out));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String typeName(String mappingName) {
        return Character.toUpperCase(mappingName.charAt(0)) + mappingName.substring(1) + "Type";
    }

    private Element xs(String name) {
        return doc.createElementNS(XS, "xs:" + name);
    }

    private Element element(ElementSpec spec) {
        Element e = xs("element");
        e.setAttribute("name", spec.element());
        switch (spec.occurs()) {
            case OPTIONAL -> e.setAttribute("minOccurs", "0");
            case MANY -> {
                e.setAttribute("minOccurs", "0");
                e.setAttribute("maxOccurs", "unbounded");
            }
            case ONE -> { }
        }
        switch (spec.kind()) {
            case SCALAR -> e.setAttribute("type", simpleTypeName(spec.scalar()));
            case SIGNING_AREA -> {
                Element ct = xs("complexType");
                Element seq = xs("sequence");
                spec.children().forEach(c -> seq.appendChild(element(c)));
                ct.appendChild(seq);
                e.appendChild(ct);
            }
            case SIGNATURES -> {
                Element ct = xs("complexType");
                Element seq = xs("sequence");
                Element any = xs("any");
                any.setAttribute("namespace", DigitalTranscriptXml.XMLDSIG_NAMESPACE);
                any.setAttribute("processContents", "skip");
                any.setAttribute("minOccurs", "0");
                any.setAttribute("maxOccurs", "unbounded");
                seq.appendChild(any);
                ct.appendChild(seq);
                e.appendChild(ct);
            }
            case GROUP -> {
                if (spec.typeName() != null) {
                    e.setAttribute("type", typeName(spec.typeName()));
                } else {
                    Element ct = xs("complexType");
                    Element seq = xs("sequence");
                    spec.children().forEach(c -> seq.appendChild(element(c)));
                    ct.appendChild(seq);
                    if (spec.hasId()) {
                        Element a = xs("attribute");
                        a.setAttribute("name", DigitalTranscriptXml.ID_ATTRIBUTE);
                        a.setAttribute("type", "xs:ID");
                        a.setAttribute("use", "required");
                        ct.appendChild(a);
                    }
                    e.appendChild(ct);
                }
            }
        }
        return e;
    }

    private String simpleTypeName(ScalarType t) {
        String name = t.kind() == ScalarType.Kind.ENUM ? t.enumType().getSimpleName()
                : t.kind().name().charAt(0) + t.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT) + "Value";
        simpleTypes.putIfAbsent(name, t);
        return name;
    }

    private Element simpleType(String name, ScalarType t) {
        Element st = xs("simpleType");
        st.setAttribute("name", name);
        Element r = xs("restriction");
        st.appendChild(r);
        switch (t.kind()) {
            case TEXT -> {
                r.setAttribute("base", "xs:string");
                facet(r, "minLength", "1");
                facet(r, "maxLength", "2000");
            }
            case ID -> base(r, "xs:string", "[A-Za-z0-9._\\-]{1,40}");
            case CODE -> base(r, "xs:string", "[A-Z][A-Z0-9_]{0,29}");
            case INT -> base(r, "xs:int", "-?[0-9]+");
            case DECIMAL -> {
                base(r, "xs:decimal", "-?[0-9]+(\\.[0-9]{1," + ScalarType.MAX_DECIMAL_PLACES + "})?");
                facet(r, "fractionDigits", Integer.toString(ScalarType.MAX_DECIMAL_PLACES));
            }
            case DATE -> base(r, "xs:date", "[0-9]{4}-[0-9]{2}-[0-9]{2}");
            case DATETIME -> base(r, "xs:dateTime",
                    "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+\\-][0-9]{2}:[0-9]{2}");
            case BOOL -> base(r, "xs:boolean", "true|false");
            case UUID -> base(r, "xs:string", "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            case PERSONALID -> base(r, "xs:string", "[0-9]{12}");
            case SCHOOLYEAR -> base(r, "xs:string", "[0-9]{4}-[0-9]{4}");
            case REGISTERNUMBER -> base(r, "xs:string", "[1-9][0-9]{0,8}/[0-9]{4}-[0-9]{4}");
            case ENUM -> {
                r.setAttribute("base", "xs:string");
                t.enumNames().forEach(n -> facet(r, "enumeration", n));
            }
        }
        return st;
    }

    private void base(Element r, String base, String pattern) {
        r.setAttribute("base", base);
        facet(r, "pattern", pattern);
    }

    private void facet(Element r, String name, String value) {
        Element f = xs(name);
        f.setAttribute("value", value);
        r.appendChild(f);
    }
}
