package vn.schoolrecords.examples.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.transcript.SignatureFields;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.signing.verify.Finding;
import vn.schoolrecords.signing.verify.Indication;
import vn.schoolrecords.signing.verify.Modification;
import vn.schoolrecords.signing.verify.SignatureReport;
import vn.schoolrecords.signing.verify.SigningPlanCheck;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * The portal's HTML: the upload form, the report and the error pages, Vietnamese first with
 * English beside. Everything that comes from the uploaded PDF (names, field names, reasons, the
 * file name) is untrusted and goes through {@link #escape(String)}.
 */
final class ReportPage {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private static final String STYLE = """
            body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
            h1{font-size:1.5em}.en{color:#666;font-weight:normal}
            table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #ccc;padding:.4em;text-align:left;vertical-align:top}
            th{background:#f2f2f2}.verdict{font-size:1.2em;padding:.6em;border-radius:.3em}
            .TOTAL_PASSED{background:#e3f4e3;color:#145214}.INDETERMINATE{background:#fff4d6;color:#6b4e00}
            .TOTAL_FAILED{background:#fde2e2;color:#8a1010}.error{background:#fde2e2;padding:.6em}
            pre{white-space:pre-wrap;background:#f7f7f7;padding:.6em;font-family:inherit}code{font-size:.9em}
            """;

    private ReportPage() {
    }

    /**
     * Escapes text for HTML element content and quoted attribute values.
     *
     * @param text untrusted text
     * @return the text with {@code & < > " '} as character references
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The upload form. */
    static String upload(long limitBytes) {
        long mb = limitBytes / (1024 * 1024);
        return page("Kiểm tra học bạ đã ký số", "Verify a digitally signed transcript", """
                <p>Chọn tệp học bạ (PDF, tối đa %1$d MB) để kiểm tra các chữ ký số trên đó.
                <span class="en">Choose a transcript PDF (at most %1$d MB) to verify its digital signatures.</span></p>
                <form method="post" action="/verify" enctype="multipart/form-data">
                <p><label for="transcript">Tệp học bạ <span class="en">/ Transcript</span></label>
                <input type="file" id="transcript" name="transcript" accept="application/pdf,.pdf" required></p>
                <p><button type="submit" id="submit">Kiểm tra <span class="en">/ Verify</span></button></p>
                </form>
                <p class="en">JSON: <code>POST /api/verify</code> (multipart/form-data field <code>transcript</code>, or an application/pdf body).</p>
                """.formatted(mb));
    }

    /** The report of one uploaded file. */
    static String report(String fileName, String jsonPath, VerificationReport report) {
        StringBuilder b = new StringBuilder();
        b.append("<p>Tệp <span class=\"en\">/ File</span>: <strong id=\"file\">").append(escape(fileName))
                .append("</strong> (").append(report.documentLength()).append(" byte, ").append(report.revisions())
                .append(" phiên bản <span class=\"en\">/ revisions</span>)</p>\n");
        b.append("<p id=\"verdict\" class=\"verdict ").append(report.indication().name()).append("\">Kết luận: <strong>")
                .append(verdict(report.indication()).vi()).append("</strong> <span class=\"en\">/ Verdict: ")
                .append(verdict(report.indication()).en()).append("</span>")
                .append(report.subIndication().map(s -> " — <code>" + s.name() + "</code>").orElse("")).append("</p>\n");
        b.append("<p>Kiểm tra lúc <span class=\"en\">/ Validated at</span> ").append(time(report.validationTime()))
                .append(" (giờ Việt Nam <span class=\"en\">/ Vietnam time</span>)</p>\n");
        if (report.signatures().isEmpty()) {
            b.append("<p>Tệp không có chữ ký số nào. <span class=\"en\">The file holds no digital signature.</span></p>\n");
        } else {
            b.append("""
                    <table id="signatures"><thead><tr><th>#</th>
                    <th>Người ký <span class="en">/ Signer</span></th>
                    <th>Vai trò, ô ký <span class="en">/ Role, field</span></th>
                    <th>Thời điểm ký <span class="en">/ Signing time</span></th>
                    <th>Kết luận <span class="en">/ Verdict</span></th>
                    <th>Thay đổi sau khi ký <span class="en">/ Changes after signing</span></th></tr></thead><tbody>
                    """);
            int n = 0;
            for (SignatureReport s : report.signatures()) {
                b.append(row(++n, s));
            }
            b.append("</tbody></table>\n");
        }
        List<Finding> failed = report.findings().stream().filter(f -> !f.passed()).toList();
        if (!failed.isEmpty()) {
            b.append("<h2>Vấn đề của tệp <span class=\"en\">/ Problems of the file</span></h2><ul>");
            failed.forEach(f -> b.append("<li>").append(both(f.text())).append("</li>"));
            b.append("</ul>\n");
        }
        b.append("<h2>Tóm tắt <span class=\"en\">/ Summary</span></h2>\n<pre lang=\"vi\" id=\"summary-vi\">")
                .append(escape(report.text(LocalizedText.VIETNAMESE))).append("</pre>\n<pre lang=\"en\" id=\"summary-en\">")
                .append(escape(report.text(Locale.ENGLISH))).append("</pre>\n");
        b.append("<p><a href=\"").append(escape(jsonPath)).append("\">Báo cáo JSON <span class=\"en\">/ JSON report</span></a> · ")
                .append("<a href=\"/\">Kiểm tra tệp khác <span class=\"en\">/ Verify another file</span></a></p>\n");
        return page("Kết quả kiểm tra chữ ký số", "Signature verification report", b.toString());
    }

    /** The page of a refused upload or an unreadable file. */
    static String error(RecordsException e) {
        return page("Không kiểm tra được tệp", "The file could not be verified",
                "<div class=\"error\" id=\"error\"><p><code>" + escape(e.code()) + "</code></p><p>" + escape(e.text().vi())
                        + "</p><p class=\"en\">" + escape(e.text().en()) + "</p></div>\n"
                        + "<p><a href=\"/\">Quay lại <span class=\"en\">/ Back</span></a></p>\n");
    }

    /** The page of an unknown address. */
    static String notFound() {
        return page("Không tìm thấy", "Not found",
                "<p>Không có trang này (báo cáo chỉ được giữ trong thời gian ngắn). "
                        + "<span class=\"en\">No such page (reports are kept for a short time only).</span></p>"
                        + "<p><a href=\"/\">Trang đầu <span class=\"en\">/ Home</span></a></p>\n");
    }

    private static String row(int n, SignatureReport s) {
        StringBuilder b = new StringBuilder("<tr class=\"signature\"><td>").append(n).append("</td><td>");
        String signer = s.signer().map(c -> c.commonName()).or(s::signerName).orElse("?");
        b.append("<span class=\"signer\">").append(escape(signer)).append("</span>");
        if (s.kind() == SignatureReport.Kind.DOCUMENT_TIMESTAMP) {
            b.append("<br>Dấu thời gian tài liệu <span class=\"en\">/ document timestamp</span>");
        }
        b.append("</td><td>");
        role(s.fieldName()).ifPresent(r -> b.append(both(r)).append("<br>"));
        b.append("<code>").append(escape(s.fieldName())).append("</code></td><td>");
        s.signingTime().ifPresentOrElse(t -> b.append(time(t)).append("<br>")
                .append(s.timestamp().filter(x -> x.usable()).isPresent()
                        ? "theo dấu thời gian <span class=\"en\">/ timestamped</span>"
                        : "theo máy người ký <span class=\"en\">/ signer's clock</span>"),
                () -> b.append("—"));
        b.append("</td><td class=\"").append(s.indication().name()).append("\"><strong>")
                .append(both(verdict(s.indication()))).append("</strong>");
        s.subIndication().ifPresent(x -> b.append("<br><code>").append(x.name()).append("</code>"));
        s.findings().stream().filter(f -> !f.passed()).findFirst()
                .ifPresent(f -> b.append("<br>").append(s.passed() ? "Lưu ý <span class=\"en\">/ note</span>: "
                        : "Lý do <span class=\"en\">/ reason</span>: ").append(both(f.text())));
        b.append("</td><td>");
        if (s.modifications().isEmpty()) {
            b.append(s.revision() > 0 ? "Không có <span class=\"en\">/ none</span>" : "—");
        } else {
            b.append("<ul>");
            for (Modification m : s.modifications()) {
                b.append("<li>").append(m.allowed() ? "được phép <span class=\"en\">/ allowed</span>: "
                        : "<strong>KHÔNG được phép <span class=\"en\">/ NOT allowed</span></strong>: ").append(both(m.text()))
                        .append("</li>");
            }
            b.append("</ul>");
        }
        return b.append("</td></tr>\n").toString();
    }

    /** The role a field stands for, by the library's naming of signature fields ({@link SignatureFields}). */
    static Optional<LocalizedText> role(String fieldName) {
        return SignatureFields.partOf(fieldName).map(p -> LocalizedText.of(
                p.role().vietnameseName() + p.subjectCode().map(c -> " " + c).orElse(""),
                p.role().name().toLowerCase(Locale.ROOT).replace('_', ' ') + p.subjectCode().map(c -> " " + c).orElse("")));
    }

    private static LocalizedText verdict(Indication indication) {
        return switch (indication) {
            case TOTAL_PASSED -> LocalizedText.of("Hợp lệ", "Valid");
            case INDETERMINATE -> LocalizedText.of("Chưa xác định được", "Indeterminate");
            case TOTAL_FAILED -> LocalizedText.of("KHÔNG hợp lệ", "NOT valid");
        };
    }

    private static String both(LocalizedText text) {
        return escape(text.vi()) + " <span class=\"en\">/ " + escape(text.en()) + "</span>";
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(VIETNAM));
    }

    private static String page(String titleVi, String titleEn, String body) {
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + titleVi + " / " + titleEn + "</title><style>" + STYLE + "</style></head>\n<body>\n"
                + "<h1>" + titleVi + " <span class=\"en\">/ " + titleEn + "</span></h1>\n" + body
                + "<footer><p class=\"en\">schoolrecords — cổng kiểm tra mẫu / example verification portal</p></footer>\n"
                + "</body></html>\n";
    }
}
