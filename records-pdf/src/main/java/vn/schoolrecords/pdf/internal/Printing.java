package vn.schoolrecords.pdf.internal;

import java.util.Objects;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.pdf.PdfOptions;

/**
 * Resolves {@link PdfOptions} for renderers outside the root package (transcripts, grade books…).
 * The fonts' bytes and the decoded logo are package-private in the root package, so the root
 * hands its resolver over once, when {@link PdfOptions} is initialised — before any caller can
 * hold options — in the way the JDK's SharedSecrets do, and nothing public grows for it.
 */
public final class Printing {

    /** What the root package offers: options resolved for one rendering. */
    public interface Resolver {
        Print print(PdfOptions options, School school);
    }

    private static volatile Resolver resolver;

    private Printing() {
    }

    /** Called by the root package only; the first resolver stays. */
    public static void register(Resolver value) {
        if (resolver == null) {
            resolver = Objects.requireNonNull(value, "value");
        }
    }

    /** The options resolved for printing a record of the school. */
    public static Print print(PdfOptions options, School school) {
        Objects.requireNonNull(options, "options");
        // Holding options means PdfOptions was initialised, and its initialiser registers.
        return resolver.print(options, school);
    }
}
