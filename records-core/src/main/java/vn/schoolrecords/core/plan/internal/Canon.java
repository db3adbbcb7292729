package vn.schoolrecords.core.plan.internal;

import java.util.Optional;
import vn.schoolrecords.core.audit.CanonicalWriter;

/** Canonical bytes of the optional values plans hold. */
public final class Canon {

    private Canon() {
    }

    /** Writes an optional text: presence flag, then the text. */
    public static void text(CanonicalWriter out, Optional<String> value) {
        out.present(value.isPresent());
        value.ifPresent(out::text);
    }

    /** Writes an optional enum constant: presence flag, then its name. */
    public static void name(CanonicalWriter out, Optional<? extends Enum<?>> value) {
        out.present(value.isPresent());
        value.ifPresent(out::name);
    }
}
