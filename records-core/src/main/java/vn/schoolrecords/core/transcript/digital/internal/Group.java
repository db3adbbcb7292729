package vn.schoolrecords.core.transcript.digital.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The element-neutral form of a document: model fields and their values, with no element
 * names. The converters between the library's values and this form never see an element name;
 * the writer and reader never see a library value. A value is a scalar's Java value, a nested
 * {@code Group}, or for a repeated field a list of either.
 */
public final class Group {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private String id;

    /**
     * Sets a field.
     *
     * @param field the model field, not null
     * @param value the value, not null
     * @return this group
     */
    public Group put(String field, Object value) {
        values.put(field, java.util.Objects.requireNonNull(value, field));
        return this;
    }

    /**
     * Sets a field if the value is present; an absent value is an absent element.
     *
     * @param field the model field, not null
     * @param value the value, not null
     * @return this group
     */
    public Group putOptional(String field, Optional<?> value) {
        value.ifPresent(v -> values.put(field, v));
        return this;
    }

    /**
     * Appends to a repeated field.
     *
     * @param field the model field, not null
     * @param value the value, not null
     * @return this group
     */
    @SuppressWarnings("unchecked")
    public Group add(String field, Object value) {
        ((List<Object>) values.computeIfAbsent(field, f -> new ArrayList<>())).add(value);
        return this;
    }

    /**
     * @param field the model field
     * @return the value, or null if absent
     */
    public Object get(String field) {
        return values.get(field);
    }

    /**
     * @param field a required field
     * @param type its Java type
     * @param <T> the type
     * @return the value, not null
     * @throws IllegalStateException if absent (the schema requires it, so a bug)
     */
    public <T> T required(String field, Class<T> type) {
        Object v = values.get(field);
        if (v == null) {
            throw new IllegalStateException("missing " + field);
        }
        return type.cast(v);
    }

    /**
     * @param field an optional field
     * @param type its Java type
     * @param <T> the type
     * @return the value, or empty, not null
     */
    public <T> Optional<T> optional(String field, Class<T> type) {
        return Optional.ofNullable(values.get(field)).map(type::cast);
    }

    /**
     * @param field a repeated field
     * @param type the Java type of its items
     * @param <T> the type
     * @return the items in order; empty if none, not null
     */
    public <T> List<T> list(String field, Class<T> type) {
        Object v = values.get(field);
        if (v == null) {
            return List.of();
        }
        return ((List<?>) v).stream().map(type::cast).toList();
    }

    /** @return the Id attribute, or null */
    public String id() {
        return id;
    }

    /**
     * @param id the Id attribute, not null
     * @return this group
     */
    public Group id(String id) {
        this.id = id;
        return this;
    }
}
