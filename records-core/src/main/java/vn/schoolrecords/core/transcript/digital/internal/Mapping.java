package vn.schoolrecords.core.transcript.digital.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model version's mapping, read from its resource file: the tree of {@link ElementSpec}s
 * rooted at the record's root element, and the reusable groups it names. Immutable.
 */
public final class Mapping {

    private final ElementSpec root;
    private final Map<String, List<ElementSpec>> types;

    private Mapping(ElementSpec root, Map<String, List<ElementSpec>> types) {
        this.root = root;
        this.types = Map.copyOf(types);
    }

    /** @return the root element's spec, not null */
    public ElementSpec root() {
        return root;
    }

    /** @return the reusable groups by name, with their children, not null */
    public Map<String, List<ElementSpec>> types() {
        return types;
    }

    /**
     * Reads a mapping resource.
     *
     * @param in the resource, UTF-8, not null; not closed
     * @return the mapping, not null
     * @throws IllegalStateException if the file is not a well-formed mapping (a build error)
     */
    public static Mapping read(InputStream in) {
        Objects.requireNonNull(in, "in");
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            int number = 0;
            while ((s = r.readLine()) != null) {
                number++;
                if (s.isBlank() || s.stripLeading().startsWith("#")) {
                    continue;
                }
                int indent = s.length() - s.stripLeading().length();
                if (indent % 2 != 0) {
                    throw new IllegalStateException("line " + number + ": indentation must be a multiple of 2");
                }
                lines.add(new Line(number, indent / 2, s.trim().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<ElementSpec>> types = new HashMap<>();
        ElementSpec root = null;
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.depth != 0) {
                throw new IllegalStateException("line " + line.number + ": unexpected indentation");
            }
            int end = i + 1;
            while (end < lines.size() && lines.get(end).depth > 0) {
                end++;
            }
            List<Line> body = lines.subList(i + 1, end);
            if (line.words[0].equals("type") && line.words.length == 2) {
                types.put(line.words[1], children(body, 1, types));
            } else if (root == null) {
                root = element(line, children(body, 1, types), types);
            } else {
                throw new IllegalStateException("line " + line.number + ": a second root");
            }
            i = end;
        }
        if (root == null) {
            throw new IllegalStateException("the mapping has no root element");
        }
        return new Mapping(root, types);
    }

    private static List<ElementSpec> children(List<Line> body, int depth, Map<String, List<ElementSpec>> types) {
        List<ElementSpec> out = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            Line line = body.get(i);
            if (line.depth != depth) {
                throw new IllegalStateException("line " + line.number + ": unexpected indentation");
            }
            int end = i + 1;
            while (end < body.size() && body.get(end).depth > depth) {
                end++;
            }
            out.add(element(line, children(body.subList(i + 1, end), depth + 1, types), types));
            i = end;
        }
        return out;
    }

    private static ElementSpec element(Line line, List<ElementSpec> nested, Map<String, List<ElementSpec>> types) {
        String[] w = line.words;
        if (w.length < 3 || w.length > 4) {
            throw new IllegalStateException("line " + line.number + ": expected field, element, type[, occurs]");
        }
        ElementSpec.Occurs occurs = ElementSpec.Occurs.parse(w.length == 4 ? w[3] : "1");
        String type = w[2];
        ScalarType scalar = ScalarType.named(type);
        if (scalar != null) {
            requireNoChildren(line, nested);
            return new ElementSpec(w[0], w[1], ElementSpec.Kind.SCALAR, scalar, null, false, occurs, List.of());
        }
        if (type.equals("group") || type.equals("group+id")) {
            return new ElementSpec(w[0], w[1], ElementSpec.Kind.GROUP, null, null, type.endsWith("+id"), occurs, nested);
        }
        if (type.equals("signing-area")) {
            int previous = -1;
            for (ElementSpec slot : nested) {
                // The verifier and the signer find a role's place by the role; the places follow the
                // signing order, so that an absent optional one is inserted where the schema wants it.
                int ordinal = slot.kind() == ElementSpec.Kind.SIGNATURES ? roleOrdinal(slot.field()) : -1;
                if (ordinal <= previous) {
                    throw new IllegalStateException("line " + line.number + ": the signing area holds one"
                            + " 'signatures' child per SigningRole, in signing order");
                }
                previous = ordinal;
            }
            return new ElementSpec(w[0], w[1], ElementSpec.Kind.SIGNING_AREA, null, null, false, occurs, nested);
        }
        if (type.equals("signatures")) {
            requireNoChildren(line, nested);
            roleOrdinal(w[0]);
            return new ElementSpec(w[0], w[1], ElementSpec.Kind.SIGNATURES, null, null, false, occurs, List.of());
        }
        List<ElementSpec> reused = types.get(type);
        if (reused == null) {
            throw new IllegalStateException("line " + line.number + ": unknown type " + type);
        }
        requireNoChildren(line, nested);
        return new ElementSpec(w[0], w[1], ElementSpec.Kind.GROUP, null, type, false, occurs, reused);
    }

    private static int roleOrdinal(String field) {
        try {
            return vn.schoolrecords.core.transcript.SigningRole.valueOf(field).ordinal();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("not a SigningRole: " + field, e);
        }
    }

    private static void requireNoChildren(Line line, List<ElementSpec> nested) {
        if (!nested.isEmpty()) {
            throw new IllegalStateException("line " + line.number + ": only a group has children");
        }
    }

    /** A significant line of the file. */
    private record Line(int number, int depth, String[] words) {
    }
}
