package vn.schoolrecords.core.school.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every cross-reference of a school roster resolves, and no id is used twice. */
@Documented
@Constraint(validatedBy = ConsistentRosterValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentRoster {

    /** @return the message template */
    String message() default "{vn.schoolrecords.Roster.reference}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
