package vn.schoolrecords.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.schoolrecords.core.LocalizedText;

/**
 * The elements of an administrative document after Decree 30/2020/NĐ-CP, Phụ lục I, Phần I:
 * the national title (Quốc hiệu) and motto (Tiêu ngữ), the issuing agency, the place and date,
 * the document's title, page numbers and the signer blocks.
 */
public final class Decree30 {

    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** Quốc hiệu, agency names: 12–13 pt; we use 12 so long school names wrap less. */
    static final Style NATIONAL_TITLE_STYLE = Style.bold(12);
    static final Style MOTTO_STYLE = Style.bold(13);
    static final Style PARENT_AGENCY_STYLE = Style.regular(12);
    static final Style AGENCY_STYLE = Style.bold(12);
    static final Style PLACE_DATE_STYLE = Style.italic(13);
    static final Style TITLE_STYLE = Style.bold(14);
    static final Style SUBTITLE_STYLE = Style.bold(13);
    static final Style SIGNER_STYLE = Style.bold(13);
    static final Style PAGE_NUMBER_STYLE = Style.regular(13);
    static final Style PRINT_DATE_STYLE = Style.italic(10);

    /** The share of the content width for the agency column; the national title takes the rest. */
    private static final float AGENCY_SHARE = 0.42f;
    private static final float RULE = 0.6f;
    /** Room for a handwritten or digital signature image, about 28 mm. */
    static final float SIGNATURE_SPACE = 80f;
    static final float SIGNATURE_WIDTH = 150f;
    static final float SIGNATURE_HEIGHT = 64f;
    /** A round seal at real size, 40 mm across. */
    static final float SEAL_SIZE = 113.4f;

    private Decree30() {
    }

    /** The issuing agency: governing office above, the agency itself below, an optional logo beside. */
    public record Agency(String governingOffice, String name, Optional<PDImageXObject> logo) {
    }

    /**
     * A signer: authority and title (e.g. {@code HIỆU TRƯỞNG}), name, the signature field's name,
     * and optionally the organisation's seal field overlapping the signature on the left.
     */
    public record Signer(String title, String name, String field, Optional<String> sealField) {
    }

    /** The agency of a rendering: its governing office and name as printed, and its logo put into the document. */
    public static Agency agency(PDDocument doc, Print print) {
        Optional<PDImageXObject> logo = print.logo().map(image -> {
            try {
                return LosslessFactory.createFromImage(doc, image);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Agency(print.governingOffice(), print.agencyName(), logo);
    }

    /**
     * Page numbers centred in the top margin from page 2 (none on page 1), and the print date
     * (ngày in) at the bottom right of every page.
     */
    public static void decoratePages(Canvas canvas, LocalDate printDate) {
        String printed = "Ngày in: " + printDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        canvas.onNewPage(index -> {
            float pageHeight = canvas.page().getMediaBox().getHeight();
            float topMargin = pageHeight - canvas.area().top();
            if (index > 0) {
                String number = Integer.toString(index + 1);
                float w = canvas.fonts().width(number, PAGE_NUMBER_STYLE);
                float x = canvas.area().x() + (canvas.area().width() - w) / 2;
                canvas.marginText(number, PAGE_NUMBER_STYLE, x,
                        pageHeight - (topMargin - PAGE_NUMBER_STYLE.leading()) / 2);
            }
            float w = canvas.fonts().width(printed, PRINT_DATE_STYLE);
            float bottomMargin = canvas.area().y();
            canvas.marginText(printed, PRINT_DATE_STYLE, canvas.area().right() - w,
                    (bottomMargin + PRINT_DATE_STYLE.leading()) / 2);
        });
    }

    /**
     * The heading of page 1: the agency block on the left, the national title and motto on the
     * right with the place and date under them; the cursor ends below the lower of the two.
     */
    public static void heading(Canvas canvas, Agency agency, String placeAndDate) {
        Rect area = canvas.area();
        float top = canvas.cursor();
        float leftWidth = area.width() * AGENCY_SHARE;

        float textX = area.x();
        float textWidth = leftWidth;
        if (agency.logo().isPresent()) {
            PDImageXObject logo = agency.logo().get();
            float h = 40f;
            float w = Math.min(48f, h * logo.getWidth() / logo.getHeight());
            h = w * logo.getHeight() / logo.getWidth();
            canvas.image(logo, new Rect(area.x(), top - h, w, h));
            textX += w + 4;
            textWidth -= w + 4;
        }
        canvas.paragraph(upper(agency.governingOffice()), PARENT_AGENCY_STYLE, Canvas.Align.CENTER, textX, textWidth);
        List<Float> nameLines = canvas.paragraph(upper(agency.name()), AGENCY_STYLE, Canvas.Align.CENTER, textX,
                textWidth);
        // A rule of about a third of the agency name's line, centred under it.
        float ruleLength = Math.max(nameLines.get(nameLines.size() - 1) / 3, textWidth / 4);
        float ruleY = canvas.cursor() - 2;
        canvas.rule(textX + (textWidth - ruleLength) / 2, textX + (textWidth + ruleLength) / 2, ruleY, RULE);
        float leftBottom = ruleY - 2;

        canvas.moveTo(top);
        float rightX = area.x() + leftWidth;
        float rightWidth = area.width() - leftWidth;
        canvas.paragraph(NATIONAL_TITLE, NATIONAL_TITLE_STYLE, Canvas.Align.CENTER, rightX, rightWidth);
        List<Float> motto = canvas.paragraph(MOTTO, MOTTO_STYLE, Canvas.Align.CENTER, rightX, rightWidth);
        // The motto's rule is as long as the motto.
        float mottoWidth = motto.get(0);
        float mottoRuleY = canvas.cursor() - 2;
        canvas.rule(rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, mottoRuleY, RULE);
        canvas.moveTo(mottoRuleY - 10);
        canvas.paragraph(placeAndDate, PLACE_DATE_STYLE, Canvas.Align.CENTER, rightX, rightWidth);

        canvas.moveTo(Math.min(leftBottom, canvas.cursor()) - 18);
    }

    /** A document's title, upper case, and the lines under it, centred. */
    public static void title(Canvas canvas, String title, List<String> subtitles) {
        Rect area = canvas.area();
        canvas.paragraph(upper(title), TITLE_STYLE, Canvas.Align.CENTER, area.x(), area.width());
        for (String subtitle : subtitles) {
            canvas.paragraph(subtitle, SUBTITLE_STYLE, Canvas.Align.CENTER, area.x(), area.width());
        }
        canvas.advance(12);
    }

    /**
     * "Hà Nội, ngày 05 tháng 9 năm 2025": the day zero-padded below 10, and the months January and
     * February written 01 and 02 (Phụ lục I, Phần I, khoản 5).
     */
    public static String placeAndDate(String place, LocalDate date) {
        int month = date.getMonthValue();
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth())
                + " tháng " + (month <= 2 ? "0" + month : Integer.toString(month)) + " năm " + date.getYear();
    }

    /**
     * The signer blocks, kept together at the bottom right: one signer takes the right half of
     * the width; several share it equally, the last (the head of the school) on the right. Each
     * block is its title, an empty signature field centred in the space for the signature, and
     * the signer's name; a seal field, when asked for, overlaps the left third of the signature.
     */
    public static void signers(Canvas canvas, Signatures signatures, List<Signer> signers) {
        Rect area = canvas.area();
        int columns = Math.max(2, signers.size());
        float columnWidth = area.width() / columns;
        float height = 0;
        for (Signer s : signers) {
            height = Math.max(height, canvas.paragraphHeight(upper(s.title()), SIGNER_STYLE, columnWidth));
        }
        float blockHeight = height + SIGNATURE_SPACE + SIGNER_STYLE.leading() + 6;
        canvas.advance(6);
        canvas.ensure(blockHeight);
        float top = canvas.cursor();
        float bottom = top;
        for (int i = 0; i < signers.size(); i++) {
            Signer s = signers.get(i);
            float x = area.x() + columnWidth * (columns - signers.size() + i);
            canvas.moveTo(top);
            canvas.paragraph(upper(s.title()), SIGNER_STYLE, Canvas.Align.CENTER, x, columnWidth);
            canvas.moveTo(top - height);
            float sigWidth = Math.min(SIGNATURE_WIDTH, columnWidth - 8);
            Rect signature = new Rect(x + (columnWidth - sigWidth) / 2,
                    canvas.cursor() - (SIGNATURE_SPACE + SIGNATURE_HEIGHT) / 2, sigWidth, SIGNATURE_HEIGHT);
            signatures.field(canvas, s.field(), signature);
            if (s.sealField().isPresent()) {
                signatures.field(canvas, s.sealField().get(), sealOver(signature, area));
            }
            canvas.advance(SIGNATURE_SPACE);
            canvas.paragraph(s.name(), SIGNER_STYLE, Canvas.Align.CENTER, x, columnWidth);
            bottom = Math.min(bottom, canvas.cursor());
        }
        canvas.moveTo(bottom);
    }

    /** The seal's square: centred on the signature's height, its right edge a third into the signature. */
    static Rect sealOver(Rect signature, Rect area) {
        float size = Math.min(SEAL_SIZE, area.width() / 3);
        float x = Math.max(area.x(), signature.x() + signature.width() / 3 - size);
        float y = signature.y() + (signature.height() - size) / 2;
        y = Math.max(area.y(), Math.min(y, area.top() - size));
        return new Rect(x, y, size, size);
    }

    static String upper(String text) {
        return text.toUpperCase(LocalizedText.VIETNAMESE);
    }
}
