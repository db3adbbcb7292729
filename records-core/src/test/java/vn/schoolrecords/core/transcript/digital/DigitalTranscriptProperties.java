package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.schoolrecords.core.register.RegisterNumber;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.ReissueCancellation;
import vn.schoolrecords.core.transcript.Transcript;

/**
 * Model → XML → model is the identity, for sample transcripts of both levels and random values,
 * with and without the learner's and the years' details (each part present or absent).
 */
class DigitalTranscriptProperties {

    @Property(tries = 40)
    void roundTripIsIdentity(@ForAll("records") DigitalTranscript record) {
        byte[] xml = DigitalTranscriptXml.write(record);

        assertThat(DigitalTranscriptXml.read(xml)).isEqualTo(record);
        assertThat(DigitalTranscriptXml.write(DigitalTranscriptXml.read(xml))).isEqualTo(xml);
    }

    @Provide
    Arbitrary<DigitalTranscript> records() {
        Arbitrary<Transcript> transcripts = Combinators.combine(Arbitraries.longs().between(0, 1_000),
                Arbitraries.of(true, false)).as((seed, primary) -> primary ? SampleTranscripts.primary(seed)
                        : SampleTranscripts.secondary(seed));
        Arbitrary<String> texts = Arbitraries.strings()
                .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẠẢÃỆỮ &<>\"'\n]]>").ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(s -> !s.isEmpty());
        Arbitrary<Transcript> withCopies = Combinators.combine(transcripts, texts, texts,
                Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
                .as((t, requester, reason, copies, cancel) -> {
                    LocalDate day = t.closing().map(c -> c.date()).orElse(LocalDate.of(2026, 7, 1)).plusDays(3);
                    for (int i = 0; i < copies; i++) {
                        t = t.reissue(day.plusDays(i), requester, reason);
                    }
                    return cancel && copies > 0 ? t.cancelReissue(1, new ReissueCancellation(day.plusDays(9), reason)) : t;
                });
        Arbitrary<DigitalTranscript> plain = Combinators.combine(withCopies, Arbitraries.longs(), Arbitraries.longs(),
                Arbitraries.longs().between(1_500_000_000L, 4_000_000_000L),
                Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(40).optional())
                .as((t, hi, lo, seconds, lifelong) -> {
                    DigitalTranscript r = DigitalTranscript.of(t, DigitalTranscriptFixtures.uuid4(hi, lo),
                            Instant.ofEpochSecond(seconds, 123));
                    return lifelong.map(r::withLifelongRecordCode).orElse(r);
                });
        return Combinators.combine(plain, learners(texts), yearDetails(texts).list().ofMaxSize(4))
                .as((r, learner, years) -> {
                    DigitalTranscript out = r.withLearner(learner);
                    var pages = r.transcript().years();
                    for (int i = 0; i < Math.min(years.size(), pages.size()); i++) {
                        out = out.withYearDetails(pages.get(i).year(), years.get(i));
                    }
                    return out;
                });
    }

    /** Learner details with each part present or absent. */
    private static Arbitrary<LearnerDetails> learners(Arbitrary<String> texts) {
        Arbitrary<LearnerDetails.Relative> relatives = Combinators.combine(texts, texts.optional())
                .as(LearnerDetails.Relative::new);
        Arbitrary<RegisterNumber> numbers = Combinators.combine(Arbitraries.integers().between(2000, 2100),
                Arbitraries.integers().between(1, 999_999_999)).as((y, n) -> RegisterNumber.of(SchoolYear.of(y), n));
        return Combinators.combine(numbers.optional(), texts.optional(), texts.optional(), relatives.optional(),
                relatives.optional(), relatives.optional()).as(LearnerDetails::new);
    }

    /** Year details with each part present or absent; measurements with up to 4 decimals, trailing zeros or not. */
    private static Arbitrary<YearDetails> yearDetails(Arbitrary<String> texts) {
        Arbitrary<BigDecimal> measures = Combinators.combine(Arbitraries.integers().between(1, 9_999_999),
                Arbitraries.integers().between(0, 4)).as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
                .filter(d -> d.compareTo(BigDecimal.valueOf(1000)) < 0);
        Arbitrary<PersonalIdentifier> ids = Arbitraries.strings().numeric().ofLength(9)
                .map(digits -> PersonalIdentifier.parse("079" + digits));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
        return Combinators.combine(measures.optional(), measures.optional(), texts.optional(), ids.optional(),
                texts.optional(), dates.optional()).as(YearDetails::new);
    }

    @Property(tries = 30)
    void creationTimeIsAlwaysWrittenAtPlusSevenToTheSecond(@ForAll long seconds) {
        Instant at = Instant.ofEpochSecond(Math.floorMod(seconds, 4_000_000_000L), 999_999_999);
        DigitalTranscript r = DigitalTranscript.of(SampleTranscripts.secondary(1), DigitalTranscriptFixtures.uuid4(1, 2), at);

        assertThat(r.createdAt().getOffset()).isEqualTo(DigitalTranscript.VIETNAM);
        assertThat(r.createdAt().getNano()).isZero();
        assertThat(r.createdAt().toInstant()).isEqualTo(Instant.ofEpochSecond(at.getEpochSecond()));
        assertThat(Optional.of(new String(DigitalTranscriptXml.write(r), java.nio.charset.StandardCharsets.UTF_8)))
                .get().asString().containsPattern("<NGAY_TAO_HOC_BA>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00<");
    }

    @Property(tries = 100)
    void dateTimesAreWrittenAtPlusSevenAndReadBack(@ForAll long seconds) {
        Instant at = Instant.ofEpochSecond(Math.floorMod(seconds, 4_000_000_000L));

        String text = DigitalTranscriptXml.formatDateTime(at.plusNanos(5));

        assertThat(text).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
        assertThat(DigitalTranscriptXml.parseDateTime(text)).isEqualTo(at);
    }
}
