package vn.schoolrecords.core.access;

import java.util.Objects;
import vn.schoolrecords.core.LocalizedText;

/**
 * The access policy's answer, with its reason.
 *
 * @param allowed whether the action is allowed
 * @param rule the stable name of the rule that decided, e.g. {@code Access.outsideHierarchy}, not null
 * @param reason why, in Vietnamese and English, citing the seed, not null
 */
public record AccessDecision(boolean allowed, String rule, LocalizedText reason) {

    /** Checks presence. */
    public AccessDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    static AccessDecision allow(String rule, String vi, String en) {
        return new AccessDecision(true, rule, LocalizedText.of(vi, en));
    }

    static AccessDecision deny(String rule, String vi, String en) {
        return new AccessDecision(false, rule, LocalizedText.of(vi, en));
    }
}
