package vn.schoolrecords.examples.portal;

import vn.schoolrecords.core.LocalizedText;

/** The portal's HTML: the upload form, a report, an error. Every text from outside is escaped. */
final class Page {

    private static final String STYLE = """
            body{font-family:"Liberation Serif","Times New Roman",serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
            h1{font-size:1.5rem;margin-bottom:.2rem} .en{color:#555;font-style:italic}
            form{border:1px solid #bbb;padding:1rem;margin:1rem 0;background:#fafafa}
            .verdict{padding:.8rem 1rem;font-weight:bold;margin:1rem 0}
            .ok{background:#e3f4e1;border-left:6px solid #2e7d32} .bad{background:#fbe4e4;border-left:6px solid #c62828}
            pre{white-space:pre-wrap;font-family:inherit;font-size:1rem;line-height:1.45}
            """;

    private Page() {
    }

    static String form() {
        return page("", "");
    }

    static String report(boolean passed, boolean unsigned, String vi, String en) {
        String verdict = unsigned
                ? "<div id=\"verdict\" class=\"verdict bad\">Tệp không có chữ ký số <span class=\"en\">/ The file carries no signature</span></div>"
                : passed
                        ? "<div id=\"verdict\" class=\"verdict ok\">Hợp lệ <span class=\"en\">/ Valid</span></div>"
                        : "<div id=\"verdict\" class=\"verdict bad\">Không hợp lệ <span class=\"en\">/ Not valid</span></div>";
        return page(verdict, "<section id=\"report\"><pre lang=\"vi\">" + escape(vi) + "</pre><pre lang=\"en\" class=\"en\">"
                + escape(en) + "</pre></section>");
    }

    static String error(LocalizedText text) {
        return page("<div id=\"verdict\" class=\"verdict bad\">" + escape(text.vi()) + " <span class=\"en\">/ "
                + escape(text.en()) + "</span></div>", "");
    }

    private static String page(String verdict, String report) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Kiểm tra học bạ điện tử / Transcript verification</title><style>" + STYLE + "</style></head><body>"
                + "<h1>Kiểm tra chữ ký số trên học bạ</h1><div class=\"en\">Verify the digital signatures of a transcript (học bạ)</div>"
                + "<form method=\"post\" action=\"/verify\" enctype=\"multipart/form-data\">"
                + "<label>Tệp PDF / PDF file: <input type=\"file\" name=\"pdf\" accept=\"application/pdf\" required></label> "
                + "<button type=\"submit\" id=\"verify\">Kiểm tra / Verify</button></form>"
                + verdict + report + "</body></html>";
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
