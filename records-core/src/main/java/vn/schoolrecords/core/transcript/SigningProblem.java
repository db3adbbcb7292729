package vn.schoolrecords.core.transcript;

/** Why a {@link SigningPlan} refused a signature, each with the stable code of its {@link SigningException}. */
public enum SigningProblem {
    /**
     * Before its turn: an earlier role still has a required signature missing, a later role has
     * signed already, or its instant precedes the last signature's.
     */
    OUT_OF_ORDER("SIGNATURE_OUT_OF_ORDER"),
    /** By someone the plan does not name for that part and role. */
    NOT_IN_PLAN("SIGNER_NOT_IN_PLAN"),
    /** The same signer signed the same part already. */
    REPEATED("SIGNATURE_REPEATED"),
    /** The school's seal (con dấu, organisation signature) was applied: the page is issued and frozen. */
    AFTER_SEAL("SIGNATURE_AFTER_SEAL");

    private final String code;

    SigningProblem(String code) {
        this.code = code;
    }

    /** @return the stable code, e.g. {@code SIGNATURE_OUT_OF_ORDER}, not null */
    public String code() {
        return code;
    }
}
