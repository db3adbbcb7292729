package vn.schoolrecords.core.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The end-of-year summary of a class or a school (tổng hợp kết quả cuối năm): how many students
 * at each learning level, conduct level, promotion status and award, and the lists the homeroom
 * teacher (giáo viên chủ nhiệm) draws up — promoted, summer re-assessment with the subjects,
 * summer conduct training, not promoted, left to the principal, awards (TT 22/2021 Điều 18;
 * regulations.md R1.16).
 *
 * <p>Works for any {@link YearOutcome}, whatever its regime. Build it with {@link #collector()}
 * from a stream of outcomes, or with {@link #countsOnly()} for streams too large to keep the id
 * lists: then the memory used does not grow with the number of students.
 *
 * @param total the number of students, ≥ 0
 * @param learningLevels students per year learning level, best first, not null
 * @param conductLevels students per year conduct level, best first (none for primary), not null
 * @param promotions students per current promotion status, not null
 * @param awards students per award, not null
 * @param promoted ids of promoted students, in encounter order (empty when counts only), not null
 * @param summerReassessment ids of students to re-take subjects in the summer, each with the
 *     subject codes, not null
 * @param summerConductTraining ids of students to do conduct training in the summer, not null
 * @param notPromoted ids of students not promoted, not null
 * @param principalDecides ids of students whose promotion the principal decides, not null
 * @param awarded ids of the students granted each award, not null
 * @param listsKept false when built by {@link #countsOnly()}, whose lists are all empty
 */
public record ClassSummary(int total, Map<RatedLevel, Integer> learningLevels, Map<RatedLevel, Integer> conductLevels,
        Map<PromotionStatus, Integer> promotions, Map<Award, Integer> awards, List<String> promoted,
        Map<String, List<String>> summerReassessment, List<String> summerConductTraining, List<String> notPromoted,
        List<String> principalDecides, Map<Award, List<String>> awarded, boolean listsKept) {

    /** Copies the collections, deeply (maps keep their order). */
    public ClassSummary {
        learningLevels = frozen(learningLevels);
        conductLevels = frozen(conductLevels);
        promotions = frozen(promotions);
        awards = frozen(awards);
        promoted = List.copyOf(promoted);
        summerReassessment = frozenLists(summerReassessment);
        summerConductTraining = List.copyOf(summerConductTraining);
        notPromoted = List.copyOf(notPromoted);
        principalDecides = List.copyOf(principalDecides);
        awarded = frozenLists(awarded);
    }

    /** @return a collector of the counts and every list, not null */
    public static Collector<YearOutcome, ?, ClassSummary> collector() {
        return Collector.of(() -> new Builder(true), Builder::add, Builder::merge, Builder::build);
    }

    /** @return a collector of the counts only, in memory that does not grow with the students, not null */
    public static Collector<YearOutcome, ?, ClassSummary> countsOnly() {
        return Collector.of(() -> new Builder(false), Builder::add, Builder::merge, Builder::build);
    }

    /**
     * How many students have a learning level.
     *
     * @param level the level, not null
     * @return the count, ≥ 0
     */
    public int countOfLearning(RatedLevel level) {
        return learningLevels.getOrDefault(level, 0);
    }

    /**
     * How many students have a conduct level.
     *
     * @param level the level, not null
     * @return the count, ≥ 0
     */
    public int countOfConduct(RatedLevel level) {
        return conductLevels.getOrDefault(level, 0);
    }

    /**
     * How many students have a promotion status.
     *
     * @param status the status, not null
     * @return the count, ≥ 0
     */
    public int countOf(PromotionStatus status) {
        return promotions.getOrDefault(status, 0);
    }

    private static <K> Map<K, List<String>> frozenLists(Map<K, List<String>> map) {
        Map<K, List<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        Objects.requireNonNull(map, "map");
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The mutable accumulation behind the collectors; never escapes them. */
    private static final class Builder {
        private final boolean keepLists;
        private int total;
        private final Map<RatedLevel, int[]> learning = new HashMap<>();
        private final Map<RatedLevel, int[]> conduct = new HashMap<>();
        private final int[] promotions = new int[PromotionStatus.values().length];
        private final int[] awards = new int[Award.values().length];
        private final EnumMap<PromotionStatus, List<String>> ids = new EnumMap<>(PromotionStatus.class);
        private final Map<String, List<String>> reassessment = new LinkedHashMap<>();
        private final EnumMap<Award, List<String>> awarded = new EnumMap<>(Award.class);

        Builder(boolean keepLists) {
            this.keepLists = keepLists;
        }

        void add(YearOutcome outcome) {
            total++;
            learning.computeIfAbsent(outcome.learningLevel(), k -> new int[1])[0]++;
            outcome.conductLevel().ifPresent(c -> conduct.computeIfAbsent(c, k -> new int[1])[0]++);
            PromotionStatus status = outcome.promotion();
            promotions[status.ordinal()]++;
            outcome.award().ifPresent(a -> awards[a.ordinal()]++);
            if (keepLists) {
                ids.computeIfAbsent(status, k -> new ArrayList<>()).add(outcome.studentId());
                if (status == PromotionStatus.SUMMER_REASSESSMENT) {
                    reassessment.put(outcome.studentId(), outcome.reassessmentSubjects());
                }
                outcome.award().ifPresent(a -> awarded.computeIfAbsent(a, k -> new ArrayList<>())
                        .add(outcome.studentId()));
            }
        }

        Builder merge(Builder other) {
            total += other.total;
            other.learning.forEach((k, v) -> learning.computeIfAbsent(k, x -> new int[1])[0] += v[0]);
            other.conduct.forEach((k, v) -> conduct.computeIfAbsent(k, x -> new int[1])[0] += v[0]);
            for (int i = 0; i < promotions.length; i++) {
                promotions[i] += other.promotions[i];
            }
            for (int i = 0; i < awards.length; i++) {
                awards[i] += other.awards[i];
            }
            other.ids.forEach((k, v) -> ids.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            reassessment.putAll(other.reassessment);
            other.awarded.forEach((k, v) -> awarded.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            return this;
        }

        ClassSummary build() {
            Map<PromotionStatus, Integer> byStatus = new EnumMap<>(PromotionStatus.class);
            for (PromotionStatus s : PromotionStatus.values()) {
                if (promotions[s.ordinal()] > 0) {
                    byStatus.put(s, promotions[s.ordinal()]);
                }
            }
            Map<Award, Integer> byAward = new EnumMap<>(Award.class);
            for (Award a : Award.values()) {
                if (awards[a.ordinal()] > 0) {
                    byAward.put(a, awards[a.ordinal()]);
                }
            }
            Map<Award, List<String>> awardLists = new EnumMap<>(Award.class);
            awarded.forEach((k, v) -> awardLists.put(k, List.copyOf(v)));
            return new ClassSummary(total, sorted(learning), sorted(conduct), byStatus, byAward,
                    list(PromotionStatus.PROMOTED), reassessment, list(PromotionStatus.SUMMER_CONDUCT_TRAINING),
                    list(PromotionStatus.NOT_PROMOTED), list(PromotionStatus.PRINCIPAL_DECIDES), awardLists,
                    keepLists);
        }

        private List<String> list(PromotionStatus status) {
            return ids.getOrDefault(status, List.of());
        }

        private static Map<RatedLevel, Integer> sorted(Map<RatedLevel, int[]> counts) {
            Map<RatedLevel, Integer> out = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<RatedLevel, int[]> e) -> e.getKey().getClass().getName())
                            .thenComparingInt(e -> e.getKey().rank()))
                    .forEach(e -> out.put(e.getKey(), e.getValue()[0]));
            return out;
        }
    }
}
