package vn.schoolrecords.pdf.internal;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Optional;

import vn.schoolrecords.pdf.PageLayout;

/**
 * The options of one rendering, resolved: the fonts' bytes, the agency as printed (the
 * school's own unless the vendor's branding says otherwise), the decoded logo.
 */
public record Print(PageLayout layout, byte[][] fonts, String governingOffice, String agencyName,
        Optional<BufferedImage> logo, String place, LocalDate printDate) {
}
