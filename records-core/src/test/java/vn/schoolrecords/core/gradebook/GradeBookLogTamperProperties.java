package vn.schoolrecords.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.MATHS;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.score;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.toan;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.gradebook.GradeBookFixture.Journal;
import vn.schoolrecords.core.school.Term;

class GradeBookLogTamperProperties {

    private static final byte[] SMALL = small().log().toJson();
    private static final byte[] LARGE = GradeBookJsonTest.everyKindOfEvent().log().toJson();

    private static Journal small() {
        Journal j = Journal.start();
        MarkCell cell = toan("HS01", Term.FIRST, AssessmentKind.REGULAR, 0);
        j = j.then(new GradeBookCommand.EnterMark(MATHS, j.v(), cell, score("6.5")));
        return j.then(new GradeBookCommand.EditMark(MATHS, j.v(), cell, score("7.5"), "Nhập nhầm",
                Optional.of(Evidence.testPaper("Bài kiểm tra 15 phút"))));
    }

    @Test
    void theUntouchedLogsAreAccepted() {
        assertThat(GradeBookLog.parse(SMALL).replay()).isEqualTo(small().book());
        assertThat(GradeBookLog.parse(LARGE).entries()).hasSizeGreaterThan(80);
    }

    @Test
    void everySingleByteChangeOfASmallLogIsDetected() {
        for (int i = 0; i < SMALL.length; i++) {
            for (int bit : new int[] {0x01, 0x20, 0x80}) {
                byte[] tampered = SMALL.clone();
                tampered[i] ^= (byte) bit;
                int at = i;
                assertThatThrownBy(() -> GradeBookLog.parse(tampered)).as("byte %d ^ %x", at, bit)
                        .isInstanceOf(RecordsException.class);
            }
        }
    }

    @Property(tries = 500)
    void anySingleByteChangeOfALargeLogIsDetected(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position,
            @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] tampered = LARGE.clone();
        tampered[position % tampered.length] ^= (byte) xor;
        assertThatThrownBy(() -> GradeBookLog.parse(tampered)).isInstanceOf(RecordsException.class);
    }
}
