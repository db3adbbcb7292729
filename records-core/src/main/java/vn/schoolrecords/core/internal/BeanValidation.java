package vn.schoolrecords.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.Violation;

/** The one Hibernate Validator of the library, built on first use. */
public final class BeanValidation {

    private static final Pattern OWN_TEMPLATE = Pattern.compile("\\{vn\\.schoolrecords\\.(.+)}");

    private BeanValidation() {
    }

    /** Lazy holder: no validator is built unless something is validated. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                // ParameterMessageInterpolator resolves {min}-style parameters only, so no EL
                // implementation is needed at run time.
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VIETNAMESE = validatorIn(LocalizedText.VIETNAMESE);
        static final Validator ENGLISH = validatorIn(Locale.ENGLISH);

        private static Validator validatorIn(Locale locale) {
            MessageInterpolator delegate = FACTORY.getMessageInterpolator();
            MessageInterpolator fixed = new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return delegate.interpolate(template, context, locale);
                }

                @Override
                public String interpolate(String template, Context context, Locale ignored) {
                    return delegate.interpolate(template, context, locale);
                }
            };
            return FACTORY.usingContext().messageInterpolator(fixed).getValidator();
        }
    }

    /**
     * Returns the value if valid, else throws with every violation in both languages.
     *
     * @param value the value, not null
     * @param <T> its type
     * @return the value
     */
    public static <T> T requireValid(T value) {
        Set<ConstraintViolation<T>> vietnamese = Holder.VIETNAMESE.validate(value);
        if (vietnamese.isEmpty()) {
            return value;
        }
        // Validate again in English only on failure: the happy path pays for one pass.
        Map<String, String> english = new HashMap<>();
        for (ConstraintViolation<T> v : Holder.ENGLISH.validate(value)) {
            english.put(key(v), v.getMessage());
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<T> v : vietnamese) {
            violations.add(new Violation(
                    path(v.getPropertyPath()),
                    rule(v),
                    LocalizedText.of(v.getMessage(), english.getOrDefault(key(v), v.getMessage())),
                    String.valueOf(invalidValue(v))));
        }
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
        throw new InvalidValueException(violations);
    }

    private static String key(ConstraintViolation<?> v) {
        return v.getPropertyPath() + "\u0000" + v.getMessageTemplate();
    }

    /**
     * The rule: the constraint's name for the standard constraints ({@code NotBlank}), the key of
     * the message for the library's own constraints, which report several rules under one
     * annotation ({@code Roster.classYear}).
     */
    private static String rule(ConstraintViolation<?> v) {
        Class<?> annotation = v.getConstraintDescriptor().getAnnotation().annotationType();
        Matcher own = OWN_TEMPLATE.matcher(v.getMessageTemplate());
        if (annotation.getName().startsWith("vn.schoolrecords.") && own.matches()) {
            return own.group(1);
        }
        return annotation.getSimpleName();
    }

    /**
     * The offending value; a class-level constraint of the library names it in the dynamic
     * payload, as the bean itself (a whole roster) would say nothing useful.
     */
    private static Object invalidValue(ConstraintViolation<?> v) {
        Object payload = v.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Object.class);
        return payload != null ? payload : v.getInvalidValue();
    }

    /**
     * The path as {@code students[1].personalId}: indices of lists, keys of maps, and no node for
     * the element of a set or an optional (Hibernate Validator writes
     * {@code subjectCodes[].<iterable element>}).
     */
    private static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    sb.append('[').append(node.getKey()).append(']');
                }
            }
            String name = node.getName();
            boolean containerElement = node.getKind() == ElementKind.CONTAINER_ELEMENT
                    && name != null && name.startsWith("<");
            if (name != null && !name.isEmpty() && !containerElement) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }
}
