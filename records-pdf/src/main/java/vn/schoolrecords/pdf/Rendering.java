package vn.schoolrecords.pdf;

import java.util.Optional;

import vn.schoolrecords.core.school.School;
import vn.schoolrecords.pdf.internal.Print;

/** Resolves public options into what the internal layout needs. */
final class Rendering {

    private Rendering() {
    }

    static Print print(PdfOptions options, School school) {
        SchoolBranding branding = options.branding().orElseGet(() -> SchoolBranding.from(school));
        return new Print(options.layout(), options.fonts().faces(), branding.governingOffice(), branding.name(),
                branding.logo().isPresent() ? Optional.of(branding.decodedLogo()) : Optional.empty(),
                school.province(), options.printDate());
    }
}
