package vn.schoolrecords.core.transcript.digital.submission;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;

/** Records and senders of the submission tests. */
final class SubmissionFixtures {

    static final TransactionHeader HEADER = TransactionHeader.of("token-123", "truong.79000701",
            "mật khẩu".toCharArray(), "79000701", SchoolYear.of(2025));
    private static final String DUMMY_SIGNATURE = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
            + "<ds:SignedInfo/></ds:Signature>";

    // Building a sample transcript assesses every year of a whole school; two are enough here.
    private static final Transcript PRIMARY = SampleTranscripts.primary(1);
    private static final Transcript SECONDARY = SampleTranscripts.secondary(1);
    private static final java.util.Map<Integer, Transcript> BULKY = new java.util.concurrent.ConcurrentHashMap<>();

    private SubmissionFixtures() {
    }

    /** @return n records, primary and secondary in turn, each with its own lookup code */
    static List<DigitalTranscript> records(int n) {
        List<DigitalTranscript> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Transcript t = i % 2 == 0 ? PRIMARY : SECONDARY;
            list.add(DigitalTranscript.of(t, new UUID(0x1234_0000_0000_4000L | i, 0x8000_0000_0000_0000L | i),
                    Instant.parse("2026-06-20T03:00:00Z")));
        }
        return list;
    }

    /**
     * A record made large and hard to compress: a copy reissued many times with random reasons
     * (GZip's 32 KB window never reaches back into the record before, so records sharing the
     * texts compress as badly as records that do not).
     *
     * @param seed the lookup code's seed
     * @param copies how many reissues
     */
    static DigitalTranscript bulky(long seed, int copies) {
        Transcript t = BULKY.computeIfAbsent(copies, SubmissionFixtures::reissued);
        return DigitalTranscript.of(t, new UUID(0x5678_0000_0000_4000L | seed, 0x8000_0000_0000_0000L | seed),
                Instant.parse("2026-06-20T03:00:00Z"));
    }

    private static Transcript reissued(int copies) {
        SplittableRandom random = new SplittableRandom(copies);
        Transcript t = SECONDARY;
        LocalDate day = t.closing().orElseThrow().date().plusDays(1);
        for (int i = 0; i < copies; i++) {
            StringBuilder reason = new StringBuilder();
            while (reason.length() < 480) {
                reason.append((char) ('a' + random.nextInt(26)));
                if (random.nextInt(7) == 0) {
                    reason.append(' ');
                }
            }
            t = t.reissue(day.plusDays(i), "Phụ huynh " + i, reason.toString().strip());
        }
        return t;
    }

    /** @return the record's XML with a placeholder signature in its signing area (the portal approves signed ones) */
    static byte[] signedLooking(DigitalTranscript record) {
        String xml = new String(DigitalTranscriptXml.write(record), StandardCharsets.UTF_8);
        return xml.replace("<CBQL></CBQL>", "<CBQL>" + DUMMY_SIGNATURE + "</CBQL>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
