package vn.schoolrecords.core.transcript;

/** Whether a role's signature is part of a school's signing plan. */
public enum SigningRequirement {
    /** Must sign before the next role may. */
    REQUIRED,
    /** May sign, in its turn; the next role does not wait for it. */
    OPTIONAL,
    /** Does not sign. */
    NONE
}
