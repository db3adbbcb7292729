package vn.schoolrecords.core.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule comes from: circular, article (Điều), clause (khoản) and point (điểm), printed
 * as in Vietnamese legal writing, e.g. {@code TT 22/2021, Điều 9, khoản 2, điểm b}.
 *
 * @param document the short name of the document, e.g. {@code TT 22/2021}, not null
 * @param article the article (Điều) number, ≥ 1
 * @param clause the clause (khoản) number, or empty
 * @param point the point (điểm) letter, or empty
 */
public record Citation(String document, int article, Optional<Integer> clause, Optional<String> point) {

    /** Checks presence. */
    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(point, "point");
    }

    /**
     * An article as a whole.
     *
     * @param document e.g. {@code TT 22/2021}, not null
     * @param article the article number
     * @return the citation, not null
     */
    public static Citation of(String document, int article) {
        return new Citation(document, article, Optional.empty(), Optional.empty());
    }

    /**
     * A clause of an article.
     *
     * @param document the document, not null
     * @param article the article number
     * @param clause the clause number
     * @return the citation, not null
     */
    public static Citation of(String document, int article, int clause) {
        return new Citation(document, article, Optional.of(clause), Optional.empty());
    }

    /**
     * A point of a clause.
     *
     * @param document the document, not null
     * @param article the article number
     * @param clause the clause number
     * @param point the point letter, e.g. {@code b}, not null
     * @return the citation, not null
     */
    public static Citation of(String document, int article, int clause, String point) {
        return new Citation(document, article, Optional.of(clause), Optional.of(point));
    }

    /** @return e.g. {@code TT 22/2021, Điều 9, khoản 2, điểm b} */
    @Override
    public String toString() {
        return document + ", Điều " + article + clause.map(c -> ", khoản " + c).orElse("")
                + point.map(p -> ", điểm " + p).orElse("");
    }
}
