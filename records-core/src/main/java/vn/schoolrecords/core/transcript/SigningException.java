package vn.schoolrecords.core.transcript;

import java.util.Objects;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A {@link SigningPlan} refused a signature; the plan is unchanged. The code is the
 * {@linkplain #problem() problem}'s stable code.
 */
public final class SigningException extends RecordsException {

    private static final long serialVersionUID = 1L;

    private final SigningProblem problem;
    private final String signerId;
    private final transient SigningPart part;

    /**
     * Creates the exception.
     *
     * @param problem why the signature was refused, not null
     * @param signerId who tried to sign, not null
     * @param part what the signature was to cover, not null
     * @param text the message in both languages, not null
     */
    public SigningException(SigningProblem problem, String signerId, SigningPart part, LocalizedText text) {
        super(Objects.requireNonNull(problem, "problem").code(), text);
        this.problem = problem;
        this.signerId = Objects.requireNonNull(signerId, "signerId");
        this.part = Objects.requireNonNull(part, "part");
    }

    /** @return why the signature was refused, not null */
    public SigningProblem problem() {
        return problem;
    }

    /** @return the id of who tried to sign, not null */
    public String signerId() {
        return signerId;
    }

    /** @return the part the signature was to cover, not null */
    public SigningPart part() {
        return part;
    }
}
