package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.sample.arbitrary.DomainArbitraries;

class ScoreTest {

    @Test
    void vietnameseDecimalCommaAndDecimalPointReadTheSame() {
        assertThat(Score.parse("7,5")).isEqualTo(Score.parse("7.5")).isEqualTo(Score.ofTenths(75));
        assertThat(Score.parse("8")).isEqualTo(Score.ofTenths(80));
        assertThat(Score.ofTenths(75).display()).isEqualTo("7,5");
        assertThat(Score.ofTenths(80).display()).isEqualTo("8,0");
    }

    @Test
    void trailingZerosAreNotASecondDecimal() {
        assertThat(Score.of(new BigDecimal("7.50"))).isEqualTo(Score.ofTenths(75));
        assertThat(Score.of(new BigDecimal("10.00"))).isEqualTo(Score.TEN);
    }

    @Test
    void aSecondDecimalIsRejectedNotRounded() {
        assertThatThrownBy(() -> Score.parse("7,25"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations().get(0).rule())
                        .isEqualTo("Score.decimals"))
                .hasMessageContaining("Điều 5")
                .hasMessageContaining("at most one decimal");
    }

    @Test
    void scoresOutsideTheTenPointScaleAreRejected() {
        assertThatThrownBy(() -> Score.parse("10,5")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("between 0 and 10")
                .satisfies(e -> assertThat(((InvalidValueException) e).violations().get(0).rule()).isEqualTo("Score.range"));
        assertThatThrownBy(() -> Score.parse("-0.5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Score.ofTenths(101)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Score.parse("bảy")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations().get(0).rule()).isEqualTo("Score.format"));
    }

    @Provide
    Arbitrary<Score> scores() {
        return DomainArbitraries.scores();
    }

    @Property
    void everyScoreRoundTripsThroughItsDecimalText(@ForAll("scores") Score score) {
        assertThat(Score.parse(score.toString())).isEqualTo(score);
        assertThat(Score.parse(score.display())).isEqualTo(score);
        assertThat(Score.of(score.toBigDecimal())).isEqualTo(score);
    }

    @Property
    void integerRoundingAgreesWithBigDecimal(@ForAll @LongRange(min = 0, max = 100_000) long numerator,
            @ForAll @LongRange(min = 1, max = 1_000) long denominator) {
        long bounded = Math.min(numerator, 100 * denominator);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
                RoundingMode.HALF_DOWN, RoundingMode.DOWN, RoundingMode.UP}) {
            int expected = BigDecimal.valueOf(bounded).divide(BigDecimal.valueOf(denominator), 0, mode).intValueExact();
            assertThat(Score.ofFraction(bounded, denominator, mode).tenths()).as("%d/%d %s", bounded, denominator, mode)
                    .isEqualTo(expected);
        }
    }

    @Test
    void halfUpRoundsTheWorkedExampleOfTheCircular() {
        // regulations.md R1.6, example 1: (21,5 + 10 + 30) / 8 = 7,6875 → 7,7
        assertThat(Score.ofFraction(615, 8, RoundingMode.HALF_UP)).isEqualTo(Score.ofTenths(77));
        // 7,25 exactly → 7,3 half-up (the Vietnamese school convention), 7,2 half-even
        assertThat(Score.ofFraction(145, 2, RoundingMode.HALF_UP)).isEqualTo(Score.ofTenths(73));
        assertThat(Score.ofFraction(145, 2, RoundingMode.HALF_EVEN)).isEqualTo(Score.ofTenths(72));
    }
}
