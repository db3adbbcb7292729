package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The reasons behind an outcome, built only when first asked for: assessing a million
 * student-years must not pay for a million explanations nobody reads. Two {@code Reasons} are
 * equal when their lists are.
 */
public final class Reasons {

    private final Supplier<List<Reason>> explain;
    private volatile List<Reason> reasons;

    private Reasons(Supplier<List<Reason>> explain) {
        this.explain = explain;
    }

    /**
     * Reasons that the supplier builds on first use; it is called at most once per thread race.
     *
     * @param explain builds the reasons, not null
     * @return the lazy reasons, not null
     */
    public static Reasons lazy(Supplier<List<Reason>> explain) {
        return new Reasons(Objects.requireNonNull(explain, "explain"));
    }

    /**
     * Reasons already built.
     *
     * @param reasons the reasons, not null
     * @return the reasons, not null
     */
    public static Reasons of(List<Reason> reasons) {
        List<Reason> copy = List.copyOf(reasons);
        Reasons r = new Reasons(() -> copy);
        r.reasons = copy;
        return r;
    }

    /** @return every condition checked, in the order checked, not null */
    public List<Reason> list() {
        List<Reason> r = reasons;
        if (r == null) {
            r = List.copyOf(explain.get());
            reasons = r;
        }
        return r;
    }

    /** @return the conditions that failed, not null */
    public List<Reason> failed() {
        return list().stream().filter(reason -> !reason.held()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reasons other && list().equals(other.list());
    }

    @Override
    public int hashCode() {
        return list().hashCode();
    }

    @Override
    public String toString() {
        return list().toString();
    }
}
