package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.schoolrecords.core.RecordsException;

/**
 * Mutations of a signed transcript (two signers, B-T): the verifier answers with a report or a
 * typed error, never anything else, and never TOTAL_PASSED when a signed byte changed. Which
 * mutations must fail: any change of a byte a signature covers (outside every /Contents gap); a
 * byte in a gap changed to a non-hex character; damage to a cross-reference or startxref (they
 * are signed bytes too). A gap's zero padding changed to another hex digit changes no signed byte
 * and may still pass, and a truncation exactly at the end of a signed revision is the genuine
 * earlier version.
 */
class VerifierFuzzProperties {

    static Fixtures f;
    static byte[] signed;
    static List<long[]> ranges;
    static VerificationPolicy offline;

    @BeforeContainer
    static void start() {
        f = new Fixtures();
        signed = f.signed(2, true);
        ranges = new ArrayList<>();
        Matcher m = Pattern.compile("/ByteRange \\[(\\d+) (\\d+) (\\d+) (\\d+)\\s*\\]")
                .matcher(new String(signed, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            ranges.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))});
        }
        // Offline: revocation is not what these properties are about; structure and cryptography are.
        offline = VerificationPolicy.builder(Fixtures.NOW.plus(Duration.ofHours(1))).revocationRequired(false).build();
        assertThat(ranges).hasSize(2);
        assertThat(PdfSignatureVerifier.verify(signed, f.trust, offline).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @AfterContainer
    static void stop() {
        f.close();
    }

    /** The verdict, or null when the verifier refused the file with a typed error. */
    static Indication verdict(byte[] pdf) {
        try {
            return PdfSignatureVerifier.verify(pdf, f.trust, offline).indication();
        } catch (RecordsException typed) {
            return null;
        }
    }

    static boolean inAGap(long offset) {
        return ranges.stream().anyMatch(r -> offset >= r[1] && offset < r[2]);
    }

    @Property(tries = 80)
    void aTruncatedFileNeverPassesUnlessItIsAnEarlierSignedRevision(@ForAll @IntRange(min = 1, max = 1_000_000) int cut) {
        int length = 1 + cut % (signed.length - 1);
        byte[] truncated = java.util.Arrays.copyOf(signed, length);
        boolean earlierRevision = ranges.stream().anyMatch(r -> r[2] + r[3] == length);
        Indication v = verdict(truncated);
        if (!earlierRevision) {
            assertThat(v).isNotEqualTo(Indication.TOTAL_PASSED);
        }
    }

    @Property(tries = 150)
    void aFlippedSignedByteNeverPasses(@ForAll @IntRange(min = 0, max = 1_000_000) int where,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        int offset = where % signed.length;
        byte[] flipped = signed.clone();
        flipped[offset] ^= (byte) mask;
        Indication v = verdict(flipped);
        boolean gap = inAGap(offset);
        boolean gapHexDigit = gap && Character.digit(flipped[offset], 16) >= 0 && offset != ranges.stream()
                .filter(r -> offset >= r[1] && offset < r[2]).findFirst().orElseThrow()[1];
        if (!gap || !gapHexDigit) {
            assertThat(v).as("flip at %d (gap %s)", offset, gap).isNotEqualTo(Indication.TOTAL_PASSED);
        }
    }

    @Property(tries = 60)
    void aDamagedCrossReferenceNeverPasses(@ForAll @IntRange(min = 0, max = 1) int revision,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where, @ForAll @IntRange(min = 1, max = 16) int length,
            @ForAll @IntRange(min = 0, max = 255) int fill) {
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        long[] r = ranges.get(revision);
        int end = (int) (r[2] + r[3]);
        int startxref = text.lastIndexOf("startxref", end);
        int xref = Integer.parseInt(text.substring(startxref + 9, end).replaceAll("[^0-9]", ""));
        // From the cross-reference (table or stream) to the end of the revision: all signed bytes.
        int from = xref + where % Math.max(1, end - xref);
        byte[] damaged = signed.clone();
        boolean changed = false;
        for (int i = from; i < Math.min(end, from + length); i++) {
            changed |= damaged[i] != (byte) fill;
            damaged[i] = (byte) fill;
        }
        Indication v = verdict(damaged);
        if (changed) {
            assertThat(v).isNotEqualTo(Indication.TOTAL_PASSED);
        }
    }
}
