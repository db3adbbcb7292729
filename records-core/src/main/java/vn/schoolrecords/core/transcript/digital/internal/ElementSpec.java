package vn.schoolrecords.core.transcript.digital.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a model version's mapping: the model field it carries, its element name, its
 * type and how often it occurs. Groups hold their children in the order they are written.
 *
 * @param field the model field, e.g. {@code fullName}, not null
 * @param element the element name, e.g. {@code HO_TEN}, not null
 * @param kind scalar, group, the signing area, or one signing role's place in it, not null
 * @param scalar the value type of a scalar, or null
 * @param typeName the name of the reusable group this element is, or null
 * @param hasId true if the element carries an {@code Id} attribute
 * @param occurs how often it occurs, not null
 * @param children the children of a group, in order, not null
 */
public record ElementSpec(String field, String element, Kind kind, ScalarType scalar, String typeName, boolean hasId,
        Occurs occurs, List<ElementSpec> children) {

    /**
     * What an element holds: a value, a group, the signing area, or one signing role's place in
     * the signing area (its field is the {@code SigningRole}'s name), holding XML signatures.
     */
    public enum Kind { SCALAR, GROUP, SIGNING_AREA, SIGNATURES }

    /** How often an element occurs in its parent. */
    public enum Occurs {
        /** exactly once */
        ONE,
        /** at most once: absent for a null value */
        OPTIONAL,
        /** any number of times */
        MANY;

        static Occurs parse(String s) {
            return switch (s) {
                case "1" -> ONE;
                case "?" -> OPTIONAL;
                case "*" -> MANY;
                default -> throw new IllegalArgumentException("occurs must be 1, ? or *: " + s);
            };
        }
    }

    /** Copies the children. */
    public ElementSpec {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurs, "occurs");
        children = List.copyOf(children);
    }

    /**
     * The child carrying a model field.
     *
     * @param name the model field
     * @return the child, not null
     * @throws IllegalStateException if the mapping has no such child (a programming error)
     */
    public ElementSpec child(String name) {
        for (ElementSpec c : children) {
            if (c.field.equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("the mapping of " + element + " has no field " + name);
    }

    /** @return the children by element name, in order, not null */
    public Map<String, ElementSpec> childrenByElement() {
        Map<String, ElementSpec> map = new LinkedHashMap<>();
        children.forEach(c -> map.put(c.element, c));
        return map;
    }
}
