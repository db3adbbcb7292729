package vn.schoolrecords.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.HOMEROOM;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.MATHS;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.POLICY;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.Term;

/**
 * How a vendor embeds the workflow: it stores the log and swaps it with a compare-and-set, so that
 * two teachers writing at the same time never lose an update; the loser retries on the new version.
 */
class TwoSessionsTest {

    /** The vendor's store: one log per grade book, replaced only if nobody replaced it first. */
    static final class Store {
        final AtomicReference<GradeBookLog> log;

        Store(GradeBookLog log) {
            this.log = new AtomicReference<>(log);
        }

        /** Decides on the stored version and retries on conflict; returns how many conflicts it met. */
        int write(Staff actor, MarkCell cell, vn.schoolrecords.core.assessment.Mark mark, Instant at) {
            int conflicts = 0;
            while (true) {
                GradeBookLog seen = log.get();
                GradeBook book = seen.replay();
                // each attempt decides on the version it has just read; the swap fails if another session won
                GradeBookDecision d = GradeBookWorkflow.decide(book,
                        new GradeBookCommand.EnterMark(actor, book.version(), cell, mark), at, POLICY);
                if (log.compareAndSet(seen, seen.append(d))) {
                    return conflicts;
                }
                conflicts++;
            }
        }
    }

    @Test
    void twoTeachersWritingAtOnceLoseNothing() throws Exception {
        GradeBookDecision opened = GradeBookFixture.opened();
        Store store = new Store(GradeBookLog.empty().append(opened));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (String student : GradeBookFixture.STUDENTS) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 4; i++) {
                    conflicts.addAndGet(store.write(MATHS, MarkCell.of(student, "TOAN", Term.FIRST,
                            AssessmentKind.REGULAR, i), score("7"), GradeBookFixture.OPENED_AT));
                }
                return null;
            }));
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 2; i++) {
                    conflicts.addAndGet(store.write(HOMEROOM, MarkCell.of(student, "GDTC", Term.FIRST,
                            AssessmentKind.REGULAR, i), CommentResult.PASS, GradeBookFixture.OPENED_AT));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        GradeBook book = store.log.get().replay();
        assertThat(book.marks()).hasSize(3 * (4 + 2));
        assertThat(book.version()).isEqualTo(1 + 3 * (4 + 2));
    }

    @Test
    void theSessionThatLosesIsToldWhatChanged() {
        GradeBookFixture.Journal j = GradeBookFixture.Journal.start();
        long seen = j.v();
        MarkCell a = MarkCell.of("HS01", "TOAN", Term.FIRST, AssessmentKind.PERIODIC, 0);
        MarkCell b = MarkCell.of("HS01", "GDTC", Term.FIRST, AssessmentKind.PERIODIC, 0);
        GradeBookFixture.Journal won = j.then(new GradeBookCommand.EnterMark(MATHS, seen, a, score("8")));
        try {
            GradeBookWorkflow.decide(won.book(), new GradeBookCommand.EnterMark(HOMEROOM, seen, b, CommentResult.PASS),
                    won.at(), POLICY);
            throw new AssertionError("a stale version must conflict");
        } catch (VersionConflictException e) {
            assertThat(e.changes()).containsExactly("mark HS01/TOAN/FIRST/PERIODIC#0 = 8.0 (v2)");
            assertThat(won.log().since(e.expectedVersion())).hasSize(1);
        }
    }
}
