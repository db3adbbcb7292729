package vn.schoolrecords.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the violations an {@link InvalidValueException} carries. */
@SuppressWarnings("exports")
public final class ViolationAssertions {

    private ViolationAssertions() {
    }

    /**
     * Runs the code, expects an {@link InvalidValueException} with a violation at the path under
     * the rule, whose message is given in two different languages, and returns that violation.
     */
    public static Violation rejected(ThrowingCallable code, String path, String rule) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, code);
        assertThat(e).as("an InvalidValueException at %s (%s)", path, rule).isNotNull();
        assertThat(e.code()).isEqualTo(InvalidValueException.CODE);
        assertThat(e.violations())
                .as("violations of %s", e.getMessage())
                .anySatisfy(v -> {
                    assertThat(v.path()).isEqualTo(path);
                    assertThat(v.rule()).isEqualTo(rule);
                });
        Violation v = e.violations().stream()
                .filter(x -> x.path().equals(path) && x.rule().equals(rule)).findFirst().orElseThrow();
        assertBilingual(v.message());
        assertBilingual(e.text());
        return v;
    }

    /** Both texts present, and not the same text twice (a missing translation). */
    public static void assertBilingual(LocalizedText text) {
        assertThat(text.vi()).isNotBlank();
        assertThat(text.en()).isNotBlank();
        assertThat(text.vi()).isNotEqualTo(text.en());
    }
}
