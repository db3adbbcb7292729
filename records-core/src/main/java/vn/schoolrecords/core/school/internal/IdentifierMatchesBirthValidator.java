package vn.schoolrecords.core.school.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import vn.schoolrecords.core.school.Student;

/** Checks {@link IdentifierMatchesBirth}, reporting it on the {@code personalId} field. */
public final class IdentifierMatchesBirthValidator implements ConstraintValidator<IdentifierMatchesBirth, Student> {

    @Override
    public boolean isValid(Student student, ConstraintValidatorContext context) {
        boolean matches = student.personalId().birthYear() == student.dateOfBirth().getYear()
                && student.personalId().gender() == student.gender();
        if (!matches) {
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(student.personalId().value());
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("personalId")
                    .addConstraintViolation();
        }
        return matches;
    }
}
