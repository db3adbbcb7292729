package vn.schoolrecords.core.school.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The student's personal identification number encodes the same birth year and sex as the
 * student's date of birth and gender (NĐ 137/2015/NĐ-CP Điều 13).
 */
@Documented
@Constraint(validatedBy = IdentifierMatchesBirthValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdentifierMatchesBirth {

    /** @return the message template */
    String message() default "{vn.schoolrecords.PersonalIdentifier.birth}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
