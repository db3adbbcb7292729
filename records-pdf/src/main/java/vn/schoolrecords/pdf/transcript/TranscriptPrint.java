package vn.schoolrecords.pdf.transcript;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.transcript.Reissue;
import vn.schoolrecords.core.transcript.SigningPolicy;

/**
 * What to print of a transcript (học bạ): the original, or a copy reissued after loss (bản sao,
 * cấp lại) — stamped "BẢN SAO" on every page, "Cấp lại lần thứ N" on the cover — and the
 * signing policy whose plan names the empty signature fields of each year.
 *
 * @param policy who signs besides the principal and the seal, by default {@link SigningPolicy#DEFAULT}
 * @param copyOf the reissue printed, one of the transcript's and not cancelled; empty for the original
 */
public record TranscriptPrint(SigningPolicy policy, Optional<Reissue> copyOf) {

    /** Checks presence. */
    public TranscriptPrint {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(copyOf, "copyOf");
    }

    /** @return the original, with the default signing policy, not null */
    public static TranscriptPrint original() {
        return new TranscriptPrint(SigningPolicy.DEFAULT, Optional.empty());
    }

    /**
     * A reissued copy, with the default signing policy.
     *
     * @param reissue the copy record (cấp lại), one of the transcript's reissues, not null
     * @return the print, not null
     */
    public static TranscriptPrint copyOf(Reissue reissue) {
        return new TranscriptPrint(SigningPolicy.DEFAULT, Optional.of(Objects.requireNonNull(reissue, "reissue")));
    }

    /**
     * @param value the signing policy, not null
     * @return a copy with that policy, not null
     */
    public TranscriptPrint withPolicy(SigningPolicy value) {
        return new TranscriptPrint(value, copyOf);
    }
}
