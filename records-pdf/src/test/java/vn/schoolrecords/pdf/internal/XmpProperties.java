package vn.schoolrecords.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.schoolrecords.pdf.PdfOptions;

/** The XMP template writes exactly what xmpbox would, whatever the title, author and subject. */
class XmpProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠệặỗỮ &<>\"'-,.;/()0123456789")
                        .ofMinLength(1).ofMaxLength(80),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("ab\t\n\r\u0001\u007f\u0085\u2028\ud800\uFEFF&<>").ofMinLength(1).ofMaxLength(10));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
    }

    @Property(tries = 300)
    void theTemplateWritesWhatXmpboxWrites(@ForAll("texts") String title, @ForAll("texts") String author,
            @ForAll("texts") String subject, @ForAll("instants") Instant created) {
        PdfA.Description description = new PdfA.Description(title, author, subject, created);
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(PdfOptions.VIETNAM));
        calendar.setTimeInMillis(created.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());

        String expected;
        try {
            expected = new String(PdfA.xmpByXmpbox(description, calendar), StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            // Text XML cannot carry (a lone surrogate): the template must refuse it the same way.
            assertThatThrownBy(() -> PdfA.xmp(description, calendar)).isInstanceOf(IllegalStateException.class);
            return;
        }
        assertThat(new String(PdfA.xmp(description, calendar), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Example
    void aVietnameseTitleWithMarkupCharactersIsEscaped() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(PdfOptions.VIETNAM));
        calendar.setTimeInMillis(Instant.parse("2025-09-05T01:30:00Z").toEpochMilli());
        String xmp = new String(PdfA.xmp(new PdfA.Description("Học bạ <Nguyễn & Trần>", "Trường THCS Lê Lợi",
                "Sổ điểm", Instant.parse("2025-09-05T01:30:00Z")), calendar), StandardCharsets.UTF_8);

        assertThat(xmp).contains("<rdf:li xml:lang=\"x-default\">Học bạ &lt;Nguyễn &amp; Trần&gt;</rdf:li>")
                .contains("<xmp:CreateDate>2025-09-05T08:30:00+07:00</xmp:CreateDate>")
                .contains("<pdfaid:part>3</pdfaid:part>");
    }
}
