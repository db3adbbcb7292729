package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.schoolrecords.core.json.RecordsJson;

/**
 * Whatever signatures are attempted, in whatever order, the plan accepts only those a simple
 * model of the order allows: nothing after the seal, no role before the required signatures of
 * the roles before it, none after a later role, no time going back, no stranger, no repeat.
 */
class SigningPlanProperties {

    private static final TranscriptYear PAGE = TranscriptFixtures.pageA(1);

    /** One attempt: the index of a planned signature (or a stranger for an index past the end), and minutes forward. */
    record Attempt(int index, int minutes, boolean stranger) {
    }

    @Provide
    Arbitrary<SigningPolicy> policies() {
        Arbitrary<SigningRequirement> r = Arbitraries.of(SigningRequirement.class);
        return Combinators.combine(r, r).as(SigningPolicy::new);
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> one = Combinators.combine(Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(-30, 120), Arbitraries.integers().between(0, 9).map(i -> i == 0))
                .as(Attempt::new);
        return one.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void planAcceptsExactlyWhatTheOrderAllows(@ForAll("policies") SigningPolicy policy,
            @ForAll("attempts") List<Attempt> attempts) {
        SigningPlan plan = SigningPlan.of(PAGE, policy);
        List<PlannedSignature> planned = plan.planned();
        Instant clock = Instant.parse("2026-05-26T00:00:00Z");
        List<Signature> accepted = new ArrayList<>();
        for (Attempt a : attempts) {
            clock = clock.plusSeconds(60L * a.minutes());
            PlannedSignature p = planned.get(a.index() % planned.size());
            Signature s = Signature.of(a.stranger() ? "GV999" : p.signerId(), p.part(), clock, "ref-" + accepted.size());
            boolean allowed = model(planned, accepted, s);
            try {
                plan = plan.sign(s);
                assertThat(allowed).as("accepted %s after %s", s, accepted).isTrue();
                accepted.add(s);
            } catch (SigningException e) {
                assertThat(allowed).as("refused %s after %s: %s", s, accepted, e.getMessage()).isFalse();
            }
        }
        assertThat(plan.signatures()).isEqualTo(accepted);
        assertThat(RecordsJson.read(RecordsJson.write(plan), SigningPlan.class)).isEqualTo(plan);
        assertThat(plan.complete()).isEqualTo(plan.sealed());
    }

    /** The order written out plainly, independently of the implementation. */
    private static boolean model(List<PlannedSignature> planned, List<Signature> before, Signature s) {
        if (before.stream().anyMatch(b -> b.role() == SigningRole.SCHOOL_SEAL)) {
            return false;
        }
        if (planned.stream().noneMatch(p -> p.part().equals(s.part()) && p.signerId().equals(s.signerId()))) {
            return false;
        }
        Set<SigningPart> done = new HashSet<>();
        before.forEach(b -> done.add(b.part()));
        if (done.contains(s.part())) {
            return false;
        }
        int rank = s.role().ordinal();
        for (PlannedSignature p : planned) {
            if (p.required() && p.part().role().ordinal() < rank && !done.contains(p.part())) {
                return false;
            }
        }
        if (before.stream().anyMatch(b -> b.role().ordinal() > rank)) {
            return false;
        }
        return before.isEmpty() || !s.signedAt().isBefore(before.get(before.size() - 1).signedAt());
    }

    @Property(tries = 100)
    void noSignatureIsEverAcceptedAfterTheSeal(@ForAll("policies") SigningPolicy policy,
            @ForAll("attempts") List<Attempt> attempts) {
        SigningPlan plan = SigningPlan.of(PAGE, policy);
        Instant clock = Instant.parse("2026-05-26T00:00:00Z");
        for (PlannedSignature p : plan.planned()) {
            clock = clock.plusSeconds(60);
            plan = plan.sign(Signature.of(p.signerId(), p.part(), clock, "r"));
        }
        assertThat(plan.sealed()).isTrue();
        for (Attempt a : attempts) {
            PlannedSignature p = plan.planned().get(a.index() % plan.planned().size());
            SigningPlan sealed = plan;
            Signature late = Signature.of(p.signerId(), p.part(), clock.plusSeconds(3600), "late");
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(SigningException.class,
                    () -> sealed.sign(late)).problem()).isEqualTo(SigningProblem.AFTER_SEAL);
        }
    }
}
