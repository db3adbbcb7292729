package vn.schoolrecords.core.assessment;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * No rule set of this library applies to the grade and school year asked for — e.g. primary
 * before TT 27/2020 reached the grade (TT 30/2014 as amended by TT 22/2016), or continuing
 * education before TT 43/2021 (QĐ 02/2007/QĐ-BGDĐT).
 */
public final class RegimeNotCoveredException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "REGIME_NOT_COVERED";

    /**
     * Creates the exception.
     *
     * @param text what is not covered and which regulation applied, not null
     */
    public RegimeNotCoveredException(LocalizedText text) {
        super(CODE, text);
    }
}
