package vn.schoolrecords.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.pdf.PdfOptions;

class PdfATest {

    @Test
    void pdfDateIsWhatPdfBoxWritesForTheSameInstantInVietnam() {
        for (String at : new String[] {"2025-09-05T01:30:00Z", "2025-12-31T17:59:59.900Z", "2026-01-01T00:00:00Z"}) {
            Instant instant = Instant.parse(at);
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(PdfOptions.VIETNAM));
            calendar.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
            assertEquals(DateConverter.toString(calendar), PdfA.pdfDate(instant), at);
        }
        assertEquals("D:20250905083000+07'00'", PdfA.pdfDate(Instant.parse("2025-09-05T01:30:00Z")));
    }
}
