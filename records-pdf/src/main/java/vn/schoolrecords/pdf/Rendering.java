package vn.schoolrecords.pdf;

import java.util.Optional;

import vn.schoolrecords.core.school.School;
import vn.schoolrecords.pdf.internal.Print;

/**
 * Resolves public options into what the internal layout needs, for the renderers of this module
 * and its sub-packages ({@code gradebook}, {@code plan}). Vendors call the renderers, not this:
 * what it returns is of a package the module does not export.
 */
public final class Rendering {

    private Rendering() {
    }

    /**
     * The options of one rendering, resolved: the fonts' bytes, the agency as printed (the
     * school's own unless the options' branding says otherwise), the decoded logo.
     *
     * @param options the options, not null
     * @param school the record's school, not null
     * @return the resolved options, not null
     */
    public static Print print(PdfOptions options, School school) {
        SchoolBranding branding = options.branding().orElseGet(() -> SchoolBranding.from(school));
        return new Print(options.layout(), options.fonts().faces(), branding.governingOffice(), branding.name(),
                branding.logo().isPresent() ? Optional.of(branding.decodedLogo()) : Optional.empty(),
                school.province(), options.printDate());
    }
}
