package vn.schoolrecords.pdf.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.schoolrecords.pdf.PageLayout;

/**
 * The options of one rendering, resolved: the fonts' bytes, the agency as printed (the
 * school's own unless the vendor's branding says otherwise), the decoded logo.
 */
public record Print(PageLayout layout, byte[][] fonts, String governingOffice, String agencyName,
        Optional<BufferedImage> logo, String place, LocalDate printDate) {

    /** The issuing agency of the heading, its logo embedded in the document. */
    public Decree30.Agency agency(PDDocument doc) {
        Optional<PDImageXObject> image = logo.map(l -> {
            try {
                return LosslessFactory.createFromImage(doc, l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Decree30.Agency(governingOffice, agencyName, image);
    }
}
