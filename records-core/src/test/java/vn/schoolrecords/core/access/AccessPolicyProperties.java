package vn.schoolrecords.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.schoolrecords.core.school.StaffRole;

/** Random hierarchies of two provinces, two districts each (or none), three schools each. */
class AccessPolicyProperties {

    private static final List<String> PROVINCES = List.of("Hải Phòng", "Quảng Ngãi");
    private static final List<String> DISTRICTS = List.of("Lê Chân", "Ngô Quyền");
    private static final List<String> SUBJECTS = List.of("TOAN", "VAN", "TIN");
    private static final List<String> GROUPS = List.of("TO_A", "TO_B");

    @Provide
    Arbitrary<SchoolPlace> places() {
        return Combinators.combine(Arbitraries.of("S1", "S2", "S3"), Arbitraries.of(PROVINCES),
                Arbitraries.of(DISTRICTS).optional(0.7)).as(SchoolPlace::of);
    }

    @Provide
    Arbitrary<Actor> actors() {
        Arbitrary<Actor> staff = Combinators.combine(Arbitraries.of("GV1", "GV2", "CB1"), places(),
                Arbitraries.subsetOf(StaffRole.values()).ofMinSize(1), Arbitraries.of(GROUPS),
                Arbitraries.of("N1", "N2").optional(0.5), Arbitraries.of(true, false))
                .as((id, place, roles, group, sub, council) -> {
                    Set<StaffRole> r = EnumSet.copyOf(roles);
                    Optional<String> subgroup = r.contains(StaffRole.SUBJECT_SUBGROUP_LEADER) ? Optional.of(sub.orElse("N1")) : sub;
                    return new Actor.SchoolStaff(id, place, r, Optional.of(group), subgroup, council);
                });
        Arbitrary<Actor> district = Combinators.combine(Arbitraries.of(PROVINCES), Arbitraries.of(DISTRICTS))
                .as((p, d) -> new Actor.DistrictOffice("PGD", p, d));
        Arbitrary<Actor> specialist = Combinators.combine(Arbitraries.of(PROVINCES),
                Arbitraries.subsetOf(SUBJECTS).ofMinSize(1)).as((p, s) -> new Actor.ProvincialSpecialist("CV", p, s));
        Arbitrary<Actor> leadership = Arbitraries.of(PROVINCES).map(p -> new Actor.ProvincialLeadership("LD", p));
        return Arbitraries.oneOf(staff, district, specialist, leadership);
    }

    @Provide
    Arbitrary<Resource> resources() {
        return Combinators.combine(Arbitraries.of(RecordKind.values()), places(), Arbitraries.of("GV1", "GV2", "CB1"),
                Arbitraries.of(GROUPS).optional(0.8), Arbitraries.of("N1", "N2").optional(0.5),
                Arbitraries.of(SUBJECTS).optional(0.8), Arbitraries.of(Reviewer.values()).optional(0.6))
                .as((kind, place, owner, group, sub, subject, awaiting) -> new Resource(kind, place, Set.of(owner), group,
                        sub, subject, awaiting));
    }

    /** Written apart from the policy: the territory an actor may ever reach. */
    private static boolean withinHierarchyAndSubject(Actor actor, Resource r) {
        SchoolPlace p = r.school();
        if (actor instanceof Actor.SchoolStaff s) {
            return s.school().schoolCode().equals(p.schoolCode()) && s.school().province().equals(p.province())
                    && s.school().district().equals(p.district());
        }
        if (actor instanceof Actor.DistrictOffice d) {
            return p.province().equals(d.province()) && p.district().isPresent() && p.district().get().equals(d.district());
        }
        if (actor instanceof Actor.ProvincialSpecialist s) {
            return p.province().equals(s.province()) && r.subject().isPresent() && s.subjectCodes().contains(r.subject().get());
        }
        return p.province().equals(((Actor.ProvincialLeadership) actor).province());
    }

    @Property(tries = 3000)
    void noActorOutsideARecordsHierarchyOrSubjectIsEverAllowed(@ForAll("actors") Actor actor,
            @ForAll Action action, @ForAll("resources") Resource resource) {
        AccessDecision d = AccessPolicy.decide(actor, action, resource);
        if (!withinHierarchyAndSubject(actor, resource)) {
            assertThat(d.allowed()).as(d.rule()).isFalse();
        }
    }

    @Property(tries = 2000)
    void officesOnlyEverReadAndReadEverythingInTheirTerritory(@ForAll("actors") Actor actor, @ForAll Action action,
            @ForAll("resources") Resource resource) {
        if (actor instanceof Actor.SchoolStaff) {
            return;
        }
        AccessDecision d = AccessPolicy.decide(actor, action, resource);
        assertThat(d.allowed()).as(d.rule()).isEqualTo(action == Action.READ && withinHierarchyAndSubject(actor, resource));
    }

    @Property(tries = 2000)
    void nobodyReviewsTheirOwnPlanAndEveryDecisionHasAReason(@ForAll("actors") Actor actor, @ForAll Action action,
            @ForAll("resources") Resource resource) {
        AccessDecision d = AccessPolicy.decide(actor, action, resource);
        assertThat(d.reason().vi()).isNotBlank();
        assertThat(d.reason().en()).isNotBlank();
        if (action == Action.REVIEW && resource.ownerIds().contains(actor.id()) && actor instanceof Actor.SchoolStaff) {
            assertThat(d.allowed()).isFalse();
        }
    }
}
